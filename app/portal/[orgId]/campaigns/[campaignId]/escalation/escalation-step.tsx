"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ESCALATION_CHANNEL_LABELS } from "@/server/shared/escalation/escalation-contact";
import { formatDays, WEEKDAYS } from "@/server/shared/campaigns/weekly-window";
import { describeE164 } from "@/server/shared/phone";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../../../_components/ui/card";
import { EscalationContactForm, emptyContact, type ContactFormValues } from "./escalation-contact-form";

const orderButton =
  "rounded-md px-2 py-1 text-sm text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 disabled:opacity-30";

function OnDutyBadge({ onDuty, until }: { onDuty: boolean; until: string | null }) {
  return onDuty ? (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">
      <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden />
      On duty now{until ? ` · until ${until}` : ""}
    </span>
  ) : (
    <span className="inline-flex rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600">Off duty</span>
  );
}

export function EscalationStep({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Refetch each minute so "on duty now" and local times stay current.
  const list = useQuery(
    trpc.escalation.list.queryOptions({ orgId, campaignId }, { retry: false, refetchInterval: 60_000 }),
  );
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.escalation.list.queryKey({ orgId, campaignId }) });
  const create = useMutation(trpc.escalation.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.escalation.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.escalation.delete.mutationOptions({ onSuccess: refresh }));
  const reorder = useMutation(trpc.escalation.reorder.mutationOptions({ onSuccess: refresh }));
  const [editing, setEditing] = useState<string | null>(null);
  // Buttons stay enabled while a move is saving, so keyboard focus stays on them; extra presses wait.
  const move = (contactId: string, direction: "up" | "down") => {
    if (!reorder.isPending) reorder.mutate({ orgId, campaignId, contactId, direction });
  };
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  if (list.isPending) return <Skeleton rows={4} />;
  if (list.error) return <Alert>{errorMessage(list.error)}</Alert>;
  const { contacts, editable, status } = list.data;
  const onDuty = contacts.filter((c) => c.onDuty);
  const editingContact = contacts.find((c) => c.id === editing);
  const toForm = (c: (typeof contacts)[number]): ContactFormValues => ({
    name: c.name,
    role: c.role,
    phone: c.phoneE164,
    phoneCountry: describeE164(c.phoneE164).country ?? "US",
    email: c.email,
    channels: c.channels,
    timeZone: c.timeZone,
    windows: c.windows,
  });

  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <div className="space-y-4 lg:col-span-3">
        {!editable && (
          <Alert tone="info">
            This campaign is {status.toLowerCase()}; its escalation contacts are read-only until it is back in draft.
          </Alert>
        )}
        {contacts.length > 0 &&
          (onDuty.length > 0 ? (
            <Alert tone="success">
              On duty now: <strong>{onDuty.map((c) => c.name).join(", ")}</strong>. Escalations go to the first on-duty
              contact in this order.
            </Alert>
          ) : (
            <Alert tone="info">Nobody is on duty right now.</Alert>
          ))}
        <Card
          title="Escalation contacts"
          actions={<span className="text-sm text-zinc-500">{contacts.length} in order of escalation</span>}
        >
          {(reorder.error || remove.error) && <Alert>{errorMessage(reorder.error ?? remove.error)}</Alert>}
          {contacts.length === 0 ? (
            <EmptyState title="No escalation contacts yet">
              Add the people agents can hand a call to, with when they are available.
            </EmptyState>
          ) : (
            <ol className="divide-y divide-zinc-100">
              {contacts.map((c, i) => (
                <li
                  key={c.id}
                  aria-current={editing === c.id ? "true" : undefined}
                  className="-mx-2 flex gap-4 rounded-md px-2 py-4 aria-[current=true]:bg-indigo-50/60"
                >
                  <span
                    className="flex size-7 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-sm font-semibold text-indigo-700"
                    aria-hidden
                  >
                    {i + 1}
                  </span>
                  <div className="min-w-0 flex-1 space-y-1.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <p className="font-medium">{c.name}</p>
                      <span className="text-sm text-zinc-500">{c.role}</span>
                      <OnDutyBadge onDuty={c.onDuty} until={c.onDutyUntil} />
                    </div>
                    <p className="text-sm text-zinc-700">
                      <a className="hover:underline" href={`tel:${c.phoneE164}`}>
                        {describeE164(c.phoneE164).international}
                      </a>
                      <span className="text-zinc-300"> · </span>
                      <a className="hover:underline" href={`mailto:${c.email}`}>
                        {c.email}
                      </a>
                    </p>
                    <p className="text-xs text-zinc-500">
                      Local time {c.localTime} {WEEKDAYS[c.localWeekday - 1]?.short} · {c.timeZone} ·{" "}
                      {c.channels.map((ch) => ESCALATION_CHANNEL_LABELS[ch]).join(", ")}
                    </p>
                    <ul className="flex flex-wrap gap-1.5">
                      {c.windows.map((w, wi) => (
                        <li key={wi} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700">
                          {formatDays(w.days)} {w.start}–{w.end}
                        </li>
                      ))}
                    </ul>
                  </div>
                  {editable && (
                    <div className="flex shrink-0 flex-col items-end gap-2">
                      <div className="flex gap-1">
                        <button
                          type="button"
                          className={orderButton}
                          disabled={i === 0}
                          aria-label={`Move ${c.name} up`}
                          onClick={() => move(c.id, "up")}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className={orderButton}
                          disabled={i === contacts.length - 1}
                          aria-label={`Move ${c.name} down`}
                          onClick={() => move(c.id, "down")}
                        >
                          ↓
                        </button>
                      </div>
                      <div className="flex gap-1">
                        <Button
                          variant="secondary"
                          className="px-2.5 py-1"
                          aria-label={`Edit ${c.name}`}
                          onClick={() => setEditing(c.id)}
                        >
                          Edit
                        </Button>
                        {confirmDelete === c.id ? (
                          <Button
                            variant="danger"
                            className="px-2.5 py-1"
                            loading={remove.isPending}
                            aria-label={`Confirm removing ${c.name}`}
                            onClick={() =>
                              remove.mutate(
                                { orgId, campaignId, contactId: c.id },
                                { onSettled: () => setConfirmDelete(null) },
                              )
                            }
                          >
                            Confirm
                          </Button>
                        ) : (
                          <Button
                            variant="danger"
                            className="px-2.5 py-1"
                            aria-label={`Remove ${c.name}`}
                            onClick={() => setConfirmDelete(c.id)}
                          >
                            Remove
                          </Button>
                        )}
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
      {editable && (
        <div className="lg:col-span-2">
          {editingContact ? (
            <Card title={`Edit ${editingContact.name}`}>
              <EscalationContactForm
                key={editingContact.id}
                title={`Edit ${editingContact.name}`}
                initial={toForm(editingContact)}
                submitLabel="Save contact"
                error={update.error}
                onCancel={() => setEditing(null)}
                onSubmit={async (contact) => {
                  await update.mutateAsync({ orgId, campaignId, contactId: editingContact.id, contact });
                  setEditing(null);
                }}
              />
            </Card>
          ) : (
            <Card title="Add an escalation contact">
              <EscalationContactForm
                key="new"
                title="Add an escalation contact"
                initial={emptyContact()}
                submitLabel="Add contact"
                error={create.error}
                onSubmit={(contact) => create.mutateAsync({ orgId, campaignId, contact })}
              />
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
