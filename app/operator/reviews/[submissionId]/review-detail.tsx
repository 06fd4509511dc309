"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { approveSchema, MAX_REVIEW_COMMENT, rejectSchema } from "@/server/shared/review/decision";
import { CAMPAIGN_TYPE_LABELS, DIAL_MODE_LABELS } from "@/server/shared/campaigns/campaign-type";
import { formatMoney } from "@/server/shared/money";
import { formatBpsAsPercent } from "@/server/shared/percent";
import { formatDays } from "@/server/shared/campaigns/weekly-window";
import { RETRY_OUTCOME_LABELS, RETRY_OUTCOMES } from "@/server/shared/campaigns/retry-policy";
import { errorMessage } from "../../../_lib/errors";
import { useTRPC } from "../../../_lib/trpc";
import { Alert } from "../../../_components/ui/alert";
import { Badge } from "../../../_components/ui/badge";
import { Button } from "../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../_components/ui/card";
import { TextAreaField } from "../../../_components/ui/field";
import { ContactBreakdownChart } from "../../../_components/campaign/contact-breakdown-chart";
import { PreflightChecklist } from "../../../_components/campaign/preflight-checklist";
import { QuoteCard } from "../../../_components/campaign/quote-card";
import { ScriptOutline } from "./script-outline";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="col-span-2">{children}</dd>
    </div>
  );
}

export function ReviewDetail({ submissionId }: { submissionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.review.get.queryOptions({ submissionId }, { retry: false }));
  const onSettled = () => queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
  const approve = useMutation(trpc.review.approve.mutationOptions({ onSettled }));
  const reject = useMutation(trpc.review.reject.mutationOptions({ onSettled }));
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string>();

  if (detail.isPending) return <Skeleton rows={8} />;
  if (detail.error) return <Alert>{errorMessage(detail.error)}</Alert>;
  const d = detail.data;
  const s = d.settings;
  const pending = d.submission.decision === null && d.campaign.status === "SUBMITTED";
  const mutationError = approve.error ?? reject.error;

  function decide(kind: "approve" | "reject") {
    const parsed = (kind === "approve" ? approveSchema : rejectSchema).safeParse({ submissionId, comment });
    if (!parsed.success) {
      setCommentError(parsed.error.issues[0]?.message);
      return;
    }
    setCommentError(undefined);
    if (kind === "approve") approve.mutate(parsed.data);
    else reject.mutate({ submissionId, comment: parsed.data.comment });
  }

  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <div>
          <Link href="/operator/reviews" className="text-sm text-indigo-700 hover:underline">
            ← Review queue
          </Link>
          <h1 className="mt-1 text-xl font-semibold">{d.campaign.name}</h1>
          <p className="text-sm text-zinc-500">
            {d.org.name} · submitted {d.submission.submittedAt.toLocaleString()} by {d.submission.submittedBy}
          </p>
        </div>
        <Badge value={d.campaign.status} />
      </div>

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card title="Settings">
            <dl className="divide-y divide-zinc-100 text-sm">
              <Row label="Type">{s.type ? CAMPAIGN_TYPE_LABELS[s.type].label : "—"}</Row>
              <Row label="Schedule">
                {s.startDate && s.endDate ? `${s.startDate} → ${s.endDate} (contact's local dates)` : "—"}
              </Row>
              <Row label="Calling window">
                {s.callingWindow
                  ? `${formatDays(s.callingWindow.days)} ${s.callingWindow.start}–${s.callingWindow.end} contact's local time`
                  : "—"}
              </Row>
              <Row label="Dial mode">
                {s.dialMode ? DIAL_MODE_LABELS[s.dialMode].label : "—"} · abandon cap{" "}
                {formatBpsAsPercent(s.abandonCapBps)} %
              </Row>
              <Row label="Retries">
                {s.retryPolicy
                  ? RETRY_OUTCOMES.map(
                      (k) =>
                        `${RETRY_OUTCOME_LABELS[k]}: ${s.retryPolicy![k].retry ? `retry after ${s.retryPolicy![k].delayMinutes} min` : "no retry"}`,
                    ).join(" · ")
                  : "—"}{" "}
                · max {s.maxAttempts} attempts
              </Row>
              <Row label="Caller ID">{s.callerId ?? "—"}</Row>
              <Row label="Budget cap">
                {s.budgetCapMinor !== null ? formatMoney(s.budgetCapMinor, s.currency) : "None"}
              </Row>
              <Row label="Dispositions">
                <ul className="flex flex-wrap gap-1">
                  {(s.dispositions ?? []).map((x) => (
                    <li key={x.code} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs">
                      {x.label}{" "}
                      <span className="text-zinc-600">
                        ({x.category.toLowerCase().replaceAll("_", " ")}
                        {x.billable ? ", billable" : ""})
                      </span>
                    </li>
                  ))}
                </ul>
              </Row>
            </dl>
            {d.campaign.description && (
              <p className="mt-3 whitespace-pre-wrap text-sm text-zinc-700">{d.campaign.description}</p>
            )}
          </Card>

          <Card title={d.script ? `Script · version ${d.script.version}` : "Script"}>
            {d.script?.graph ? (
              <ScriptOutline graph={d.script.graph} />
            ) : (
              <EmptyState title="No script in this submission" />
            )}
          </Card>

          <Card title="Escalation contacts">
            {d.escalationContacts.length === 0 ? (
              <EmptyState title="None" />
            ) : (
              <ol className="divide-y divide-zinc-100 text-sm">
                {d.escalationContacts.map((c, i) => (
                  <li key={c.id} className="py-2">
                    <p className="font-medium">
                      {i + 1}. {c.name} <span className="font-normal text-zinc-500">· {c.role}</span>
                    </p>
                    <p className="text-zinc-600">
                      {c.phoneE164} · {c.email} · {c.channels.join(", ").toLowerCase().replaceAll("_", " ")}
                    </p>
                    <p className="text-xs text-zinc-500">
                      {c.windows.map((w) => `${formatDays(w.days)} ${w.start}–${w.end}`).join("; ")} ({c.timeZone})
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>

        <div className="space-y-6 lg:col-span-2">
          <Card title="Decision">
            {pending ? (
              <div className="space-y-3">
                {mutationError && <Alert>{errorMessage(mutationError)}</Alert>}
                <TextAreaField
                  label="Comment to the client"
                  hint={`Required to reject; optional when approving. At most ${MAX_REVIEW_COMMENT} characters.`}
                  value={comment}
                  maxLength={MAX_REVIEW_COMMENT}
                  onChange={(e) => setComment(e.target.value)}
                  error={commentError}
                />
                <div className="flex gap-2">
                  <Button onClick={() => decide("approve")} loading={approve.isPending} disabled={reject.isPending}>
                    Approve
                  </Button>
                  <Button
                    variant="danger"
                    onClick={() => decide("reject")}
                    loading={reject.isPending}
                    disabled={approve.isPending}
                  >
                    Reject
                  </Button>
                </div>
              </div>
            ) : (
              <div className="space-y-2 text-sm">
                <p>
                  Decision: <Badge value={d.submission.decision ?? d.campaign.status} />
                </p>
                {d.submission.reviewComment && (
                  <p className="whitespace-pre-wrap text-zinc-700">“{d.submission.reviewComment}”</p>
                )}
                {d.submission.reviewedAt && <p className="text-zinc-500">{d.submission.reviewedAt.toLocaleString()}</p>}
              </div>
            )}
          </Card>
          <Card title="Quote">{d.quote ? <QuoteCard quote={d.quote} /> : <EmptyState title="No quote" />}</Card>
          <Card title="Pre-flight at submission">
            {d.preflight ? (
              <div className="space-y-4">
                <ContactBreakdownChart counts={d.preflight.counts} />
                <PreflightChecklist checks={d.preflight.checks} editable={false} />
              </div>
            ) : (
              <EmptyState title="Not recorded" />
            )}
          </Card>
          {d.history.length > 1 && (
            <Card title="Earlier submissions">
              <ul className="space-y-2 text-sm">
                {d.history
                  .filter((h) => h.id !== d.submission.id)
                  .map((h) => (
                    <li key={h.id}>
                      <Badge value={h.decision ?? "SUBMITTED"} /> {h.submittedAt.toLocaleDateString()}{" "}
                      {h.reviewComment && <span className="text-zinc-600">— {h.reviewComment}</span>}
                    </li>
                  ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
