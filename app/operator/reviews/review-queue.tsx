"use client";
import { QueryList } from "../../_components/query-list";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CAMPAIGN_TYPE_LABELS } from "@/server/shared/campaigns/campaign-type";
import { formatMoney } from "@/server/shared/money";
import { useTRPC } from "../../_lib/trpc";
import { Card, EmptyState } from "../../_components/ui/card";

function waiting(since: Date): string {
  const hours = Math.floor((Date.now() - since.getTime()) / 3_600_000);
  return hours < 1 ? "under an hour" : hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}

/** Submitted campaigns across all clients, oldest first. */
export function ReviewQueue() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.review.queue.queryOptions(undefined, { refetchInterval: 15_000 }));
  return (
    <Card title="Campaigns waiting for review">
      <QueryList
        query={queue}
        empty={<EmptyState title="Nothing to review">Submitted campaigns appear here.</EmptyState>}
      >
        {(items) => (
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-zinc-500">
              <tr>
                <th className="py-2 font-medium">Campaign</th>
                <th className="py-2 font-medium">Client</th>
                <th className="py-2 font-medium">Starts</th>
                <th className="py-2 text-right font-medium">Contacts</th>
                <th className="py-2 text-right font-medium">Quote</th>
                <th className="py-2 text-right font-medium">Waiting</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {items.map((q) => (
                <tr key={q.submissionId} data-testid="review-row">
                  <td className="py-3">
                    <Link
                      href={`/operator/reviews/${q.submissionId}`}
                      className="font-medium text-indigo-700 hover:underline"
                    >
                      {q.campaignName}
                    </Link>
                    {q.type && (
                      <span className="block text-xs text-zinc-500">{CAMPAIGN_TYPE_LABELS[q.type].label}</span>
                    )}
                  </td>
                  <td className="py-3">{q.orgName}</td>
                  <td className="py-3">{q.startDate ?? "—"}</td>
                  <td className="py-3 text-right tabular-nums">{q.contacts?.toLocaleString() ?? "—"}</td>
                  <td className="py-3 text-right tabular-nums">
                    {q.amountMinor !== null && q.currency ? formatMoney(q.amountMinor, q.currency) : "—"}
                  </td>
                  <td className="py-3 text-right text-zinc-600">{waiting(q.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryList>
    </Card>
  );
}
