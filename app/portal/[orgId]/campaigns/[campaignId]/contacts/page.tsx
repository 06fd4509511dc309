import { ContactsStep } from "./contacts-step";

export const metadata = { title: "Contacts" };

export default async function ContactsPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <ContactsStep orgId={orgId} campaignId={campaignId} />;
}
