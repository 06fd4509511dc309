import { handleRejectedRowsDownload } from "@/server/api/routers/contact-import/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ campaignId: string; importId: string }> }) {
  const { campaignId, importId } = await params;
  return handleRejectedRowsDownload(request, campaignId, importId);
}
