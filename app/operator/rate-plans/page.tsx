import { requireOperatorPermission } from "@/server/auth/current-user";
import { RatePlans } from "./rate-plans";
import { PageHeader } from "../../_components/ui/page-header";

export const metadata = { title: "Rate plans" };

export default async function RatePlansPage() {
  await requireOperatorPermission("ratePlans.manage");
  return (
    <>
      <PageHeader title="Rate plans" />
      <RatePlans />
    </>
  );
}
