"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { settingsSectionInputSchema } from "@/server/shared/campaigns/campaign-settings";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";
import { useUnsavedChanges } from "../../../../../_components/unsaved-changes";

export interface SectionContext {
  orgId: string;
  campaignId: string;
  editable: boolean;
}

type SectionValues = z.input<typeof settingsSectionInputSchema>;

/**
 * One section's form: react-hook-form with the server's own zod schema, saved with
 * campaignSettings.update; the fresh settings go straight into the query cache.
 */
export function useSectionForm<T extends SectionValues>(
  ctx: SectionContext,
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<NoInfer<T>>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const form = useForm<T, unknown, T>({ resolver: zodResolver(schema), defaultValues });
  useUnsavedChanges(form.formState.isDirty);
  const save = useMutation(
    trpc.campaignSettings.update.mutationOptions({
      onSuccess: (view) => {
        queryClient.setQueryData(
          trpc.campaignSettings.get.queryKey({ orgId: ctx.orgId, campaignId: ctx.campaignId }),
          view,
        );
        setSavedAt(new Date());
      },
    }),
  );
  const submit = form.handleSubmit(async (values) => {
    await save.mutateAsync({ orgId: ctx.orgId, campaignId: ctx.campaignId, patch: values });
    form.reset(values);
  });
  const formProps = {
    editable: ctx.editable,
    onSubmit: (e: FormEvent<HTMLFormElement>) => void submit(e).catch(() => undefined),
    submitting: form.formState.isSubmitting,
    error: save.error,
    savedAt,
    dirty: form.formState.isDirty,
  };
  return { form, formProps };
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
  children: ReactNode;
} & ReturnType<typeof useSectionForm>["formProps"]) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-6 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200"
    >
      <header className="flex items-start justify-between gap-4 border-b border-zinc-100 px-5 py-3">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-zinc-500">{description}</p>}
        </div>
        <span
          className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${complete ? "bg-emerald-100 text-emerald-800" : "bg-zinc-100 text-zinc-600"}`}
        >
          {complete ? "Saved" : "Not saved yet"}
        </span>
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
                {dirty
                  ? "Unsaved changes"
                  : savedAt
                    ? `Saved at ${savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
                    : ""}
              </p>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}
