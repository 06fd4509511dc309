"use client";
import { useQuery } from "@tanstack/react-query";
import { errorMessage } from "../../../_lib/errors";
import { useTRPC } from "../../../_lib/trpc";
import { Alert } from "../../../_components/ui/alert";
import { Card, EmptyState, Skeleton } from "../../../_components/ui/card";

export function AuditTrail({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const audit = useQuery(trpc.audit.list.queryOptions({ orgId }));
  return (
    <Card title="Audit trail">
      {audit.isPending && <Skeleton />}
      {audit.error && <Alert>{errorMessage(audit.error)}</Alert>}
      {audit.data?.length === 0 && <EmptyState title="Nothing recorded yet" />}
      {audit.data && audit.data.length > 0 && (
        <ul className="divide-y divide-zinc-100 text-sm">
          {audit.data.map((e) => (
            <li key={e.id} className="flex justify-between py-2">
              <span>
                <span className="font-medium">{e.action}</span> <span className="text-zinc-500">{e.targetType}</span>
              </span>
              <time className="text-zinc-500">{e.createdAt.toLocaleString()}</time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
