import { requireOperatorPermission } from "@/server/auth/current-user";
import { ReviewDetail } from "./review-detail";

export const metadata = { title: "Review" };

export default async function ReviewDetailPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const [{ submissionId }] = await Promise.all([params, requireOperatorPermission("campaigns.review")]);
  return <ReviewDetail submissionId={submissionId} />;
}
