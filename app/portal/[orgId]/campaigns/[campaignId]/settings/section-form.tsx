"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import type { settingsSectionInputSchema } from "@/server/domain/campaigns/campaign-settings";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";

export interface SectionContext {
  orgId: string;
  campaignId: string;
  editable: boolean;
}

/** Saves one section with campaignSettings.update and puts the fresh settings in the query cache. */
export function useSaveSection({ orgId, campaignId }: SectionContext) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const mutation = useMutation(
    trpc.campaignSettings.update.mutationOptions({
      onSuccess: (view) => {
        queryClient.setQueryData(trpc.campaignSettings.get.queryKey({ orgId, campaignId }), view);
        setSavedAt(new Date());
      },
    }),
  );
  return {
    save: (patch: z.input<typeof settingsSectionInputSchema>) => mutation.mutateAsync({ orgId, campaignId, patch }),
    error: mutation.error,
    savedAt,
    reset: () => setSavedAt(null),
  };
}

/** One wizard section: a card with its own form, Save button and saved/error status. */
export function SectionForm({
  id,
  title,
  description,
  complete,
  editable,
  onSubmit,
  submitting,
  error,
  savedAt,
  dirty,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  complete: boolean;
  editable: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  error: unknown;
  savedAt: Date | null;
  dirty: boolean;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
      <header className="flex items-start justify-between gap-4 border-b border-zinc-100 px-5 py-3">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-zinc-500">{description}</p>}
        </div>
        <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${complete ? "bg-emerald-100 text-emerald-800" : "bg-zinc-100 text-zinc-600"}`}>{complete ? "Saved" : "Not saved yet"}</span>
      </header>
      <form onSubmit={onSubmit} noValidate className="p-5">
        <fieldset disabled={!editable} className="space-y-4">
          {children}
          {Boolean(error) && <Alert>{errorMessage(error)}</Alert>}
          {editable && (
            <div className="flex items-center gap-3 border-t border-zinc-100 pt-4">
              <Button type="submit" loading={submitting}>
                Save {title.toLowerCase()}
              </Button>
              <p aria-live="polite" className="text-sm text-zinc-500">
                {dirty ? "Unsaved changes" : savedAt ? `Saved at ${savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}` : ""}
              </p>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}
