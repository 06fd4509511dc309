"use client";
import { useRef, useState } from "react";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { ANSWER_TYPES, type ScriptIssue, type StepKind } from "@/server/shared/scripts/script-graph";
import { Button } from "../../../../../_components/ui/button";
import { selectClass } from "../../../../../_components/ui/field";
import { valueFromLabel, type ScriptForm } from "./script-form-model";

export interface StepChoice {
  id: string;
  label: string;
}

const KIND_META: Record<StepKind, { label: string; badge: string; text: string; ring: string }> = {
  say: { label: "Say", badge: "bg-sky-100 text-sky-800", text: "What the agent says", ring: "border-l-sky-400" },
  question: {
    label: "Question",
    badge: "bg-violet-100 text-violet-800",
    text: "What the agent asks",
    ring: "border-l-violet-400",
  },
  escalate: {
    label: "Escalate",
    badge: "bg-amber-100 text-amber-800",
    text: "What the agent says before handing over",
    ring: "border-l-amber-400",
  },
  end: {
    label: "End",
    badge: "bg-emerald-100 text-emerald-800",
    text: "Closing words (optional)",
    ring: "border-l-emerald-400",
  },
};

const ANSWER_LABEL: Record<(typeof ANSWER_TYPES)[number], string> = {
  SINGLE_CHOICE: "Single choice (can branch)",
  MULTI_CHOICE: "Multiple choice",
  FREE_TEXT: "Free text",
  NUMBER: "Number",
  DATE: "Date",
};

const labelClass = "block text-sm font-medium text-zinc-800";
// The delete confirmation takes focus when it opens, on its least destructive action (WAI-ARIA alertdialog).
// Module-level, so React calls it once per mount rather than on every render.
const focusOnMount = (el: HTMLElement | null) => el?.focus();

interface StepCardProps {
  form: UseFormReturn<ScriptForm>;
  index: number;
  count: number;
  steps: StepChoice[];
  issues: ScriptIssue[];
  fields: readonly string[];
  dispositions: readonly { code: string; label: string }[];
  isStart: boolean;
  incoming: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One step of the builder: its name, text with a placeholder menu, and where it goes next. */
export function StepCard({
  form,
  index,
  count,
  steps,
  issues,
  fields,
  dispositions,
  isStart,
  incoming,
  onMove,
  onRemove,
}: StepCardProps) {
  const kind = useWatch({ control: form.control, name: `steps.${index}.kind` });
  const stepId = useWatch({ control: form.control, name: `steps.${index}.id` });
  const [confirming, setConfirming] = useState(false);
  const meta = KIND_META[kind];
  const headingId = `step-${stepId}-heading`;
  const errors = issues.filter((i) => i.severity === "error");

  return (
    <li
      id={`step-${stepId}`}
      aria-labelledby={headingId}
      className={`scroll-mt-4 rounded-lg border-l-4 bg-white shadow-sm ring-1 ${errors.length ? "ring-red-300" : "ring-zinc-200"} ${meta.ring}`}
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-4 py-2">
        <span className="font-mono text-xs text-zinc-500">#{index + 1}</span>
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${meta.badge}`}>{meta.label}</span>
        <h3 id={headingId} className="sr-only">
          Step {index + 1}: {meta.label}
        </h3>
        <label className="sr-only" htmlFor={`${stepId}-title`}>
          Step name
        </label>
        <input
          id={`${stepId}-title`}
          placeholder="Step name"
          maxLength={80}
          className="min-w-0 flex-1 rounded border-0 px-2 py-1 text-sm font-semibold text-zinc-900 ring-1 ring-transparent hover:ring-zinc-200 focus:ring-indigo-500"
          {...form.register(`steps.${index}.title`)}
        />
        {isStart && (
          <span className="rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-800">Start</span>
        )}
        <div className="flex items-center gap-1">
          <IconButton label={`Move step ${index + 1} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
            ↑
          </IconButton>
          <IconButton
            label={`Move step ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </IconButton>
          <IconButton label={`Delete step ${index + 1}`} disabled={count === 1} onClick={() => setConfirming(true)}>
            ✕
          </IconButton>
        </div>
      </div>

      {confirming && (
        <div
          role="alertdialog"
          aria-label="Confirm delete"
          className="flex flex-wrap items-center gap-3 bg-red-50 px-4 py-2 text-sm text-red-900"
        >
          <span>
            Delete this step?
            {incoming > 0 &&
              ` ${incoming === 1 ? "One step leads" : `${incoming} steps lead`} here and will need a new target.`}
          </span>
          <Button type="button" variant="danger" className="py-1" onClick={onRemove}>
            Delete
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="py-1"
            ref={focusOnMount}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </Button>
        </div>
      )}

      <div className="space-y-4 px-4 py-3">
        <TextWithPlaceholders form={form} index={index} label={meta.text} fields={fields} />
        {kind === "question" && <QuestionFields form={form} index={index} steps={steps} fields={fields} />}
        {kind === "end" ? (
          <DispositionField form={form} index={index} dispositions={dispositions} />
        ) : (
          <NextStepSelect
            form={form}
            name={`steps.${index}.next`}
            steps={steps}
            selfId={stepId}
            followingLabel={steps[index + 1]?.label}
            label={kind === "question" ? "Then go to (unless an answer branches)" : "Then go to"}
          />
        )}

        <IssueList issues={issues} />
      </div>
    </li>
  );
}

/** Errors in red, warnings in amber, next to what they are about. */
export function IssueList({ issues }: { issues: ScriptIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {issues.map((issue, i) => (
        <li key={i} className={issue.severity === "error" ? "text-red-700" : "text-amber-700"}>
          <span aria-hidden>{issue.severity === "error" ? "✖ " : "⚠ "}</span>
          <span className="sr-only">{issue.severity === "error" ? "Error: " : "Warning: "}</span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

function IconButton({
  label,
  children,
  ...props
}: {
  label: string;
  children: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className="size-7 rounded text-sm text-zinc-600 hover:bg-zinc-100 disabled:opacity-30"
      {...props}
    >
      {children}
    </button>
  );
}

function TextWithPlaceholders({
  form,
  index,
  label,
  fields,
}: {
  form: UseFormReturn<ScriptForm>;
  index: number;
  label: string;
  fields: readonly string[];
}) {
  const name = `steps.${index}.text` as const;
  const { ref, ...registered } = form.register(name);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const id = `${form.getValues(`steps.${index}.id`)}-text`;

  const insert = (field: string) => {
    const el = textRef.current;
    const current = form.getValues(name);
    const token = `{{contact.${field}}}`;
    const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [current.length, current.length];
    form.setValue(name, current.slice(0, start) + token + current.slice(end), { shouldDirty: true });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <div className="space-y-1">
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        <select
          aria-label={`Insert a contact field into step ${index + 1}`}
          value=""
          onChange={(e) => e.target.value && insert(e.target.value)}
          className="rounded-md border-0 py-1 pl-2 pr-7 text-xs text-zinc-700 ring-1 ring-zinc-300"
        >
          <option value="">Insert field…</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {`{{contact.${f}}}`}
            </option>
          ))}
        </select>
      </div>
      <textarea
        id={id}
        rows={2}
        maxLength={4000}
        className={selectClass}
        {...registered}
        ref={(el) => {
          ref(el);
          textRef.current = el;
        }}
      />
    </div>
  );
}

function NextStepSelect({
  form,
  name,
  steps,
  selfId,
  followingLabel,
  label,
  defaultLabel,
}: {
  form: UseFormReturn<ScriptForm>;
  name: `steps.${number}.next` | `steps.${number}.options.${number}.next`;
  steps: StepChoice[];
  selfId: string;
  followingLabel?: string;
  label: string;
  defaultLabel?: string;
}) {
  const value = useWatch({ control: form.control, name });
  const id = `${name}-${selfId}`;
  const known = value === "" || steps.some((s) => s.id === value);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={defaultLabel ? "sr-only" : labelClass}>
        {label}
      </label>
      <select id={id} className={selectClass} {...form.register(name)}>
        <option value="">
          {defaultLabel ??
            (followingLabel ? `Next in the list: ${followingLabel}` : "— Nothing follows: add an End step —")}
        </option>
        {!known && <option value={value}>(a deleted step)</option>}
        {steps
          .filter((s) => s.id !== selfId)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
      </select>
    </div>
  );
}

function QuestionFields({
  form,
  index,
  steps,
  fields,
}: {
  form: UseFormReturn<ScriptForm>;
  index: number;
  steps: StepChoice[];
  fields: readonly string[];
}) {
  const answerType = useWatch({ control: form.control, name: `steps.${index}.answerType` });
  const options = useFieldArray({ control: form.control, name: `steps.${index}.options` });
  const stepId = form.getValues(`steps.${index}.id`);
  const choice = answerType === "SINGLE_CHOICE" || answerType === "MULTI_CHOICE";

  // Keep an option's value in step with its label until someone edits the value by hand.
  const onLabelChange = (o: number, label: string) => {
    const previous = form.getValues(`steps.${index}.options.${o}`);
    if (!previous.value || previous.value === valueFromLabel(previous.label))
      form.setValue(`steps.${index}.options.${o}.value`, valueFromLabel(label), { shouldDirty: true });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor={`${stepId}-type`} className={labelClass}>
            Answer type
          </label>
          <select id={`${stepId}-type`} className={selectClass} {...form.register(`steps.${index}.answerType`)}>
            {ANSWER_TYPES.map((t) => (
              <option key={t} value={t}>
                {ANSWER_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm text-zinc-800">
          <input type="checkbox" className="accent-indigo-600" {...form.register(`steps.${index}.required`)} />
          Answer required
        </label>
        {answerType === "NUMBER" && (
          <>
            <NumberBound form={form} index={index} bound="min" />
            <NumberBound form={form} index={index} bound="max" />
          </>
        )}
      </div>

      {choice && (
        <fieldset className="space-y-2">
          <legend className={labelClass}>Options</legend>
          <div className="hidden grid-cols-[1fr_8rem_12rem_2rem] gap-2 text-xs text-zinc-500 sm:grid">
            <span>Label (what the agent reads)</span>
            <span>Stored value</span>
            <span>{answerType === "SINGLE_CHOICE" ? "Branch to" : ""}</span>
          </div>
          {options.fields.map((field, o) => {
            const labelField = form.register(`steps.${index}.options.${o}.label`);
            return (
              <div key={field.id} className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_8rem_12rem_2rem]">
                <input
                  aria-label={`Option ${o + 1} label`}
                  placeholder={`Option ${o + 1}`}
                  maxLength={200}
                  className={selectClass}
                  {...labelField}
                  onChange={(e) => {
                    onLabelChange(o, e.target.value);
                    void labelField.onChange(e);
                  }}
                />
                <input
                  aria-label={`Option ${o + 1} value`}
                  placeholder="value"
                  maxLength={100}
                  className={`${selectClass} font-mono text-xs`}
                  {...form.register(`steps.${index}.options.${o}.value`)}
                />
                {answerType === "SINGLE_CHOICE" ? (
                  <NextStepSelect
                    form={form}
                    name={`steps.${index}.options.${o}.next`}
                    steps={steps}
                    selfId={`${stepId}-o${o}`}
                    label={`Option ${o + 1} branches to`}
                    defaultLabel="No branch (default)"
                  />
                ) : (
                  <span />
                )}
                <IconButton label={`Remove option ${o + 1}`} onClick={() => options.remove(o)}>
                  ✕
                </IconButton>
              </div>
            );
          })}
          <Button
            type="button"
            variant="secondary"
            className="py-1 text-xs"
            disabled={options.fields.length >= 20}
            onClick={() => options.append({ label: "", value: "", next: "" })}
          >
            + Add option
          </Button>
          {fields.length > 0 && <p className="text-xs text-zinc-500">Option labels may use placeholders too.</p>}
        </fieldset>
      )}
    </div>
  );
}

function NumberBound({ form, index, bound }: { form: UseFormReturn<ScriptForm>; index: number; bound: "min" | "max" }) {
  const id = `${form.getValues(`steps.${index}.id`)}-${bound}`;
  return (
    <div className="w-28 space-y-1">
      <label htmlFor={id} className={labelClass}>
        {bound === "min" ? "Minimum" : "Maximum"}
      </label>
      <input id={id} type="number" className={selectClass} {...form.register(`steps.${index}.${bound}`)} />
    </div>
  );
}

function DispositionField({
  form,
  index,
  dispositions,
}: {
  form: UseFormReturn<ScriptForm>;
  index: number;
  dispositions: readonly { code: string; label: string }[];
}) {
  const value = useWatch({ control: form.control, name: `steps.${index}.dispositionCode` });
  const id = `${form.getValues(`steps.${index}.id`)}-disposition`;
  if (dispositions.length === 0) {
    return (
      <div className="space-y-1">
        <label htmlFor={id} className={labelClass}>
          Disposition code
        </label>
        <input
          id={id}
          maxLength={64}
          placeholder="e.g. SALE"
          className={`${selectClass} font-mono`}
          {...form.register(`steps.${index}.dispositionCode`)}
        />
        <p className="text-xs text-amber-700">
          No dispositions are set up in Settings yet, so this code cannot be checked. Add them in step 1.
        </p>
      </div>
    );
  }
  const known = !value || dispositions.some((d) => d.code === value);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        Disposition
      </label>
      <select id={id} className={selectClass} {...form.register(`steps.${index}.dispositionCode`)}>
        <option value="">Choose a disposition…</option>
        {!known && <option value={value}>{value} (not a campaign disposition)</option>}
        {dispositions.map((d) => (
          <option key={d.code} value={d.code}>
            {d.label === d.code ? d.code : `${d.label} (${d.code})`}
          </option>
        ))}
      </select>
    </div>
  );
}
