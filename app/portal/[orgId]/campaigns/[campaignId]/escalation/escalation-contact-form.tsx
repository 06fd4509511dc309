"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { countryOptions } from "@/server/shared/country-names";
import { callingCodeOf, PHONE_COUNTRIES, type CountryCode } from "@/server/shared/phone";
import {
  ESCALATION_CHANNEL_LABELS,
  ESCALATION_CHANNELS,
  escalationContactInputSchema,
  MAX_AVAILABILITY_WINDOWS,
} from "@/server/shared/escalation/escalation-contact";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";
import { selectClass, TextField } from "../../../../../_components/ui/field";
import { useUnsavedChanges } from "../../../../../_components/unsaved-changes";
import { errorMessage } from "../../../../../_lib/errors";
import { DayPicker } from "../settings/day-picker";

export type ContactFormValues = z.input<typeof escalationContactInputSchema>;

function browserDefaults(): Pick<ContactFormValues, "phoneCountry" | "timeZone"> {
  const region = typeof navigator === "undefined" ? undefined : new Intl.Locale(navigator.language).maximize().region;
  const country = PHONE_COUNTRIES.find((c) => c === region) ?? "US";
  return { phoneCountry: country, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" };
}

export function emptyContact(): ContactFormValues {
  return {
    name: "",
    role: "",
    phone: "",
    email: "",
    channels: ["WARM_TRANSFER"],
    windows: [{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }],
    ...browserDefaults(),
  };
}

// Names from shipped data (server/shared/country-names), the same in every engine.
const COUNTRY_OPTIONS = countryOptions(PHONE_COUNTRIES).map((c) => ({
  code: c.code,
  label: `${c.name} (${callingCodeOf(c.code as CountryCode)})`,
}));

const TIME_ZONES = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

export function EscalationContactForm({
  title,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  error,
}: {
  title: string;
  initial: ContactFormValues;
  submitLabel: string;
  onSubmit: (values: ContactFormValues) => Promise<unknown>;
  onCancel?: () => void;
  error: unknown;
}) {
  const form = useForm<ContactFormValues>({
    resolver: zodResolver(escalationContactInputSchema),
    defaultValues: initial,
  });
  const windows = useFieldArray({ control: form.control, name: "windows" });
  useUnsavedChanges(form.formState.isDirty);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    await onSubmit(values);
    form.reset(emptyContact());
  });
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate className="space-y-4" aria-label={title}>
      {Boolean(error) && <Alert>{errorMessage(error)}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <TextField
          label="Role"
          placeholder="Shift supervisor"
          error={errors.role?.message}
          {...form.register("role")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="escalation-country" className="block text-sm font-medium text-zinc-800">
            Phone country
          </label>
          <select id="escalation-country" className={selectClass} {...form.register("phoneCountry")}>
            {COUNTRY_OPTIONS.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Phone"
          inputMode="tel"
          placeholder="030 1234567 or +49 30 1234567"
          hint="National format uses the country on the left; stored as E.164."
          error={errors.phone?.message}
          {...form.register("phone")}
        />
      </div>
      <TextField label="Email" type="email" error={errors.email?.message} {...form.register("email")} />
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Channels</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {ESCALATION_CHANNELS.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={c} className="size-4 accent-indigo-600" {...form.register("channels")} />
              {ESCALATION_CHANNEL_LABELS[c]}
            </label>
          ))}
        </div>
        {errors.channels && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {errors.channels.message ?? errors.channels.root?.message}
          </p>
        )}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="escalation-tz" className="block text-sm font-medium text-zinc-800">
          Time zone
        </label>
        <input
          id="escalation-tz"
          list="escalation-tz-list"
          autoComplete="off"
          aria-invalid={Boolean(errors.timeZone)}
          aria-describedby="escalation-tz-msg"
          className={selectClass}
          {...form.register("timeZone")}
        />
        <datalist id="escalation-tz-list">
          {TIME_ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p
          id="escalation-tz-msg"
          role={errors.timeZone ? "alert" : undefined}
          className={errors.timeZone ? "text-sm text-red-600" : "text-xs text-zinc-500"}
        >
          {errors.timeZone?.message ?? "IANA name, e.g. Europe/Berlin. Availability below is in this zone."}
        </p>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-zinc-800">Availability</legend>
        {windows.fields.map((field, i) => {
          const err = errors.windows?.[i];
          return (
            <div key={field.id} className="space-y-2 rounded-md p-3 ring-1 ring-zinc-200">
              <Controller
                control={form.control}
                name={`windows.${i}.days`}
                render={({ field: f }) => (
                  <DayPicker
                    label={`Window ${i + 1}: days`}
                    value={f.value ?? []}
                    onChange={f.onChange}
                    error={err?.days?.message}
                  />
                )}
              />
              <div className="flex items-start gap-3">
                <div className="w-32">
                  <TextField
                    label="From"
                    type="time"
                    error={err?.start?.message}
                    {...form.register(`windows.${i}.start`)}
                  />
                </div>
                <div className="w-32">
                  <TextField
                    label="Until"
                    type="time"
                    error={err?.end?.message}
                    {...form.register(`windows.${i}.end`)}
                  />
                </div>
                {windows.fields.length > 1 && (
                  <Button
                    type="button"
                    variant="danger"
                    className="mt-6 px-3"
                    aria-label={`Remove window ${i + 1}`}
                    onClick={() => windows.remove(i)}
                  >
                    Remove
                  </Button>
                )}
              </div>
            </div>
          );
        })}
        {errors.windows?.root?.message && <p className="text-sm text-red-600">{errors.windows.root.message}</p>}
        <Button
          type="button"
          variant="secondary"
          disabled={windows.fields.length >= MAX_AVAILABILITY_WINDOWS}
          onClick={() => windows.append({ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" })}
        >
          Add window
        </Button>
      </fieldset>
      <div className="flex gap-3 border-t border-zinc-100 pt-4">
        <Button type="submit" loading={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
