import type { AnswerType, ScriptGraph, ScriptGraphInput, StepKind } from "@/server/shared/scripts/script-graph";

// The builder edits one flat shape for every step kind (simple for react-hook-form, and switching a
// question's answer type keeps its options); it converts to the stored graph on save and preview.

export interface FormOption {
  label: string;
  value: string;
  /** "" = the question's default next step. */
  next: string;
}

export interface FormStep {
  id: string;
  title: string;
  kind: StepKind;
  text: string;
  /** "" = the following step in the list. */
  next: string;
  answerType: AnswerType;
  options: FormOption[];
  required: boolean;
  min: string;
  max: string;
  dispositionCode: string;
}

export interface ScriptForm {
  startStepId: string;
  steps: FormStep[];
}

const blank: Omit<FormStep, "id" | "kind"> = {
  title: "",
  text: "",
  next: "",
  answerType: "SINGLE_CHOICE",
  options: [],
  required: true,
  min: "",
  max: "",
  dispositionCode: "",
};

const newId = () => `s-${crypto.randomUUID().slice(0, 8)}`;

export function newStep(kind: StepKind): FormStep {
  const title = { say: "Say", question: "Question", escalate: "Escalate", end: "End" }[kind];
  const options =
    kind === "question"
      ? [
          { label: "Yes", value: "yes", next: "" },
          { label: "No", value: "no", next: "" },
        ]
      : [];
  return { ...blank, id: newId(), kind, title, options };
}

export function fromGraph(graph: ScriptGraph): ScriptForm {
  return {
    startStepId: graph.startStepId,
    steps: graph.steps.map((step) => {
      const common = { ...blank, id: step.id, title: step.title, kind: step.kind, text: step.text };
      switch (step.kind) {
        case "say":
        case "escalate":
          return { ...common, next: step.next ?? "" };
        case "question":
          return {
            ...common,
            next: step.next ?? "",
            answerType: step.answerType,
            options: step.options.map((o) => ({ label: o.label, value: o.value, next: o.next ?? "" })),
            required: step.required,
            min: step.min === undefined ? "" : String(step.min),
            max: step.max === undefined ? "" : String(step.max),
          };
        case "end":
          return { ...common, dispositionCode: step.dispositionCode };
      }
    }),
  };
}

const toNumber = (value: string) =>
  value.trim() === "" || !Number.isFinite(Number(value)) ? undefined : Number(value);

/** The stored shape, keeping only what each kind uses (parse it with scriptGraphSchema). */
export function toGraphInput(form: ScriptForm): ScriptGraphInput {
  return {
    startStepId: form.startStepId,
    steps: form.steps.map((step) => {
      const common = { id: step.id, title: step.title, text: step.text };
      switch (step.kind) {
        case "say":
        case "escalate":
          return { ...common, kind: step.kind, next: step.next };
        case "question": {
          const choice = step.answerType === "SINGLE_CHOICE" || step.answerType === "MULTI_CHOICE";
          return {
            ...common,
            kind: "question",
            next: step.next,
            answerType: step.answerType,
            options: choice
              ? step.options.map((o) => ({
                  label: o.label,
                  value: o.value,
                  next: step.answerType === "SINGLE_CHOICE" ? o.next : "",
                }))
              : [],
            required: step.required,
            min: step.answerType === "NUMBER" ? toNumber(step.min) : undefined,
            max: step.answerType === "NUMBER" ? toNumber(step.max) : undefined,
          };
        }
        case "end":
          return { ...common, kind: "end", dispositionCode: step.dispositionCode };
      }
    }),
  };
}

/** An option value from its label: "Call me later" → "call_me_later". */
export function valueFromLabel(label: string): string {
  return label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\{\{[^}]*\}\}/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 100);
}
