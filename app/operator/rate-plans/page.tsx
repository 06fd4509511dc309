import { requireOperatorPermission } from "@/server/auth/current-user";
import { RatePlans } from "./rate-plans";

export const metadata = { title: "Rate plans" };

export default async function RatePlansPage() {
  await requireOperatorPermission("ratePlans.manage");
  return <RatePlans />;
}
