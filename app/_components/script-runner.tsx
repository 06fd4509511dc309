"use client";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import {
  nextStep,
  renderSegments,
  stepRef,
  type ContactValues,
  type ScriptAnswer,
  type ScriptGraph,
  type ScriptStep,
} from "@/server/shared/scripts/script-graph";
import { Button } from "./ui/button";
import { selectClass } from "./ui/field";

export interface ScriptRunResult {
  /** Step ids in the order they were shown. */
  path: string[];
  answers: Record<string, ScriptAnswer>;
  dispositionCode: string;
}

interface ScriptRunnerProps {
  graph: ScriptGraph;
  contact: ContactValues;
  /** Labels for disposition codes, when the campaign has them. */
  dispositions?: readonly { code: string; label: string }[];
  /** Shown on escalate steps, e.g. who is on duty now (the agent workspace passes it). */
  escalation?: ReactNode;
  /** Called when the agent confirms an end step; the preview leaves it out. */
  onComplete?: (result: ScriptRunResult) => void;
}

const KIND_LABEL: Record<ScriptStep["kind"], string> = {
  say: "Say",
  question: "Ask",
  escalate: "Escalate",
  end: "End of call",
};
const KIND_STYLE: Record<ScriptStep["kind"], string> = {
  say: "bg-sky-100 text-sky-800",
  question: "bg-violet-100 text-violet-800",
  escalate: "bg-amber-100 text-amber-800",
  end: "bg-emerald-100 text-emerald-800",
};

/**
 * Runs a script the way an agent sees it: one step at a time, placeholders filled from the
 * contact, answers checked, branches followed. Enter continues; number keys pick choices.
 */
export function ScriptRunner({ graph, contact, dispositions, escalation, onComplete }: ScriptRunnerProps) {
  const [path, setPath] = useState<string[]>([graph.startStepId]);
  const [answers, setAnswers] = useState<Record<string, ScriptAnswer>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  // Focus follows the run only after the person acts in it; loading a page must not steal focus.
  const focusNext = useRef(false);
  const fieldId = useId();

  // Edits in the builder may remove steps the preview went through; start over rather than show a ghost.
  const stepIds = useMemo(() => new Set(graph.steps.map((s) => s.id)), [graph]);
  const valid = path.every((id) => stepIds.has(id)) && path[0] === graph.startStepId;
  const currentPath = valid ? path : [graph.startStepId];
  const stepId = currentPath[currentPath.length - 1]!;
  const step = graph.steps.find((s) => s.id === stepId);
  const answer = answers[stepId] ?? (step?.kind === "question" && step.answerType === "MULTI_CHOICE" ? [] : null);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    containerRef.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [stepId, done]);

  const restart = () => {
    focusNext.current = true;
    setPath([graph.startStepId]);
    setAnswers({});
    setProblem(null);
    setDone(false);
  };
  const back = () => {
    focusNext.current = true;
    setPath(currentPath.slice(0, -1));
    setProblem(null);
    setDone(false);
  };
  const setAnswer = (value: ScriptAnswer) => {
    setAnswers((a) => ({ ...a, [stepId]: value }));
    setProblem(null);
  };
  const advance = () => {
    if (!step || done) return;
    focusNext.current = true;
    const result = nextStep(graph, stepId, answer);
    if (result.kind === "invalid") return setProblem(result.message);
    if (result.kind === "end") {
      setDone(true);
      onComplete?.({ path: currentPath, answers, dispositionCode: result.dispositionCode });
      return;
    }
    setPath([...currentPath, result.stepId]);
    setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const typing =
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && !["radio", "checkbox"].includes(target.type)) ||
      target instanceof HTMLSelectElement;
    if (
      event.key === "Enter" &&
      !(target instanceof HTMLButtonElement) &&
      !(target instanceof HTMLTextAreaElement && event.shiftKey)
    ) {
      event.preventDefault();
      advance();
      return;
    }
    if (
      !typing &&
      step?.kind === "question" &&
      /^[1-9]$/.test(event.key) &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      const option = step.options[Number(event.key) - 1];
      if (!option) return;
      event.preventDefault();
      containerRef.current?.querySelectorAll<HTMLInputElement>("fieldset input")[Number(event.key) - 1]?.focus();
      if (step.answerType === "MULTI_CHOICE") {
        const picked = Array.isArray(answer) ? answer : [];
        setAnswer(picked.includes(option.value) ? picked.filter((v) => v !== option.value) : [...picked, option.value]);
      } else if (step.answerType === "SINGLE_CHOICE") {
        setAnswer(option.value);
      }
    }
  };

  if (!step) return <p className="text-sm text-red-700">The script has no start step. Choose one in the builder.</p>;
  const dispositionLabel = (code: string) => dispositions?.find((d) => d.code === code)?.label ?? code;

  return (
    // Keyboard shortcuts bubble up from the focused input or button inside; the wrapper itself is not a control.
    <div ref={containerRef} onKeyDown={onKeyDown} role="presentation" className="space-y-4">
      <ol aria-label="Steps so far" className="flex flex-wrap gap-1 text-xs text-zinc-500">
        {currentPath.map((id, i) => (
          <li key={`${id}-${i}`} className={i === currentPath.length - 1 ? "font-semibold text-zinc-800" : undefined}>
            {i > 0 && <span aria-hidden>→ </span>}
            {stepRef(graph, id).replace(/^Step '(.*)'$/, "$1")}
          </li>
        ))}
      </ol>

      <section
        aria-live="polite"
        aria-labelledby={`${fieldId}-title`}
        className="space-y-3 rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200"
      >
        <header className="flex items-center gap-2">
          <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${KIND_STYLE[step.kind]}`}>
            {KIND_LABEL[step.kind]}
          </span>
          <h3 id={`${fieldId}-title`} className="text-sm font-semibold text-zinc-800">
            {step.title || stepRef(graph, step.id)}
          </h3>
        </header>
        {step.text && (
          <p className="whitespace-pre-wrap text-base leading-relaxed text-zinc-900">
            <RenderedText text={step.text} contact={contact} />
          </p>
        )}

        {step.kind === "question" && (
          <AnswerInput
            key={step.id}
            step={step}
            answer={answer}
            onChange={setAnswer}
            contact={contact}
            id={`${fieldId}-answer`}
            problem={problem}
          />
        )}

        {step.kind === "escalate" && (
          <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            <p className="font-medium">Hand the call to the campaign&apos;s escalation contacts.</p>
            {escalation}
          </div>
        )}

        {step.kind === "end" && (
          <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
            Call ends with disposition{" "}
            <strong>{step.dispositionCode ? dispositionLabel(step.dispositionCode) : "— none set —"}</strong>
            {step.dispositionCode && dispositionLabel(step.dispositionCode) !== step.dispositionCode && (
              <span className="font-mono text-xs"> ({step.dispositionCode})</span>
            )}
          </p>
        )}

        {problem && step.kind !== "question" && (
          <p role="alert" className="text-sm text-red-700">
            {problem}
          </p>
        )}
      </section>

      <div className="flex flex-wrap items-center gap-2">
        {step.kind !== "end" ? (
          <Button type="button" onClick={advance} data-autofocus={step.kind === "question" ? undefined : true}>
            Continue <span className="text-xs font-normal opacity-75">↵</span>
          </Button>
        ) : onComplete ? (
          <Button type="button" onClick={advance} disabled={done} data-autofocus>
            {done ? "Call wrapped up" : "Finish call"}
          </Button>
        ) : null}
        <Button type="button" variant="secondary" onClick={back} disabled={currentPath.length < 2}>
          Back
        </Button>
        <Button type="button" variant="secondary" onClick={restart} disabled={currentPath.length < 2 && !done}>
          Restart
        </Button>
      </div>
      {step.kind === "question" && (step.answerType === "SINGLE_CHOICE" || step.answerType === "MULTI_CHOICE") && (
        <p className="text-xs text-zinc-500">
          Keys 1–{Math.min(step.options.length, 9)} pick an answer, Enter continues.
        </p>
      )}
    </div>
  );
}

/** Plain text with filled values marked and missing ones flagged red (never rendered as HTML). */
function RenderedText({ text, contact }: { text: string; contact: ContactValues }) {
  return (
    <>
      {renderSegments(text, contact).map((segment, i) =>
        segment.kind === "text" ? (
          <span key={i}>{segment.text}</span>
        ) : segment.kind === "value" ? (
          <mark key={i} title={`contact.${segment.field}`} className="rounded bg-indigo-50 px-0.5 text-indigo-900">
            {segment.text}
          </mark>
        ) : (
          <mark key={i} className="rounded bg-red-100 px-0.5 font-medium text-red-800">
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

function AnswerInput({
  step,
  answer,
  onChange,
  contact,
  id,
  problem,
}: {
  step: Extract<ScriptStep, { kind: "question" }>;
  answer: ScriptAnswer;
  onChange: (value: ScriptAnswer) => void;
  contact: ContactValues;
  id: string;
  problem: string | null;
}) {
  const describedBy = problem ? `${id}-problem` : undefined;
  const error = problem && (
    <p id={`${id}-problem`} role="alert" className="text-sm text-red-700">
      {problem}
    </p>
  );
  if (step.answerType === "SINGLE_CHOICE" || step.answerType === "MULTI_CHOICE") {
    const multi = step.answerType === "MULTI_CHOICE";
    const picked = Array.isArray(answer) ? answer : answer ? [answer] : [];
    return (
      <fieldset className="space-y-1" aria-describedby={describedBy}>
        <legend className="mb-1 text-xs font-medium text-zinc-600">
          {multi ? "Pick all that apply" : "Pick one"}
          {!step.required && " (optional)"}
        </legend>
        {step.options.map((option, i) => {
          const checked = picked.includes(option.value);
          return (
            <label
              key={`${option.value}-${i}`}
              className={`flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm ring-1 ${checked ? "bg-indigo-50 ring-indigo-400" : "bg-white ring-zinc-200 hover:bg-zinc-50"}`}
            >
              <input
                type={multi ? "checkbox" : "radio"}
                name={id}
                value={option.value}
                checked={checked}
                data-autofocus={i === 0 ? true : undefined}
                onChange={() =>
                  onChange(
                    multi
                      ? checked
                        ? picked.filter((v) => v !== option.value)
                        : [...picked, option.value]
                      : option.value,
                  )
                }
                className="accent-indigo-600"
              />
              {i < 9 && <kbd className="rounded bg-zinc-100 px-1.5 font-mono text-xs text-zinc-600">{i + 1}</kbd>}
              <span>
                <RenderedText text={option.label} contact={contact} />
              </span>
            </label>
          );
        })}
        {error}
      </fieldset>
    );
  }
  const value = typeof answer === "string" ? answer : "";
  const hint =
    step.answerType === "NUMBER" && (step.min !== undefined || step.max !== undefined)
      ? ` (${step.min ?? "…"} to ${step.max ?? "…"})`
      : "";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-zinc-600">
        {{ FREE_TEXT: "Answer", NUMBER: "Number", DATE: "Date" }[step.answerType]}
        {hint}
        {!step.required && " (optional)"}
      </label>
      <input
        id={id}
        data-autofocus
        type={step.answerType === "NUMBER" ? "number" : step.answerType === "DATE" ? "date" : "text"}
        min={step.min}
        max={step.max}
        value={value}
        maxLength={2000}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(problem)}
        aria-describedby={describedBy}
        className={selectClass}
      />
      {error}
    </div>
  );
}
