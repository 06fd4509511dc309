"use client";
import { useQuery } from "@tanstack/react-query";
import { errorMessage } from "../../../../_lib/errors";
import { useTRPC } from "../../../../_lib/trpc";
import { Alert } from "../../../../_components/ui/alert";
import { Badge } from "../../../../_components/ui/badge";
import { Card, Skeleton } from "../../../../_components/ui/card";

export function CampaignDetail({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const campaign = useQuery(trpc.campaign.get.queryOptions({ orgId, campaignId }, { retry: false }));
  if (campaign.isPending) return <Skeleton rows={4} />;
  if (campaign.error) return <Alert>{errorMessage(campaign.error)}</Alert>;
  const c = campaign.data;
  return (
    <Card title={c.name} actions={<Badge value={c.status} />}>
      <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-zinc-500">Created</dt>
          <dd>{c.createdAt.toLocaleString()}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Last changed</dt>
          <dd>{c.updatedAt.toLocaleString()}</dd>
        </div>
      </dl>
      {c.description && <p className="mt-4 whitespace-pre-wrap text-sm text-zinc-700">{c.description}</p>}
    </Card>
  );
}
