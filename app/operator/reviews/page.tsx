import { requireOperatorPermission } from "@/server/auth/current-user";
import { ReviewQueue } from "./review-queue";

export const metadata = { title: "Review queue" };

export default async function ReviewsPage() {
  await requireOperatorPermission("campaigns.review");
  return <ReviewQueue />;
}
