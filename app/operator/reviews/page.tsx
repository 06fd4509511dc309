import { ReviewQueue } from "./review-queue";
import { PageHeader } from "../../_components/ui/page-header";

export const metadata = { title: "Review queue" };

export default function ReviewsPage() {
  return (
    <>
      <PageHeader title="Review queue" />
      <ReviewQueue />
    </>
  );
}
