import type { ColumnTarget } from "@/server/shared/contacts/import-mapping";

export interface UploadPreview {
  uploadId: string;
  fileName: string;
  size: number;
  delimiter: "," | ";";
  header: string[];
  rows: string[][];
  suggestedColumns: ColumnTarget[];
  estimatedRows: number;
}

/**
 * Sends the file as the raw request body (streamed to disk on the server, size-limited there) with
 * XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadContactFile(opts: {
  orgId: string;
  campaignId: string;
  file: File;
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
}): Promise<UploadPreview> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ orgId: opts.orgId, fileName: opts.file.name });
    xhr.open("POST", `/api/campaigns/${encodeURIComponent(opts.campaignId)}/imports?${query}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => e.lengthComputable && opts.onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { error?: string } & Partial<UploadPreview> = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        body = {};
      }
      if (xhr.status === 200 && body.uploadId) resolve(body as UploadPreview);
      else reject(new Error(body.error ?? `The upload failed (HTTP ${xhr.status}). Please try again.`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: the connection was interrupted. Please try again."));
    xhr.onabort = () => reject(new Error("Upload cancelled."));
    opts.signal.addEventListener("abort", () => xhr.abort());
    xhr.send(opts.file);
  });
}
