import Link from "next/link";
import type { PreflightCheck } from "@/server/shared/submission/preflight-result";

const LEVELS: Record<PreflightCheck["level"], { icon: string; tone: string; label: string }> = {
  error: { icon: "✕", tone: "bg-red-100 text-red-700", label: "Blocks submission" },
  warning: { icon: "!", tone: "bg-amber-100 text-amber-800", label: "Warning" },
  info: { icon: "i", tone: "bg-sky-100 text-sky-800", label: "Note" },
  ok: { icon: "✓", tone: "bg-emerald-100 text-emerald-700", label: "Done" },
};
const ORDER: PreflightCheck["level"][] = ["error", "warning", "info", "ok"];
const STEP_LABELS: Record<PreflightCheck["step"], string> = {
  settings: "Settings",
  contacts: "Contacts",
  script: "Script",
  escalation: "Escalation",
  review: "Quote",
};

/** The pre-flight as a checklist: blocking errors first, each with a link to the step that fixes it. */
export function PreflightChecklist({
  checks,
  base,
  editable,
}: {
  checks: PreflightCheck[];
  base?: string;
  editable: boolean;
}) {
  const sorted = [...checks].sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level));
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Pre-flight checks">
      {sorted.map((c) => {
        const level = LEVELS[c.level];
        return (
          <li key={c.id} className="flex items-start gap-3 py-2.5" data-level={c.level}>
            <span
              className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${level.tone}`}
              aria-hidden
            >
              {level.icon}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-sm text-zinc-900">
                <span className="sr-only">{level.label}: </span>
                {c.title}
              </p>
              {c.detail && <p className="text-xs text-zinc-500">{c.detail}</p>}
            </div>
            {base && editable && c.level !== "ok" && c.step !== "review" && (
              <Link href={`${base}/${c.step}`} className="shrink-0 text-xs font-medium text-indigo-700 hover:underline">
                Open {STEP_LABELS[c.step]}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
