import "server-only";
import type { CampaignStatus } from "@prisma/client";
import { Readable } from "node:stream";
import { currentUser } from "../../../auth/current-user";
import type { TenantDb } from "../../../db/tenant-db";
import { AppError } from "../../../errors";
import { errorResponse } from "../../../error-mapping";
import { contactListNotReplaceable, isEditableStatus } from "../../../domain/campaigns/editable-campaign";
import { rejectedRowsCsv } from "../../../domain/contacts/import-service";
import { enterTenant } from "../../trpc";
import { formatMegabytes, storeUpload, uploadLimitBytes, UploadTooLargeError } from "../../../domain/contacts/uploads";

// Plain HTTP endpoints for what tRPC does not carry well: a streamed file upload and a CSV download.
// Authorized by the tenant gate's own check (enterTenant in server/api/trpc.ts): session user → client role
// in ?orgId → the campaign through the tenant-scoped client, so another tenant's campaign answers 404.

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

async function authorize(
  request: Request,
  campaignId: string,
): Promise<{ db: TenantDb; userId: string; campaignStatus: CampaignStatus }> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in.");
  const orgId = new URL(request.url).searchParams.get("orgId") ?? "";
  const { db } = enterTenant(user, orgId, "campaigns.manage");
  const campaign = await db.tx((tx) => tx.campaign.findUnique({ where: { id: campaignId }, select: { status: true } }));
  if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found");
  return { db, userId: user.id, campaignStatus: campaign.status };
}

// The upload sends the file itself as the body. A form post (multipart or urlencoded) would wrap it in
// fields that then read as contact rows, so only the types a browser gives a CSV file are accepted.
const CSV_MEDIA_TYPES = new Set([
  "text/csv",
  "application/csv",
  "text/plain",
  "application/vnd.ms-excel",
  "application/octet-stream",
]);

function assertCsvContentType(contentType: string | null): void {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!CSV_MEDIA_TYPES.has(mediaType))
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the CSV file itself as the request body (Content-Type text/csv), not ${mediaType ? `"${mediaType}"` : "an untyped body"}.`,
      { contentType: mediaType || null },
    );
}

/** POST ?orgId=…&fileName=… with the raw file as the body. Answers the preview for column mapping. */
export async function handleContactUpload(request: Request, campaignId: string): Promise<Response> {
  try {
    assertCsvContentType(request.headers.get("content-type"));
    const { db, userId, campaignStatus } = await authorize(request, campaignId);
    if (!isEditableStatus(campaignStatus)) throw contactListNotReplaceable();
    const limit = uploadLimitBytes();
    // Refuse early when the browser says the size; the streaming check below catches the rest.
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > limit) throw new UploadTooLargeError(limit);
    if (!request.body)
      throw new AppError(
        "BAD_REQUEST",
        "The file is empty. Upload a CSV file with a header row and one contact per row.",
      );
    const fileName = (new URL(request.url).searchParams.get("fileName") ?? "contacts.csv").slice(0, 200);
    const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
    const preview = await storeUpload({ tenantId: db.tenantId, campaignId, userId, fileName, body, limitBytes: limit });
    return json(200, { ...preview, limitBytes: limit, limitLabel: formatMegabytes(limit) });
  } catch (error) {
    return errorResponse(error, { route: "contact upload" });
  }
}

/** GET ?orgId=… — the rejected rows of one import as a CSV download. */
export async function handleRejectedRowsDownload(
  request: Request,
  campaignId: string,
  importId: string,
): Promise<Response> {
  try {
    const { db } = await authorize(request, campaignId);
    const belongs = await db.tx((tx) =>
      tx.contactImport.findFirst({ where: { id: importId, campaignId }, select: { id: true } }),
    );
    if (!belongs) throw new AppError("NOT_FOUND", "Import not found");
    const { fileName, lines } = await rejectedRowsCsv(db, importId);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, { route: "rejected rows download" });
  }
}
