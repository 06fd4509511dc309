import { requireOperatorPermission } from "@/server/auth/current-user";
import { ReviewQueue } from "./review-queue";
import { PageHeader } from "../../_components/ui/page-header";

export const metadata = { title: "Review queue" };

export default async function ReviewsPage() {
  await requireOperatorPermission("campaigns.review");
  return (
    <>
      <PageHeader title="Review queue" />
      <ReviewQueue />
    </>
  );
}
