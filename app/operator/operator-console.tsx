"use client";
import { QueryList } from "../_components/query-list";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setUserDisabledSchema } from "@/server/shared/operator/set-user-disabled";
import { errorMessage } from "../_lib/errors";
import { useTRPC } from "../_lib/trpc";
import { Alert } from "../_components/ui/alert";
import { Button } from "../_components/ui/button";
import { Card, EmptyState } from "../_components/ui/card";
import { TextField } from "../_components/ui/field";

/** `canDisableUsers` comes from the permission rule the procedure enforces (users.disable). */
export function OperatorConsole({ canDisableUsers }: { canDisableUsers: boolean }) {
  const trpc = useTRPC();
  const tenants = useQuery(trpc.operator.tenants.queryOptions());
  const disable = useMutation(trpc.operator.setUserDisabled.mutationOptions());
  const form = useForm<z.input<typeof setUserDisabledSchema>>({
    resolver: zodResolver(setUserDisabledSchema),
    defaultValues: { disabled: false },
  });
  // Two explicit buttons instead of a checkbox, so the action is never ambiguous.
  const submitWith = (disabled: boolean) => form.handleSubmit((v) => disable.mutateAsync({ ...v, disabled }));

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className={canDisableUsers ? "lg:col-span-2" : "lg:col-span-3"}>
        <Card title="Client organizations">
          <QueryList query={tenants} empty={<EmptyState title="No clients yet" />}>
            {(items) => (
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase text-zinc-500">
                  <tr>
                    <th className="py-2 font-medium">Organization</th>
                    <th className="py-2 font-medium">Members</th>
                    <th className="py-2 font-medium">Campaigns</th>
                    <th className="py-2 font-medium">Stripe customer</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100">
                  {items.map((t) => (
                    <tr key={t.id}>
                      <td className="py-2 font-medium">{t.name}</td>
                      <td className="py-2">{t._count.memberships}</td>
                      <td className="py-2">{t._count.campaigns}</td>
                      <td className="py-2 font-mono text-xs">{t.stripeCustomerId ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </QueryList>
        </Card>
      </div>
      {canDisableUsers && (
        <Card title="Disable or enable a user">
          <form onSubmit={(e) => void submitWith(true)(e).catch(() => undefined)} noValidate className="space-y-4">
            {disable.error && <Alert>{errorMessage(disable.error)}</Alert>}
            {disable.isSuccess && (
              <Alert tone="success">
                {disable.data.email} is now {disable.data.disabled ? "disabled" : "enabled"}.
              </Alert>
            )}
            <TextField
              label="User email"
              type="email"
              error={form.formState.errors.email?.message}
              {...form.register("email")}
            />
            <div className="flex gap-3">
              <Button type="submit" variant="danger" loading={form.formState.isSubmitting}>
                Disable user
              </Button>
              <Button type="button" variant="secondary" onClick={() => void submitWith(false)().catch(() => undefined)}>
                Enable user
              </Button>
            </div>
            <p className="text-xs text-zinc-500">A disabled user loses access on their next request.</p>
          </form>
        </Card>
      )}
    </div>
  );
}
