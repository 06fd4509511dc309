"use client";
import { QueryList } from "../../../_components/query-list";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../_lib/trpc";
import { Card, EmptyState } from "../../../_components/ui/card";

/** Readable names for the actions the product records; unknown ones show as recorded. */
const ACTION_LABELS: Record<string, string> = {
  "campaign.created": "created the campaign",
  "campaign.submitted": "submitted the campaign for review",
  "campaign.approved": "approved the campaign",
  "campaign.rejected": "sent the campaign back",
  "review.viewed": "opened the submission for review",
  "operator.scope": "accessed your data for support or review",
  "ratePlan.created": "set your rate plan",
  "ratePlan.updated": "changed your rate plan",
  "ratePlan.deleted": "removed your rate plan",
};

function summary(data: unknown): string | null {
  if (!data || typeof data !== "object") return null;
  const d = data as Record<string, unknown>;
  if (typeof d.comment === "string" && d.comment) return `“${d.comment}”`;
  if (typeof d.name === "string") return d.name;
  if (typeof d.reason === "string") return d.reason;
  if (typeof d.section === "string") return `section: ${d.section}`;
  return null;
}

export function AuditTrail({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const audit = useQuery(trpc.audit.list.queryOptions({ orgId }));
  return (
    <Card>
      <QueryList query={audit} empty={<EmptyState title="Nothing recorded yet" />}>
        {(items) => (
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-zinc-500">
              <tr>
                <th className="py-2 font-medium">When</th>
                <th className="py-2 font-medium">Who</th>
                <th className="py-2 font-medium">What</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {items.map((e) => {
                const detail = summary(e.data);
                return (
                  <tr key={e.id} className="align-top">
                    <td className="py-2 pr-3 text-zinc-500 sm:whitespace-nowrap sm:pr-4">
                      <time dateTime={e.createdAt.toISOString()}>{e.createdAt.toLocaleString()}</time>
                    </td>
                    <td className="py-2 pr-3 sm:pr-4">
                      <span className="font-medium">{e.actor.name}</span>
                      {e.actor.email && e.actor.email !== e.actor.name && (
                        <span className="block text-xs text-zinc-500 wrap-anywhere">{e.actor.email}</span>
                      )}
                    </td>
                    <td className="py-2">
                      {ACTION_LABELS[e.action] ?? e.action}{" "}
                      <span className="text-xs text-zinc-500">({e.targetType})</span>
                      {detail && (
                        <span className="line-clamp-2 block max-w-xl text-xs text-zinc-500 wrap-anywhere">
                          {detail}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryList>
    </Card>
  );
}
