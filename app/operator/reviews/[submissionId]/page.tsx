import { ReviewDetail } from "./review-detail";

export const metadata = { title: "Review" };

export default async function ReviewDetailPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  return <ReviewDetail submissionId={submissionId} />;
}
