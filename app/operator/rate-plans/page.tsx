import { RatePlans } from "./rate-plans";
import { PageHeader } from "../../_components/ui/page-header";

export const metadata = { title: "Rate plans" };

export default function RatePlansPage() {
  return (
    <>
      <PageHeader title="Rate plans" />
      <RatePlans />
    </>
  );
}
