import type { ReactNode } from "react";
import { CampaignSteps } from "./campaign-steps";

export default async function CampaignLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgId: string; campaignId: string }>;
}) {
  const { orgId, campaignId } = await params;
  return (
    <div className="space-y-6">
      <CampaignSteps orgId={orgId} campaignId={campaignId} />
      {children}
    </div>
  );
}
