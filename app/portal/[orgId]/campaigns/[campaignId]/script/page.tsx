import { Card, EmptyState } from "../../../../../_components/ui/card";

export default function Page() {
  return (
    <Card title="script">
      <EmptyState title="Coming soon" />
    </Card>
  );
}
