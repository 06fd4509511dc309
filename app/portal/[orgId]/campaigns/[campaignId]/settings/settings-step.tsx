"use client";
import { useQuery } from "@tanstack/react-query";
import { SETTINGS_SECTIONS, type SettingsSection } from "@/server/shared/campaigns/campaign-settings";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Skeleton } from "../../../../../_components/ui/card";
import { BasicsSection } from "./basics-section";
import { BudgetSection } from "./budget-section";
import { CallingWindowSection } from "./calling-window-section";
import { DialingSection } from "./dialing-section";
import { DispositionsSection } from "./dispositions-section";
import { ScheduleSection } from "./schedule-section";

const SECTION_LINKS: Record<SettingsSection, { label: string; anchor: string }> = {
  basics: { label: "Basics", anchor: "basics" },
  schedule: { label: "Schedule", anchor: "schedule" },
  callingWindow: { label: "Calling window", anchor: "calling-window" },
  dialing: { label: "Dialing", anchor: "dialing" },
  dispositions: { label: "Dispositions", anchor: "dispositions" },
  budget: { label: "Budget cap", anchor: "budget" },
};

export function SettingsStep({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.campaignSettings.get.queryOptions({ orgId, campaignId }, { retry: false }));
  if (query.isPending) return <Skeleton rows={6} />;
  if (query.error) return <Alert>{errorMessage(query.error)}</Alert>;
  const { settings, editable, status, today, organizationTimeZone } = query.data;
  const ctx = { orgId, campaignId, editable };
  const done = SETTINGS_SECTIONS.filter((s) => settings.complete[s]).length;
  return (
    <div className="space-y-6">
      <nav aria-label="Settings sections" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200">
        <div className="flex items-center justify-between text-sm">
          <p className="font-medium">
            Settings: {done} of {SETTINGS_SECTIONS.length} sections saved
          </p>
          <p className="text-zinc-500">Each section saves on its own; come back any time.</p>
        </div>
        <div
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-100"
          role="progressbar"
          aria-label="Settings saved"
          aria-valuemin={0}
          aria-valuemax={SETTINGS_SECTIONS.length}
          aria-valuenow={done}
        >
          <div
            className="h-full rounded-full bg-emerald-500 transition-all"
            style={{ width: `${(done / SETTINGS_SECTIONS.length) * 100}%` }}
          />
        </div>
        <ul className="mt-3 flex flex-wrap gap-2 text-sm">
          {SETTINGS_SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#${SECTION_LINKS[s].anchor}`}
                className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 ring-1 ${settings.complete[s] ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-white text-zinc-600 ring-zinc-200 hover:bg-zinc-50"}`}
              >
                <span aria-hidden>{settings.complete[s] ? "✓" : "○"}</span>
                {SECTION_LINKS[s].label}
                <span className="sr-only">{settings.complete[s] ? " (saved)" : " (not saved yet)"}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!editable && (
        <Alert tone="info">
          This campaign is {status.toLowerCase()}; its settings are read-only until it is back in draft.
        </Alert>
      )}
      {settings.invalidColumns.length > 0 && (
        <Alert>
          Some saved values no longer pass our checks ({settings.invalidColumns.join(", ")}); please save those sections
          again.
        </Alert>
      )}
      <BasicsSection ctx={ctx} settings={settings} />
      <ScheduleSection ctx={ctx} settings={settings} today={today} timeZone={organizationTimeZone} />
      <CallingWindowSection ctx={ctx} settings={settings} />
      <DialingSection ctx={ctx} settings={settings} />
      <DispositionsSection ctx={ctx} settings={settings} />
      <BudgetSection ctx={ctx} settings={settings} />
    </div>
  );
}
