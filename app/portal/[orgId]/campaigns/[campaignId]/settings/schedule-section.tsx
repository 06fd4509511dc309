"use client";
import { useMemo } from "react";
import {
  daysBetween,
  makeScheduleSectionSchema,
  MAX_SCHEDULE_DAYS,
  type CampaignSettings,
} from "@/server/shared/campaigns/campaign-settings";
import { TextField } from "../../../../../_components/ui/field";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

export function ScheduleSection({
  ctx,
  settings,
  today,
  timeZone,
}: {
  ctx: SectionContext;
  settings: CampaignSettings;
  today: string;
  timeZone: string;
}) {
  // The same rules as the server, with "today" in the organization's zone as the server sees it.
  const schema = useMemo(() => makeScheduleSectionSchema(today), [today]);
  const { form, formProps } = useSectionForm(ctx, schema, {
    section: "schedule",
    startDate: settings.startDate ?? "",
    endDate: settings.endDate ?? "",
  });
  const errors = form.formState.errors;
  const [start, end] = form.watch(["startDate", "endDate"]);
  const span = start && end && end >= start ? daysBetween(start, end) + 1 : null;
  return (
    <SectionForm
      id="schedule"
      title="Schedule"
      description="Calendar dates, inclusive. Each contact is called on these dates in their own time zone."
      complete={settings.complete.schedule}
      {...formProps}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:max-w-xl">
        <TextField
          label="Start date"
          type="date"
          min={today}
          hint={`Today is ${today} (${timeZone})`}
          error={errors.startDate?.message}
          {...form.register("startDate")}
        />
        <TextField
          label="End date"
          type="date"
          min={start || today}
          hint={span ? `${span} day${span === 1 ? "" : "s"}` : `At most ${MAX_SCHEDULE_DAYS} days`}
          error={errors.endDate?.message}
          {...form.register("endDate")}
        />
      </div>
    </SectionForm>
  );
}
