"use client";
import { QueryList } from "../../_components/query-list";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatMoney } from "@/server/shared/money";
import { useTRPC } from "../../_lib/trpc";
import { Badge } from "../../_components/ui/badge";
import { Card, EmptyState } from "../../_components/ui/card";

export function CampaignList({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const campaigns = useQuery(trpc.campaign.list.queryOptions({ orgId }, { refetchInterval: 5_000 }));
  return (
    <Card>
      <QueryList
        query={campaigns}
        empty={<EmptyState title="No campaigns yet">Create your first campaign to get started.</EmptyState>}
      >
        {(items) => (
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-zinc-500">
              <tr>
                <th className="py-2 font-medium">Name</th>
                <th className="py-2 pl-3 font-medium">Status</th>
                <th className="hidden py-2 text-right font-medium sm:table-cell">Contacts</th>
                <th className="hidden py-2 text-right font-medium sm:table-cell">Quote</th>
                <th className="py-2 pl-3 font-medium sm:pl-6">Next step</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {items.map((c) => (
                <tr key={c.id} data-testid="campaign-row">
                  <td className="py-3">
                    <Link
                      href={`/portal/${orgId}/campaigns/${c.id}`}
                      className="font-medium text-indigo-700 hover:underline"
                    >
                      {c.name}
                    </Link>
                    {c.description && <p className="line-clamp-2 max-w-md text-xs text-zinc-600">{c.description}</p>}
                  </td>
                  <td className="py-3 pl-3">
                    <Badge value={c.status} />
                  </td>
                  <td className="hidden py-3 text-right tabular-nums sm:table-cell">
                    {c.listSize?.toLocaleString() ?? <span className="text-zinc-400">—</span>}
                  </td>
                  <td className="hidden py-3 text-right tabular-nums sm:table-cell">
                    {c.quote ? (
                      <>
                        {formatMoney(c.quote.amountMinor, c.quote.currency)}
                        <span className="block text-xs text-zinc-500">{c.quote.agentHours} h</span>
                      </>
                    ) : (
                      <span className="text-zinc-400">—</span>
                    )}
                  </td>
                  <td className="py-3 pl-3 sm:pl-6">
                    {c.nextStep.action ? (
                      <Link
                        href={`/portal/${orgId}/campaigns/${c.id}${c.nextStep.step ? `/${c.nextStep.step}` : ""}`}
                        className="text-indigo-700 hover:underline"
                      >
                        {c.nextStep.label}
                      </Link>
                    ) : (
                      <span className="text-zinc-600">{c.nextStep.label}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryList>
    </Card>
  );
}
