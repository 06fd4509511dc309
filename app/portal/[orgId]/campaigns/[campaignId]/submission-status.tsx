"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatMoney } from "@/server/shared/money";
import { errorMessage } from "../../../../_lib/errors";
import { useTRPC } from "../../../../_lib/trpc";
import { Alert } from "../../../../_components/ui/alert";
import { Badge } from "../../../../_components/ui/badge";
import { Card, Skeleton } from "../../../../_components/ui/card";

/** The overview's status panel: where the campaign stands, the reviewer's comment, and what to do next. */
export function SubmissionStatus({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const status = useQuery(
    trpc.submission.status.queryOptions({ orgId, campaignId }, { retry: false, refetchInterval: 10_000 }),
  );
  if (status.isPending) return <Skeleton rows={2} />;
  if (status.error) return <Alert>{errorMessage(status.error)}</Alert>;
  const s = status.data;
  const latest = s.latestSubmission;
  const next = s.nextStep;
  const href = `/portal/${orgId}/campaigns/${campaignId}${next.step ? `/${next.step}` : ""}`;
  return (
    <Card title="Status" actions={<Badge value={s.status} />}>
      <div className="space-y-4">
        {s.status === "REJECTED" && latest?.reviewComment && (
          <Alert>
            <p className="font-semibold">Reviewer&apos;s comment</p>
            <p className="mt-1 whitespace-pre-wrap">{latest.reviewComment}</p>
          </Alert>
        )}
        {s.status === "APPROVED" && latest?.reviewComment && (
          <Alert tone="success">Reviewer&apos;s note: {latest.reviewComment}</Alert>
        )}
        <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-zinc-500">Schedule</dt>
            <dd>{s.startDate && s.endDate ? `${s.startDate} → ${s.endDate}` : "Not set"}</dd>
          </div>
          <div>
            <dt className="text-zinc-500">Contacts</dt>
            <dd className="tabular-nums">{s.listSize?.toLocaleString() ?? "No list yet"}</dd>
          </div>
          <div>
            <dt className="text-zinc-500">Quote at submission</dt>
            <dd className="tabular-nums">
              {latest?.quote
                ? `${formatMoney(latest.quote.amountMinor, latest.quote.currency)} · ${latest.quote.agentHours} h`
                : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-zinc-500">Submitted</dt>
            <dd>{latest ? latest.submittedAt.toLocaleString() : "Not yet"}</dd>
          </div>
        </dl>
        <div className="flex items-center justify-between rounded-md bg-zinc-50 px-4 py-3">
          <p className="text-sm">
            <span className="text-zinc-500">Next step: </span>
            <span className="font-medium" data-testid="next-step">
              {next.label}
            </span>
          </p>
          {next.action && (
            <Link
              href={href}
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500"
            >
              Continue
            </Link>
          )}
        </div>
      </div>
    </Card>
  );
}
