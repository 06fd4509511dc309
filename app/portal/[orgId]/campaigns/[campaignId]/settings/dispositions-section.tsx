"use client";
import { useEffect, type FocusEvent } from "react";
import { useFieldArray } from "react-hook-form";
import { dispositionsSectionSchema, type CampaignSettings } from "@/server/shared/campaigns/campaign-settings";
import { CAMPAIGN_TYPE_LABELS } from "@/server/shared/campaigns/campaign-type";
import {
  defaultDispositions,
  DISPOSITION_CATEGORIES,
  DISPOSITION_CATEGORY_LABELS,
  MAX_DISPOSITIONS,
} from "@/server/shared/campaigns/dispositions";
import { Button } from "../../../../../_components/ui/button";
import { selectClass } from "../../../../../_components/ui/field";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

const toCode = (v: string) =>
  v
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");

const cellInput =
  "block w-full rounded-md border-0 px-2.5 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";
const iconButton =
  "rounded px-2 py-1 text-zinc-600 ring-1 ring-zinc-200 hover:bg-zinc-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 disabled:opacity-30";

export function DispositionsSection({ ctx, settings }: { ctx: SectionContext; settings: CampaignSettings }) {
  const { form, formProps } = useSectionForm(ctx, dispositionsSectionSchema, {
    section: "dispositions",
    dispositions: settings.dispositions ?? defaultDispositions(settings.type),
  });
  const list = useFieldArray({ control: form.control, name: "dispositions" });
  // Until dispositions are saved, the defaults follow the campaign type (unless the client edited them).
  const defaultsFor = settings.dispositions ? null : settings.type;
  const { reset, formState } = form;
  useEffect(() => {
    if (defaultsFor && !formState.isDirty)
      reset({ section: "dispositions", dispositions: defaultDispositions(defaultsFor) });
  }, [defaultsFor, reset, formState.isDirty]);
  const errors = form.formState.errors.dispositions;
  const listError = errors?.root?.message ?? errors?.message;
  const typeLabel = CAMPAIGN_TYPE_LABELS[settings.type ?? "OUTBOUND_SALES"].label.toLowerCase();
  return (
    <SectionForm
      id="dispositions"
      title="Dispositions"
      description="How agents close each call. You need at least one Success and one Do not call outcome."
      complete={settings.complete.dispositions}
      {...formProps}
    >
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[640px] text-sm">
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-zinc-500">
              <th className="w-10 py-1 font-medium">#</th>
              <th className="py-1 pr-2 font-medium">Code</th>
              <th className="py-1 pr-2 font-medium">Label</th>
              <th className="py-1 pr-2 font-medium">Category</th>
              <th className="py-1 pr-2 font-medium">Billable</th>
              <th className="py-1 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.fields.map((field, i) => {
              const row = errors?.[i];
              const name = form.watch(`dispositions.${i}.code`) || `row ${i + 1}`;
              return (
                <tr key={field.id} className="align-top">
                  <td className="py-1.5 text-zinc-400">{i + 1}</td>
                  <td className="py-1.5 pr-2">
                    <input
                      aria-label={`Code, row ${i + 1}`}
                      aria-invalid={Boolean(row?.code)}
                      className={`${cellInput} font-mono`}
                      {...form.register(`dispositions.${i}.code`, {
                        // "not interested" → "NOT_INTERESTED": the code rule is strict, typing needn't be.
                        onBlur: (e: FocusEvent<HTMLInputElement>) =>
                          form.setValue(`dispositions.${i}.code`, toCode(e.target.value), {
                            shouldValidate: form.formState.isSubmitted,
                          }),
                      })}
                    />
                    {row?.code && <p className="mt-1 text-xs text-red-600">{row.code.message}</p>}
                  </td>
                  <td className="py-1.5 pr-2">
                    <input
                      aria-label={`Label, row ${i + 1}`}
                      aria-invalid={Boolean(row?.label)}
                      className={cellInput}
                      {...form.register(`dispositions.${i}.label`)}
                    />
                    {row?.label && <p className="mt-1 text-xs text-red-600">{row.label.message}</p>}
                  </td>
                  <td className="py-1.5 pr-2">
                    <select
                      aria-label={`Category, row ${i + 1}`}
                      className={`${selectClass} py-1.5`}
                      {...form.register(`dispositions.${i}.category`)}
                    >
                      {DISPOSITION_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {DISPOSITION_CATEGORY_LABELS[c]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="py-1.5 pr-2 pt-3">
                    <input
                      type="checkbox"
                      aria-label={`Billable, row ${i + 1}`}
                      className="size-4 accent-indigo-600"
                      {...form.register(`dispositions.${i}.billable`)}
                    />
                  </td>
                  <td className="whitespace-nowrap py-1.5">
                    <div className="flex gap-1">
                      <button
                        type="button"
                        className={iconButton}
                        aria-label={`Move ${name} up`}
                        disabled={i === 0}
                        onClick={() => list.move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className={iconButton}
                        aria-label={`Move ${name} down`}
                        disabled={i === list.fields.length - 1}
                        onClick={() => list.move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className={`${iconButton} text-red-700`}
                        aria-label={`Remove ${name}`}
                        onClick={() => list.remove(i)}
                      >
                        ✕
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {listError && (
        <p role="alert" className="text-sm text-red-600">
          {listError}
        </p>
      )}
      {ctx.editable && (
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            disabled={list.fields.length >= MAX_DISPOSITIONS}
            onClick={() => list.append({ code: "", label: "", category: "CONTACT", billable: false })}
          >
            Add disposition
          </Button>
          <Button type="button" variant="secondary" onClick={() => list.replace(defaultDispositions(settings.type))}>
            Reset to defaults for {typeLabel}
          </Button>
        </div>
      )}
    </SectionForm>
  );
}
