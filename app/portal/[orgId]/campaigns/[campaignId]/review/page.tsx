import { Card, EmptyState } from "../../../../../_components/ui/card";

export default function Page() {
  return (
    <Card title="review">
      <EmptyState title="Coming soon" />
    </Card>
  );
}
