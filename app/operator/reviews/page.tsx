import { ReviewQueue } from "./review-queue";

export const metadata = { title: "Review queue" };

export default function ReviewsPage() {
  return <ReviewQueue />;
}
