"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CURRENCIES, formatMinorAsMajor, formatMoney } from "@/server/shared/money";
import { saveRatePlanSchema } from "@/server/shared/pricing/rate-plan";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../_components/ui/card";
import { selectClass, TextField } from "../../_components/ui/field";

type FormValues = z.input<typeof saveRatePlanSchema>;

/** Operator pricing: the default plan and per-client overrides. Clients see their plan only through quotes. */
export function RatePlans() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const plans = useQuery(trpc.ratePlan.list.queryOptions());
  const onSettled = () => queryClient.invalidateQueries({ queryKey: trpc.ratePlan.pathKey() });
  const save = useMutation(trpc.ratePlan.save.mutationOptions({ onSettled }));
  const remove = useMutation(trpc.ratePlan.remove.mutationOptions({ onSettled }));
  const form = useForm<FormValues>({
    resolver: zodResolver(saveRatePlanSchema),
    defaultValues: { tenantId: null, name: "", currency: "EUR", agentHourRate: "", setupFee: "0.00" },
  });

  const edit = (p: {
    tenantId: string | null;
    name: string;
    currency: string;
    agentHourRateMinor: number;
    setupFeeMinor: number;
  }) =>
    form.reset({
      tenantId: p.tenantId,
      name: p.name,
      currency: p.currency as FormValues["currency"],
      agentHourRate: formatMinorAsMajor(p.agentHourRateMinor, p.currency),
      setupFee: formatMinorAsMajor(p.setupFeeMinor, p.currency),
    });

  const d = plans.data;
  const errors = form.formState.errors;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title="All rate plans">
          {plans.isPending && <Skeleton />}
          {plans.error && <Alert>{errorMessage(plans.error)}</Alert>}
          {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
          {d && (
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-zinc-500">
                <tr>
                  <th className="py-2 font-medium">Applies to</th>
                  <th className="py-2 font-medium">Plan</th>
                  <th className="py-2 text-right font-medium">Per agent hour</th>
                  <th className="py-2 text-right font-medium">Setup fee</th>
                  <th className="py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {d.defaultPlan ? (
                  <tr>
                    <td className="py-2 font-medium">Every client without its own plan</td>
                    <td className="py-2">{d.defaultPlan.name}</td>
                    <td className="py-2 text-right tabular-nums">
                      {formatMoney(d.defaultPlan.agentHourRateMinor, d.defaultPlan.currency)}
                    </td>
                    <td className="py-2 text-right tabular-nums">
                      {formatMoney(d.defaultPlan.setupFeeMinor, d.defaultPlan.currency)}
                    </td>
                    <td className="py-2 text-right">
                      <Button variant="secondary" onClick={() => edit(d.defaultPlan!)}>
                        Edit
                      </Button>
                    </td>
                  </tr>
                ) : (
                  <tr>
                    <td colSpan={5} className="py-2">
                      <Alert>No default plan: clients can't get quotes or submit until you create one.</Alert>
                    </td>
                  </tr>
                )}
                {d.overrides.map((p) => (
                  <tr key={p.id}>
                    <td className="py-2 font-medium">{p.tenantName}</td>
                    <td className="py-2">{p.name}</td>
                    <td className="py-2 text-right tabular-nums">{formatMoney(p.agentHourRateMinor, p.currency)}</td>
                    <td className="py-2 text-right tabular-nums">{formatMoney(p.setupFeeMinor, p.currency)}</td>
                    <td className="space-x-2 py-2 text-right">
                      <Button variant="secondary" onClick={() => edit(p)}>
                        Edit
                      </Button>
                      <Button
                        variant="danger"
                        loading={remove.isPending && remove.variables?.tenantId === p.tenantId}
                        onClick={() => remove.mutate({ tenantId: p.tenantId! })}
                      >
                        Remove
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d && d.overrides.length === 0 && (
            <div className="mt-4">
              <EmptyState title="No client-specific plans">Every client pays the default plan.</EmptyState>
            </div>
          )}
        </Card>
      </div>
      <Card title="Set a plan">
        <form
          onSubmit={(e) =>
            void form
              .handleSubmit((v) => save.mutateAsync(v))(e)
              .catch(() => undefined)
          }
          noValidate
          className="space-y-4"
        >
          {save.error && <Alert>{errorMessage(save.error)}</Alert>}
          {save.isSuccess && <Alert tone="success">Saved {save.data.name}.</Alert>}
          <div className="space-y-1">
            <label htmlFor="plan-tenant" className="block text-sm font-medium text-zinc-800">
              Applies to
            </label>
            <select
              id="plan-tenant"
              className={selectClass}
              {...form.register("tenantId", { setValueAs: (v: string | null) => (v ? v : null) })}
            >
              <option value="">Default plan (every client)</option>
              {d?.clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <TextField label="Plan name" error={errors.name?.message} {...form.register("name")} />
          <div className="space-y-1">
            <label htmlFor="plan-currency" className="block text-sm font-medium text-zinc-800">
              Currency
            </label>
            <select id="plan-currency" className={selectClass} {...form.register("currency")}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            {errors.currency && <p className="text-sm text-red-600">{errors.currency.message}</p>}
          </div>
          <TextField
            label="Rate per agent hour"
            inputMode="decimal"
            placeholder="32.00"
            error={errors.agentHourRate?.message}
            {...form.register("agentHourRate")}
          />
          <TextField
            label="Setup fee per campaign"
            inputMode="decimal"
            placeholder="0.00"
            error={errors.setupFee?.message}
            {...form.register("setupFee")}
          />
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save plan
          </Button>
          <p className="text-xs text-zinc-500">
            A change applies to quotes from now on; submitted quotes keep the price they were given.
          </p>
        </form>
      </Card>
    </div>
  );
}
