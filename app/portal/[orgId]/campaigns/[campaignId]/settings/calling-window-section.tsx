"use client";
import { Controller } from "react-hook-form";
import { callingWindowSchema, DEFAULT_CALLING_WINDOW } from "@/server/shared/campaigns/calling-window";
import { callingWindowSectionSchema, type CampaignSettings } from "@/server/shared/campaigns/campaign-settings";
import { BASE_CALLING_LIMIT, regionalImpacts } from "@/server/shared/campaigns/legal-calling-rules";
import { TextField } from "../../../../../_components/ui/field";
import { DayPicker } from "./day-picker";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

export function CallingWindowSection({ ctx, settings }: { ctx: SectionContext; settings: CampaignSettings }) {
  const { form, formProps } = useSectionForm(ctx, callingWindowSectionSchema, {
    section: "callingWindow",
    callingWindow: settings.callingWindow ?? DEFAULT_CALLING_WINDOW,
  });
  const errors = form.formState.errors.callingWindow;
  const window = form.watch("callingWindow");
  // Regional cuts only make sense for a window that passes the base limit.
  const valid = callingWindowSchema.safeParse(window).success;
  const impacts = valid ? regionalImpacts(window, { maxAttempts: settings.maxAttempts }) : [];
  // Many regions cut the same hours; one line per distinct cut keeps the list readable.
  const byCut = new Map<string, string[]>();
  for (const i of impacts)
    if (i.cuts.length > 0) byCut.set(i.cuts.join("; "), [...(byCut.get(i.cuts.join("; ")) ?? []), i.jurisdiction]);
  const withNotes = impacts.filter((i) => i.notes.length > 0);
  return (
    <SectionForm
      id="calling-window"
      title="Calling window"
      description="When contacts may be called, in each contact's own local time."
      complete={settings.complete.callingWindow}
      {...formProps}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          <Controller
            control={form.control}
            name="callingWindow.days"
            render={({ field }) => (
              <DayPicker
                label="Days"
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors?.days?.message}
                disabled={!ctx.editable}
              />
            )}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="From"
              type="time"
              step={60}
              error={errors?.start?.message}
              {...form.register("callingWindow.start")}
            />
            <TextField
              label="Until"
              type="time"
              step={60}
              error={errors?.end?.message}
              {...form.register("callingWindow.end")}
            />
          </div>
          <p className="text-xs text-zinc-500">
            Base limit: {BASE_CALLING_LIMIT.start}–{BASE_CALLING_LIMIT.end} local time ({BASE_CALLING_LIMIT.label}). A
            window outside it can't be saved.
          </p>
        </div>
        <div className="space-y-3 rounded-md bg-zinc-50 p-4 ring-1 ring-zinc-200" aria-live="polite">
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">Stricter regional rules</h3>
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">
              Guidance, not legal advice
            </span>
          </div>
          {!valid && <p className="text-sm text-zinc-500">Fix the window to see which regional rules cut it.</p>}
          {valid && byCut.size === 0 && (
            <p className="text-sm text-emerald-700">No regional rule in our table cuts this window.</p>
          )}
          {byCut.size > 0 && (
            <>
              <p className="text-sm text-zinc-600">
                For contacts in these places the dialer calls inside a shorter window. Not called:
              </p>
              <ul className="space-y-2">
                {[...byCut].map(([cut, places]) => (
                  <li key={cut} className="rounded-md bg-white px-3 py-2 text-sm ring-1 ring-amber-200">
                    <p className="font-medium text-amber-900">
                      <span aria-hidden>⚠ </span>
                      {cut}
                    </p>
                    <p className="text-xs text-zinc-600">{places.join(", ")}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {withNotes.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer text-zinc-600">
                Other rules the dialer applies, and sources ({withNotes.length})
              </summary>
              <ul className="mt-2 space-y-1.5">
                {impacts.map((i) => (
                  <li key={i.ruleId} className="text-xs text-zinc-600">
                    <span className="font-medium text-zinc-800">{i.jurisdiction}:</span> {i.notes.join(" ")}{" "}
                    <span className="text-zinc-400">{i.source}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </SectionForm>
  );
}
