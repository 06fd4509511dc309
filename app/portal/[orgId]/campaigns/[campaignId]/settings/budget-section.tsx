"use client";
import { budgetSectionSchema, type CampaignSettings } from "@/server/shared/campaigns/campaign-settings";
import { CURRENCIES, formatMinorAsMajor, formatMoney, minorUnitDigits, parseMajorToMinor } from "@/server/shared/money";
import { selectClass, TextField } from "../../../../../_components/ui/field";
import { SectionForm, useSectionForm, type SectionContext } from "./section-form";

export function BudgetSection({ ctx, settings }: { ctx: SectionContext; settings: CampaignSettings }) {
  const { form, formProps } = useSectionForm(ctx, budgetSectionSchema, {
    section: "budget",
    budgetCap: settings.budgetCapMinor === null ? "" : formatMinorAsMajor(settings.budgetCapMinor, settings.currency),
    currency: settings.currency,
  });
  const errors = form.formState.errors;
  const [amount, currency] = form.watch(["budgetCap", "currency"]);
  const minor = parseMajorToMinor(amount ?? "", currency);
  const digits = minorUnitDigits(currency);
  return (
    <SectionForm
      id="budget"
      title="Budget cap"
      description="The campaign stops before spending more than this."
      complete={settings.complete.budget}
      {...formProps}
    >
      <div className="flex max-w-md items-start gap-3">
        <div className="flex-1">
          <TextField
            label="Amount"
            inputMode="decimal"
            placeholder="5000.00"
            hint={
              minor !== null && minor > 0
                ? formatMoney(minor, currency)
                : digits === 0
                  ? "No decimals"
                  : `Up to ${digits} decimals`
            }
            error={errors.budgetCap?.message}
            {...form.register("budgetCap")}
          />
        </div>
        <div className="w-28 space-y-1">
          <label htmlFor="budget-currency" className="block text-sm font-medium text-zinc-800">
            Currency
          </label>
          <select id="budget-currency" className={selectClass} {...form.register("currency")}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          {errors.currency && <p className="text-sm text-red-600">{errors.currency.message}</p>}
        </div>
      </div>
    </SectionForm>
  );
}
