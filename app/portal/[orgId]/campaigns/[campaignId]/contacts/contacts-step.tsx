"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useId, useRef, useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { isEditableStatus } from "@/server/shared/campaigns/editable-status";
import {
  CONTACT_FIELD_LABELS,
  CONTACT_FIELDS,
  importMappingSchema,
  mappingProblem,
  type ColumnTarget,
  type ImportCounts,
} from "@/server/shared/contacts/import-mapping";
import { fieldKeyFromHeader } from "@/server/shared/contacts/field-keys";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../../../_components/ui/card";
import { selectClass } from "../../../../../_components/ui/field";
import { CountrySelect } from "./country-select";
import { uploadContactFile, type UploadPreview } from "./upload-file";
import { ContactTable } from "./contact-table";

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const number = (n: number) => n.toLocaleString("en");

export function ContactsStep({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.contactImport.current.queryOptions({ orgId, campaignId }));
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const [importId, setImportId] = useState<string | null>(null);

  const latest = current.data?.latestImport;
  const watchedId = importId ?? (latest?.status === "RUNNING" ? latest.id : null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.contactImport.current.queryKey() });

  if (current.isPending) return <Skeleton rows={4} />;
  if (current.error) return <Alert>{errorMessage(current.error)}</Alert>;
  const state = current.data;
  const editable = isEditableStatus(state.campaignStatus);

  return (
    <div className="space-y-6">
      <ActiveList orgId={orgId} campaignId={campaignId} state={state} />
      {watchedId ? (
        <ImportProgress
          orgId={orgId}
          campaignId={campaignId}
          importId={watchedId}
          onDone={() => {
            setPreview(null);
            void refresh();
          }}
          onClose={() => setImportId(null)}
        />
      ) : !editable ? (
        <Alert tone="info">The campaign has been submitted, so its contact list can no longer change.</Alert>
      ) : preview ? (
        <ColumnMapping
          orgId={orgId}
          campaignId={campaignId}
          preview={preview}
          onCancel={() => setPreview(null)}
          onStarted={(id) => setImportId(id)}
        />
      ) : (
        <>
          {latest && (latest.status === "FAILED" || latest.status === "CANCELLED") && (
            <Alert>
              The last import ({latest.fileName}) {latest.status === "CANCELLED" ? "was cancelled" : "failed"}:{" "}
              {latest.error} Nothing from it was stored.
            </Alert>
          )}
          <FileUpload
            orgId={orgId}
            campaignId={campaignId}
            limitBytes={state.uploadLimitBytes}
            onUploaded={setPreview}
            replacing={Boolean(state.activeList)}
          />
        </>
      )}
      {/* Keyed by the list, so a newly imported list starts at its first page. */}
      {state.activeList && <ContactTable key={state.activeList.id} orgId={orgId} campaignId={campaignId} />}
    </div>
  );
}

type ListState = inferRouterOutputs<AppRouter>["contactImport"]["current"];

function ActiveList({ orgId, campaignId, state }: { orgId: string; campaignId: string; state: ListState }) {
  if (!state.activeList) {
    return (
      <Card title="Contact list">
        <EmptyState title="No contact list yet">
          Upload a CSV file with one contact per row. You will map its columns before anything is imported.
        </EmptyState>
      </Card>
    );
  }
  const source = state.activeImport;
  return (
    <Card title="Active contact list">
      <p className="mb-4 text-sm text-zinc-600">
        {number(state.activeList.rowCount)} contacts{source ? ` from ${source.fileName}` : ""}, imported{" "}
        {state.activeList.createdAt.toLocaleString()}.
        {state.activeList.fields.length > 0 && (
          <> Custom fields: {state.activeList.fields.map((f) => `{{contact.${f}}}`).join(", ")}.</>
        )}
      </p>
      {source?.counts && <CountsGrid counts={source.counts} />}
      {source && source.counts && source.counts.invalid + source.counts.duplicate + source.counts.dnc > 0 && (
        <p className="mt-4 text-sm">
          <RejectedLink orgId={orgId} campaignId={campaignId} importId={source.id} />
        </p>
      )}
    </Card>
  );
}

function RejectedLink({ orgId, campaignId, importId }: { orgId: string; campaignId: string; importId: string }) {
  return (
    <a
      className="font-medium text-indigo-700 underline hover:text-indigo-600"
      href={`/api/campaigns/${encodeURIComponent(campaignId)}/imports/${encodeURIComponent(importId)}/rejected?orgId=${encodeURIComponent(orgId)}`}
    >
      Download rejected rows (CSV, with a reason for each)
    </a>
  );
}

function CountsGrid({ counts }: { counts: ImportCounts }) {
  const items: [string, number, string][] = [
    ["Valid", counts.valid, "text-emerald-700"],
    ["Invalid", counts.invalid, counts.invalid ? "text-red-700" : "text-zinc-700"],
    ["Duplicates", counts.duplicate, "text-zinc-700"],
    ["Do-not-call", counts.dnc, "text-zinc-700"],
    ["No time zone", counts.noTimeZone, counts.noTimeZone ? "text-amber-700" : "text-zinc-700"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([label, value, tone]) => (
        <div key={label} className="rounded-md bg-zinc-50 px-3 py-2 ring-1 ring-zinc-200">
          <dt className="text-xs text-zinc-500">{label}</dt>
          <dd className={`text-lg font-semibold ${tone}`}>{number(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function FileUpload(props: {
  orgId: string;
  campaignId: string;
  limitBytes: number;
  replacing: boolean;
  onUploaded: (p: UploadPreview) => void;
}) {
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function onFile(file: File | undefined) {
    setError(null);
    if (!file) return;
    if (file.size === 0)
      return setError("The file is empty. Upload a CSV file with a header row and one contact per row.");
    if (file.size > props.limitBytes)
      return setError(
        `The file is ${megabytes(file.size)}; the limit is ${megabytes(props.limitBytes)}. Split it into smaller files or remove unused columns.`,
      );
    abort.current = new AbortController();
    setProgress(0);
    try {
      props.onUploaded(
        await uploadContactFile({
          orgId: props.orgId,
          campaignId: props.campaignId,
          file,
          onProgress: setProgress,
          signal: abort.current.signal,
        }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Card title={props.replacing ? "Replace the contact list" : "Upload contacts"}>
      <div className="space-y-4">
        {error && <Alert>{error}</Alert>}
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-zinc-800">
            CSV file
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={progress !== null}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
            className="block w-full text-sm text-zinc-700 file:mr-4 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:py-2 file:text-sm file:font-semibold file:text-indigo-700 hover:file:bg-indigo-100"
          />
          <p id={`${inputId}-hint`} className="text-xs text-zinc-500">
            UTF-8 (with or without BOM), comma or semicolon separated, header row first, up to{" "}
            {megabytes(props.limitBytes)}.
            {props.replacing && " The current list stays active until the new import has finished."}
          </p>
        </div>
        {progress !== null && (
          <div className="space-y-2">
            <ProgressBar value={progress} label="Uploading" />
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              Cancel upload
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}

function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const pct = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div>
      <div className="mb-1 flex justify-between text-xs text-zinc-600">
        <span>{label}</span>
        {pct !== null && <span>{pct}%</span>}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        className="h-2 overflow-hidden rounded-full bg-zinc-100"
      >
        <div
          className={`h-full rounded-full bg-indigo-600 transition-all ${pct === null ? "w-1/3 animate-pulse" : ""}`}
          style={pct === null ? undefined : { width: `${pct}%` }}
        />
      </div>
    </div>
  );
}

const TARGETS: { value: ColumnTarget; label: string }[] = [
  ...CONTACT_FIELDS.map((f) => ({ value: f, label: CONTACT_FIELD_LABELS[f] })),
  { value: "custom", label: "Custom field" },
  { value: "ignore", label: "Ignore column" },
];

function ColumnMapping({
  orgId,
  campaignId,
  preview,
  onCancel,
  onStarted,
}: {
  orgId: string;
  campaignId: string;
  preview: UploadPreview;
  onCancel: () => void;
  onStarted: (importId: string) => void;
}) {
  const trpc = useTRPC();
  const [columns, setColumns] = useState<ColumnTarget[]>(preview.suggestedColumns);
  const [defaultCountry, setDefaultCountry] = useState("US");
  const [problem, setProblem] = useState<string | null>(null);
  const start = useMutation(trpc.contactImport.start.mutationOptions({ onSuccess: (r) => onStarted(r.importId) }));
  const countryId = useId();

  function submit() {
    const parsed = importMappingSchema.safeParse({ columns, defaultCountry });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the mapping.");
    // The server checks the same rule; asking first saves a round trip.
    const clash = mappingProblem(preview.header, columns);
    if (clash) return setProblem(clash);
    setProblem(null);
    start.mutate({ orgId, campaignId, uploadId: preview.uploadId, mapping: parsed.data });
  }

  return (
    <Card title={`Map columns · ${preview.fileName}`}>
      <div className="space-y-5">
        <p className="text-sm text-zinc-600">
          About {number(preview.estimatedRows)} rows, {megabytes(preview.size)}, “{preview.delimiter}” separated. Choose
          what each column holds; columns marked “Custom field” become contact fields, and the script names each one by
          the placeholder shown under it.
        </p>
        {(problem || start.error) && <Alert>{problem ?? errorMessage(start.error)}</Alert>}
        <div className="max-w-sm space-y-1">
          <label htmlFor={countryId} className="block text-sm font-medium text-zinc-800">
            Default country for numbers without a +country code
          </label>
          <CountrySelect id={countryId} value={defaultCountry} onChange={setDefaultCountry} />
        </div>
        <div className="relative overflow-x-auto rounded-md ring-1 ring-zinc-200">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Column mapping and the first rows of the file</caption>
            <thead className="bg-zinc-50">
              <tr>
                {preview.header.map((name, i) => (
                  <th key={i} scope="col" className="min-w-40 px-3 py-2 align-top font-medium">
                    <span className="mb-1 block truncate text-zinc-800" title={name}>
                      {name || `Column ${i + 1}`}
                    </span>
                    <select
                      aria-label={`Column “${name || i + 1}” holds`}
                      className={selectClass}
                      value={columns[i]}
                      onChange={(e) =>
                        setColumns((prev) => prev.map((c, j) => (j === i ? (e.target.value as ColumnTarget) : c)))
                      }
                    >
                      {TARGETS.map((t) => (
                        <option key={t.value} value={t.value}>
                          {t.label}
                        </option>
                      ))}
                    </select>
                    {columns[i] === "custom" && (
                      <code
                        className="mt-1 block truncate text-xs font-normal text-indigo-700"
                        title="The placeholder the script uses for this column"
                        data-testid={`field-key-${i}`}
                      >
                        {`{{contact.${fieldKeyFromHeader(name, i)}}}`}
                      </code>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {preview.header.map((_, i) => (
                    <td
                      key={i}
                      className={`max-w-56 truncate px-3 py-1.5 ${columns[i] === "ignore" ? "text-zinc-300" : "text-zinc-700"}`}
                      title={row[i]}
                    >
                      {row[i] ?? <span className="text-red-600">missing</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-zinc-500">
          Phone numbers become E.164; an extension (“x 204”) is kept in its own field, {"{{contact.phoneExtension}}"}.
          Each contact’s time zone comes from the time-zone column (an IANA name such as America/New_York, or an
          abbreviation such as EST that the contact’s state or area code places), else from its state, its North
          American area code or its country when that has one local time. Duplicates, numbers on your or the global
          do-not-call list, and rows that cannot be read are left out and listed with a reason; contacts whose time zone
          cannot be known for sure are counted as “no time zone”.
        </p>
        <div className="flex gap-3">
          <Button onClick={submit} loading={start.isPending}>
            Import contacts
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Choose another file
          </Button>
        </div>
      </div>
    </Card>
  );
}

function ImportProgress({
  orgId,
  campaignId,
  importId,
  onDone,
  onClose,
}: {
  orgId: string;
  campaignId: string;
  importId: string;
  onDone: () => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const finished = useRef(false);
  const status = useQuery({
    ...trpc.contactImport.status.queryOptions({ orgId, importId }),
    refetchInterval: (q) =>
      q.state.data && q.state.data.status !== "RUNNING" && q.state.data.status !== "PENDING" ? false : 1000,
  });
  const cancel = useMutation(trpc.contactImport.cancel.mutationOptions({ onSuccess: () => void status.refetch() }));
  const rejections = useQuery({
    ...trpc.contactImport.rejections.queryOptions({ orgId, importId, limit: 10 }),
    enabled: status.data?.status === "SUCCEEDED",
  });

  const done = Boolean(status.data && status.data.status !== "RUNNING" && status.data.status !== "PENDING");
  useEffect(() => {
    if (done && !finished.current) {
      finished.current = true;
      onDone();
    }
  }, [done, onDone]);

  if (status.error) return <Alert>{errorMessage(status.error)}</Alert>;
  const s = status.data;
  if (!s) return <Skeleton rows={2} />;
  const running = !done;
  const fraction = s.totalRows > 0 ? s.processedRows / s.totalRows : 0;
  const saving = running && s.processedRows > 0 && s.processedRows >= s.totalRows;

  return (
    <Card title={`Import · ${s.fileName}`}>
      <div className="space-y-4" aria-live="polite">
        {running && (
          <>
            <ProgressBar
              value={saving ? null : fraction}
              label={
                saving ? "Saving contacts…" : `Reading rows: ${number(s.processedRows)} of about ${number(s.totalRows)}`
              }
            />
            {cancel.error && <Alert>{errorMessage(cancel.error)}</Alert>}
            <Button
              variant="danger"
              onClick={() => cancel.mutate({ orgId, importId })}
              loading={cancel.isPending || s.cancelRequested}
              disabled={s.cancelRequested}
            >
              {s.cancelRequested ? "Cancelling…" : "Cancel import"}
            </Button>
            <p className="text-xs text-zinc-500">
              Nothing is stored until the import finishes; the current list stays active meanwhile.
            </p>
          </>
        )}
        {s.status === "SUCCEEDED" && s.counts && (
          <>
            <Alert tone="success">Imported {number(s.counts.valid)} contacts. This list is now active.</Alert>
            <CountsGrid counts={s.counts} />
            {rejections.data && rejections.data.total > 0 && (
              <div className="space-y-2">
                <h3 className="text-sm font-semibold">
                  {number(rejections.data.total)} row{rejections.data.total === 1 ? " was" : "s were"} left out
                </h3>
                <ul className="divide-y divide-zinc-100 rounded-md text-sm ring-1 ring-zinc-200">
                  {rejections.data.rows.map((r) => (
                    <li key={r.rowNumber} className="flex gap-3 px-3 py-1.5">
                      <span className="w-16 shrink-0 text-zinc-500">Row {r.rowNumber}</span>
                      <span className="text-zinc-800">{r.reason}</span>
                    </li>
                  ))}
                </ul>
                <RejectedLink orgId={orgId} campaignId={campaignId} importId={importId} />
              </div>
            )}
          </>
        )}
        {(s.status === "FAILED" || s.status === "CANCELLED") && (
          <Alert>{s.error ?? "The import did not finish."} </Alert>
        )}
        {!running && (
          <Button variant="secondary" onClick={onClose}>
            {s.status === "SUCCEEDED" ? "Done" : "Try again"}
          </Button>
        )}
      </div>
    </Card>
  );
}
