"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isEditableStatus } from "@/server/shared/campaigns/editable-status";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Badge } from "../../../../../_components/ui/badge";
import { Button } from "../../../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../../../_components/ui/card";
import { ContactBreakdownChart } from "../../../../../_components/campaign/contact-breakdown-chart";
import { PreflightChecklist } from "../../../../../_components/campaign/preflight-checklist";
import { QuoteCard } from "../../../../../_components/campaign/quote-card";

const COUNT_LABELS = [
  ["listSize", "Rows in file"],
  ["valid", "Valid"],
  ["invalid", "Invalid"],
  ["duplicate", "Duplicate"],
  ["dnc", "Do not call"],
  ["noTimeZone", "No time zone"],
  ["windowNeverOverlaps", "Window never fits"],
  ["callable", "Will be called"],
] as const;

export function ReviewStep({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preflight = useQuery(trpc.submission.preflight.queryOptions({ orgId, campaignId }, { retry: false }));
  const status = useQuery(
    trpc.submission.status.queryOptions({ orgId, campaignId }, { retry: false, refetchInterval: 10_000 }),
  );
  const submit = useMutation(
    trpc.submission.submit.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.submission.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
        ]),
    }),
  );
  const base = `/portal/${orgId}/campaigns/${campaignId}`;

  if (preflight.isPending) return <Skeleton rows={6} />;
  if (preflight.error) return <Alert>{errorMessage(preflight.error)}</Alert>;
  const p = preflight.data;
  const editable = isEditableStatus(p.status);
  const errors = p.checks.filter((c) => c.level === "error").length;
  const warnings = p.checks.filter((c) => c.level === "warning").length;
  const latest = status.data?.latestSubmission;

  return (
    <div className="space-y-6">
      {p.status === "REJECTED" && latest?.reviewComment && (
        <Alert>
          <p className="font-semibold">The last submission was sent back by Callwright:</p>
          <p className="mt-1 whitespace-pre-wrap">{latest.reviewComment}</p>
        </Alert>
      )}
      {!editable && (
        <Alert tone={p.status === "APPROVED" ? "success" : "info"}>
          {p.status === "SUBMITTED" &&
            "Submitted for review. Callwright will approve it or send it back with a comment; you'll get an email either way."}
          {p.status === "APPROVED" && "Approved. Calling starts on the start date."}
          {p.status !== "SUBMITTED" && p.status !== "APPROVED" && `This campaign is ${p.status.toLowerCase()}.`}
        </Alert>
      )}
      {submit.data && !submit.data.signalled && (
        <Alert>
          Your campaign is submitted, but the review workflow couldn't be notified. Submit again to retry; nothing is
          duplicated.
        </Alert>
      )}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card
            title="Compliance pre-flight"
            actions={
              <span className="flex gap-2 text-xs">
                <Badge
                  value={errors ? "FAILED" : "APPROVED"}
                  label={errors ? `${errors} blocking` : "No blocking issues"}
                />
                {warnings > 0 && <Badge value="SUBMITTED" label={`${warnings} warning${warnings === 1 ? "" : "s"}`} />}
              </span>
            }
          >
            <PreflightChecklist checks={p.checks} base={base} editable={editable} />
          </Card>
          <Card title="Contacts">
            <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
              {COUNT_LABELS.map(([key, label]) => (
                <div key={key} className="rounded-md bg-zinc-50 px-3 py-2">
                  <dt className="text-xs text-zinc-500">{label}</dt>
                  <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${key}`}>
                    {p.counts[key].toLocaleString()}
                  </dd>
                </div>
              ))}
            </dl>
            {p.counts.listSize > 0 ? (
              <ContactBreakdownChart counts={p.counts} />
            ) : (
              <EmptyState title="No contact list yet">Upload one in the Contacts step.</EmptyState>
            )}
          </Card>
        </div>

        <div className="space-y-6 lg:col-span-2">
          <Card title="Quote">
            {p.quote ? (
              <QuoteCard quote={p.quote} />
            ) : (
              <EmptyState title="No quote yet">Choose the campaign type in Settings to see the price.</EmptyState>
            )}
          </Card>
          <Card title="Submit for review">
            {submit.error && (
              <div className="mb-3">
                <Alert>{errorMessage(submit.error)}</Alert>
              </div>
            )}
            {editable ? (
              <div className="space-y-3">
                <p className="text-sm text-zinc-600">
                  {errors
                    ? `Fix the ${errors === 1 ? "blocking issue" : `${errors} blocking issues`} above first.`
                    : "Callwright reviews the settings, script, escalation contacts and list, then approves or sends it back with a comment. The script version is frozen from now on."}
                </p>
                <Button
                  onClick={() => submit.mutate({ orgId, campaignId })}
                  disabled={errors > 0}
                  loading={submit.isPending}
                  className="w-full"
                >
                  Submit for review
                </Button>
              </div>
            ) : (
              <dl className="space-y-2 text-sm">
                <div className="flex justify-between">
                  <dt className="text-zinc-500">Status</dt>
                  <dd>
                    <Badge value={p.status} />
                  </dd>
                </div>
                {latest && (
                  <div className="flex justify-between">
                    <dt className="text-zinc-500">Submitted</dt>
                    <dd>{latest.submittedAt.toLocaleString()}</dd>
                  </div>
                )}
              </dl>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
