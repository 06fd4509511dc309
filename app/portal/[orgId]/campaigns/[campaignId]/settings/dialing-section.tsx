"use client";
import { dialingSectionSchema, type CampaignSettings } from "@/server/shared/campaigns/campaign-settings";
import { DIAL_MODE_LABELS, DIAL_MODES } from "@/server/shared/campaigns/campaign-type";
import { formatBpsAsPercent } from "@/server/shared/percent";
import {
  DEFAULT_RETRY_POLICY,
  MAX_RETRY_DELAY_MINUTES,
  MIN_RETRY_DELAY_MINUTES,
  RETRY_OUTCOME_LABELS,
  RETRY_OUTCOMES,
} from "@/server/shared/campaigns/retry-policy";
import { TextField } from "../../../../../_components/ui/field";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

export function DialingSection({ ctx, settings }: { ctx: SectionContext; settings: CampaignSettings }) {
  const { form, formProps } = useSectionForm(ctx, dialingSectionSchema, {
    section: "dialing",
    dialMode: settings.dialMode ?? "PROGRESSIVE",
    abandonCapPercent: formatBpsAsPercent(settings.abandonCapBps),
    retryPolicy: settings.retryPolicy ?? DEFAULT_RETRY_POLICY,
    maxAttempts: settings.maxAttempts,
    callerId: settings.callerId ?? "",
  });
  const errors = form.formState.errors;
  const retry = form.watch("retryPolicy");
  return (
    <SectionForm
      id="dialing"
      title="Dialing"
      description="How calls are placed, retried and identified."
      complete={settings.complete.dialing}
      {...formProps}
    >
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Dial mode</legend>
        <div className="mt-2 grid gap-2 md:grid-cols-3">
          {DIAL_MODES.map((mode) => (
            <label
              key={mode}
              className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-zinc-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600"
            >
              <input type="radio" value={mode} className="mt-0.5 accent-indigo-600" {...form.register("dialMode")} />
              <span>
                <span className="block text-sm font-medium">{DIAL_MODE_LABELS[mode].label}</span>
                <span className="block text-xs text-zinc-600">{DIAL_MODE_LABELS[mode].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.dialMode && <p className="mt-1 text-sm text-red-600">{errors.dialMode.message}</p>}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Abandon cap (%)"
          inputMode="decimal"
          hint="At most 3.0 %, one decimal"
          error={errors.abandonCapPercent?.message}
          {...form.register("abandonCapPercent")}
        />
        <TextField
          label="Maximum attempts per contact"
          type="number"
          min={1}
          max={10}
          hint="1 to 10"
          error={errors.maxAttempts?.message}
          {...form.register("maxAttempts", { valueAsNumber: true })}
        />
        <TextField
          label="Caller ID"
          placeholder="+14155552671"
          inputMode="tel"
          hint="International format (E.164), a number you own"
          error={errors.callerId?.message}
          {...form.register("callerId")}
        />
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Retry policy</legend>
        <p className="text-xs text-zinc-500">
          Delay in minutes, {MIN_RETRY_DELAY_MINUTES} to {MAX_RETRY_DELAY_MINUTES} (one week).
        </p>
        <table className="mt-2 w-full max-w-2xl text-sm">
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-zinc-500">
              <th className="py-1 font-medium">Outcome</th>
              <th className="py-1 font-medium">Retry</th>
              <th className="py-1 font-medium">Delay (minutes)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {RETRY_OUTCOMES.map((o) => {
              const err = errors.retryPolicy?.[o]?.delayMinutes?.message;
              return (
                <tr key={o} className="align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    {RETRY_OUTCOME_LABELS[o]}
                  </th>
                  <td className="py-2 pr-4">
                    <input
                      type="checkbox"
                      aria-label={`Retry after ${RETRY_OUTCOME_LABELS[o].toLowerCase()}`}
                      className="size-4 accent-indigo-600"
                      {...form.register(`retryPolicy.${o}.retry`)}
                    />
                  </td>
                  <td className="py-2">
                    <input
                      type="number"
                      min={MIN_RETRY_DELAY_MINUTES}
                      max={MAX_RETRY_DELAY_MINUTES}
                      aria-label={`Delay after ${RETRY_OUTCOME_LABELS[o].toLowerCase()}, in minutes`}
                      aria-invalid={Boolean(err)}
                      // readOnly, not disabled: react-hook-form drops disabled inputs' values.
                      readOnly={!retry?.[o]?.retry}
                      className="w-32 rounded-md border-0 px-3 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-600 read-only:bg-zinc-50 read-only:text-zinc-400 aria-[invalid=true]:ring-red-500"
                      {...form.register(`retryPolicy.${o}.delayMinutes`, { valueAsNumber: true })}
                    />
                    {err && (
                      <p role="alert" className="mt-1 text-sm text-red-600">
                        {err}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
    </SectionForm>
  );
}
