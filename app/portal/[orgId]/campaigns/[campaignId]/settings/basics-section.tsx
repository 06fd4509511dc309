"use client";
import { basicsSectionSchema, type CampaignSettings } from "@/server/shared/campaigns/campaign-settings";
import { CAMPAIGN_TYPE_LABELS, CAMPAIGN_TYPES } from "@/server/shared/campaigns/campaign-type";
import { TextAreaField, TextField } from "../../../../../_components/ui/field";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

export function BasicsSection({ ctx, settings }: { ctx: SectionContext; settings: CampaignSettings }) {
  // An unchecked radio group reads as null; the same default keeps the form from starting "dirty".
  const { form, formProps } = useSectionForm(ctx, basicsSectionSchema, {
    section: "basics",
    type: settings.type ?? (null as unknown as undefined),
    name: settings.name,
    description: settings.description,
  });
  const errors = form.formState.errors;
  return (
    <SectionForm
      id="basics"
      title="Basics"
      description="What kind of campaign this is."
      complete={settings.complete.basics}
      {...formProps}
    >
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Campaign type</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {CAMPAIGN_TYPES.map((type) => (
            <label
              key={type}
              className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-zinc-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600"
            >
              <input type="radio" value={type} className="mt-0.5 accent-indigo-600" {...form.register("type")} />
              <span>
                <span className="block text-sm font-medium">{CAMPAIGN_TYPE_LABELS[type].label}</span>
                <span className="block text-xs text-zinc-600">{CAMPAIGN_TYPE_LABELS[type].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.type && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {errors.type.message}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 lg:grid-cols-2">
        <TextField label="Campaign name" error={errors.name?.message} {...form.register("name")} />
        <TextAreaField
          label="Description"
          rows={2}
          hint="What the campaign is for; agents see it too."
          error={errors.description?.message}
          {...form.register("description")}
        />
      </div>
    </SectionForm>
  );
}
