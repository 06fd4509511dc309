"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createCampaignSchema } from "@/server/shared/campaigns/create-campaign";
import { errorMessage } from "../../../../_lib/errors";
import { useTRPC } from "../../../../_lib/trpc";
import { Alert } from "../../../../_components/ui/alert";
import { Button } from "../../../../_components/ui/button";
import { Card } from "../../../../_components/ui/card";
import { TextAreaField, TextField } from "../../../../_components/ui/field";
import { useUnsavedChanges } from "../../../../_components/unsaved-changes";

export function NewCampaignForm({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<z.input<typeof createCampaignSchema>>({
    resolver: zodResolver(createCampaignSchema),
    defaultValues: { name: "", description: "" },
  });
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitSuccessful);
  const create = useMutation(
    trpc.campaign.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.campaign.list.queryKey() }),
    }),
  );

  const onSubmit = form.handleSubmit(async (values) => {
    const { id } = await create.mutateAsync({ orgId, ...values });
    // Straight into the new campaign's wizard, at its first step.
    router.push(`/portal/${orgId}/campaigns/${id}/settings`);
  });

  return (
    <Card title="New campaign draft">
      <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="max-w-xl space-y-4">
        {create.error && <Alert>{errorMessage(create.error)}</Alert>}
        <TextField
          label="Campaign name"
          placeholder="Spring renewal offers"
          error={form.formState.errors.name?.message}
          {...form.register("name")}
        />
        <TextAreaField
          label="Description"
          hint="What the campaign is for; agents see it too."
          error={form.formState.errors.description?.message}
          {...form.register("description")}
        />
        <div className="flex gap-3">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save draft
          </Button>
          <Button type="button" variant="secondary" onClick={() => router.back()}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
