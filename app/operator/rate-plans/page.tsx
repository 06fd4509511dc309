import { RatePlans } from "./rate-plans";

export const metadata = { title: "Rate plans" };

export default function RatePlansPage() {
  return <RatePlans />;
}
