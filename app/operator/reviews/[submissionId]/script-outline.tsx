import type { ScriptGraph } from "@/server/shared/scripts/script-graph";

const KIND_LABELS = { say: "Say", question: "Ask", escalate: "Escalate", end: "End" } as const;

/** The script as a reviewer reads it: every step in order, with where each answer leads. */
export function ScriptOutline({ graph }: { graph: ScriptGraph }) {
  const title = (id: string | undefined) => (id ? graph.steps.find((s) => s.id === id)?.title || id : null);
  return (
    <ol className="space-y-3 text-sm">
      {graph.steps.map((step, i) => (
        <li key={step.id} className="rounded-md border border-zinc-200 p-3">
          <p className="text-xs font-semibold uppercase tracking-wide text-zinc-500">
            {i + 1}. {KIND_LABELS[step.kind]} · {step.title || step.id}
            {step.id === graph.startStepId && (
              <span className="ml-2 rounded bg-indigo-100 px-1 text-indigo-700">start</span>
            )}
          </p>
          {step.text && <p className="mt-1 whitespace-pre-wrap">{step.text}</p>}
          {step.kind === "question" && (
            <ul className="mt-1 list-inside list-disc text-zinc-600">
              {step.options.map((o) => (
                <li key={o.value}>
                  {o.label}
                  {o.next && <span className="text-zinc-500"> → {title(o.next)}</span>}
                </li>
              ))}
              {step.options.length === 0 && <li>{step.answerType.toLowerCase().replaceAll("_", " ")} answer</li>}
            </ul>
          )}
          {step.kind === "end" && (
            <p className="mt-1 text-xs text-zinc-500">Disposition: {step.dispositionCode || "—"}</p>
          )}
          {step.kind !== "end" && step.next && <p className="mt-1 text-xs text-zinc-500">Then → {title(step.next)}</p>}
        </li>
      ))}
    </ol>
  );
}
