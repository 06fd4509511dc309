import { SettingsStep } from "./settings-step";

export const metadata = { title: "Campaign settings" };

export default async function SettingsPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <SettingsStep orgId={orgId} campaignId={campaignId} />;
}
