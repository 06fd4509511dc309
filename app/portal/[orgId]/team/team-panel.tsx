"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { can, canRemoveMember } from "@/server/shared/auth/permissions";
import { inviteSchema } from "@/server/shared/team/invite";
import { errorMessage } from "../../../_lib/errors";
import { useTRPC } from "../../../_lib/trpc";
import { Alert } from "../../../_components/ui/alert";
import { Button } from "../../../_components/ui/button";
import { Card, Skeleton } from "../../../_components/ui/card";
import { selectClass, TextField } from "../../../_components/ui/field";

export function TeamPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.team.list.queryOptions({ orgId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
  const invite = useMutation(trpc.team.invite.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.team.removeMember.mutationOptions({ onSuccess: refresh }));
  const form = useForm<z.input<typeof inviteSchema>>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { role: "CLIENT_MEMBER" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    await invite.mutateAsync({ orgId, ...values });
    form.reset({ email: "", role: "CLIENT_MEMBER" });
  });

  // Members see the team; only an owner sees the invitation form and Remove (never on their own row).
  const viewer = team.data?.viewer;
  const manages = can(viewer?.role, "team.manage");

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className={manages ? "lg:col-span-2" : "lg:col-span-3"}>
        <Card title="Members">
          {team.isPending && <Skeleton />}
          {team.error && <Alert>{errorMessage(team.error)}</Alert>}
          {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
          {team.data && (
            <ul className="divide-y divide-zinc-100 text-sm">
              {team.data.members.map((m) => (
                <li key={m.id} className="flex items-center justify-between py-3">
                  <div>
                    <p className="font-medium">{m.user.name ?? m.user.email}</p>
                    <p className="text-zinc-500">
                      {m.user.email} · {m.role === "CLIENT_OWNER" ? "Owner" : "Member"}
                    </p>
                  </div>
                  {viewer && canRemoveMember(viewer, { userId: m.user.id }) ? (
                    <Button
                      variant="danger"
                      onClick={() => remove.mutate({ orgId, membershipId: m.id })}
                      aria-label={`Remove ${m.user.email}`}
                    >
                      Remove
                    </Button>
                  ) : (
                    m.user.id === viewer?.userId && <span className="text-xs text-zinc-500">You</span>
                  )}
                </li>
              ))}
              {team.data.invitations.map((i) => (
                <li key={i.id} className="flex items-center justify-between py-3 text-zinc-500">
                  <span>{i.email}</span>
                  <span className="text-xs">invited · expires {i.expiresAt.toLocaleDateString()}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {manages && (
        <Card title="Invite a teammate">
          <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
            {invite.error && <Alert>{errorMessage(invite.error)}</Alert>}
            {invite.isSuccess && <Alert tone="success">Invitation sent to {invite.data.email}.</Alert>}
            <TextField
              label="Email"
              type="email"
              error={form.formState.errors.email?.message}
              {...form.register("email")}
            />
            <div className="space-y-1">
              <label htmlFor="invite-role" className="block text-sm font-medium">
                Role
              </label>
              <select id="invite-role" className={selectClass} {...form.register("role")}>
                <option value="CLIENT_MEMBER">Member</option>
                <option value="CLIENT_OWNER">Owner</option>
              </select>
            </div>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Send invitation
            </Button>
          </form>
        </Card>
      )}
    </div>
  );
}
