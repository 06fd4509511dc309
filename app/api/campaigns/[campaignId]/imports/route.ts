import { handleContactUpload } from "@/server/api/routers/contact-import/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Streams a contact CSV into Postgres (size-limited) and answers a preview for column mapping. */
export async function POST(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  return handleContactUpload(request, campaignId);
}
