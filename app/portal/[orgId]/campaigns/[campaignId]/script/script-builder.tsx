"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import type { AppRouter } from "@/server/api/root";
import {
  scriptGraphSchema,
  validateGraph,
  type ScriptIssue,
  type StepKind,
} from "@/server/shared/scripts/script-graph";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Badge } from "../../../../../_components/ui/badge";
import { Button } from "../../../../../_components/ui/button";
import { Card, Skeleton } from "../../../../../_components/ui/card";
import { selectClass } from "../../../../../_components/ui/field";
import { useUnsavedChanges } from "../../../../../_components/unsaved-changes";
import { fromGraph, newStep, toGraphInput, type ScriptForm } from "./script-form-model";
import { ScriptPreview } from "./script-preview";
import { IssueList, StepCard, type StepChoice } from "./step-card";

type ScriptData = inferRouterOutputs<AppRouter>["script"]["get"];

export function ScriptBuilder({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const script = useQuery(trpc.script.get.queryOptions({ orgId, campaignId }, { retry: false }));
  // Lives here so it survives the editor remounting on a new version.
  const [notice, setNotice] = useState<string | null>(null);
  if (script.isPending) return <Skeleton rows={6} />;
  if (script.error) return <Alert>{errorMessage(script.error)}</Alert>;
  // A new version (first save, or an edit after submission) starts a fresh form.
  return (
    <ScriptEditor
      key={script.data.current?.id ?? "new"}
      data={script.data}
      orgId={orgId}
      campaignId={campaignId}
      notice={notice}
      onSaved={setNotice}
    />
  );
}

const ADDABLE: { kind: StepKind; label: string }[] = [
  { kind: "say", label: "+ Say" },
  { kind: "question", label: "+ Question" },
  { kind: "escalate", label: "+ Escalate" },
  { kind: "end", label: "+ End" },
];

function ScriptEditor({
  data,
  orgId,
  campaignId,
  notice,
  onSaved,
}: {
  data: ScriptData;
  orgId: string;
  campaignId: string;
  notice: string | null;
  onSaved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<ScriptForm>({ defaultValues: fromGraph(data.graph) });
  const steps = useFieldArray({ control: form.control, name: "steps", keyName: "key" });
  const values = useWatch({ control: form.control }) as ScriptForm;
  const [baseVersionId, setBaseVersionId] = useState(data.current?.id ?? null);
  const save = useMutation(trpc.script.save.mutationOptions());
  const { isDirty } = form.formState;

  const parsed = useMemo(() => scriptGraphSchema.safeParse(toGraphInput(values)), [values]);
  const issues: ScriptIssue[] = useMemo(
    () =>
      parsed.success
        ? validateGraph(parsed.data, data.context)
        : parsed.error.issues.map((i) => ({ severity: "error" as const, message: i.message })),
    [parsed, data.context],
  );
  const errorCount = issues.filter((i) => i.severity === "error").length;
  const warningCount = issues.length - errorCount;
  const firstStepError = values.steps.find((s) => issues.some((i) => i.severity === "error" && i.stepId === s.id))?.id;
  const generalIssues = issues.filter((i) => !i.stepId || !values.steps.some((s) => s.id === i.stepId));

  const choices: StepChoice[] = values.steps.map((s, i) => ({
    id: s.id,
    label: `#${i + 1} ${s.title.trim() || s.kind}`,
  }));
  const incoming = (id: string) =>
    values.steps.filter((s) => s.next === id || s.options.some((o) => o.next === id)).length;

  useUnsavedChanges(isDirty);

  const latest = data.versions[0];
  const locked = latest && latest.status !== "DRAFT";

  const onSubmit = form.handleSubmit(async (formValues) => {
    const graph = scriptGraphSchema.safeParse(toGraphInput(formValues));
    if (!graph.success) return;
    const result = await save.mutateAsync({ orgId, campaignId, graph: graph.data, baseVersionId });
    setBaseVersionId(result.version.id);
    form.reset(fromGraph(result.version.graph));
    onSaved(savedMessage(result));
    await queryClient.invalidateQueries({ queryKey: trpc.script.get.queryKey({ orgId, campaignId }) });
  });

  const remove = (index: number) => {
    const removed = values.steps[index]!;
    steps.remove(index);
    if (values.startStepId === removed.id)
      form.setValue("startStepId", values.steps.find((s) => s.id !== removed.id)?.id ?? "", { shouldDirty: true });
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <form
        onSubmit={(e) => void onSubmit(e).catch(() => undefined)}
        noValidate
        className="space-y-4"
        aria-label="Script builder"
      >
        <Card
          title="Call script"
          actions={
            <div className="flex items-center gap-2 text-sm">
              {data.current ? (
                <>
                  <span className="text-zinc-600">Version {data.current.version}</span>
                  <Badge value={data.current.status} />
                </>
              ) : (
                <Badge value="DRAFT" label="Not saved yet" />
              )}
            </div>
          }
        >
          <div className="space-y-4">
            {locked && (
              <Alert tone="info">
                Version {latest.version} is {latest.status.toLowerCase()} and can no longer change. Saving your edits
                creates version {latest.version + 1}, which must be approved again.
              </Alert>
            )}
            {data.context.customFields === null && (
              <Alert tone="info">
                No contact list is imported yet, so placeholders are checked against the standard fields only (
                {data.context.availableFields.join(", ")}). Custom columns are checked once a list is imported.
              </Alert>
            )}
            {save.error && <Alert>{errorMessage(save.error)}</Alert>}
            {notice && !isDirty && <Alert tone="success">{notice}</Alert>}
            {!parsed.success && <Alert>{parsed.error.issues[0]?.message}</Alert>}

            <div className="flex flex-wrap items-end gap-4">
              <div className="min-w-48 flex-1 space-y-1">
                <label htmlFor="script-start" className="block text-sm font-medium text-zinc-800">
                  The call starts with
                </label>
                <select id="script-start" className={selectClass} {...form.register("startStepId")}>
                  {choices.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
              <p className="pb-2 text-sm" role="status">
                {errorCount === 0 && warningCount === 0 ? (
                  <span className="text-emerald-700">✔ No problems found</span>
                ) : (
                  <>
                    <span className={errorCount ? "font-medium text-red-700" : "text-zinc-600"}>
                      {plural(errorCount, "error")}
                    </span>
                    {", "}
                    <span className={warningCount ? "text-amber-700" : "text-zinc-600"}>
                      {plural(warningCount, "warning")}
                    </span>
                  </>
                )}
              </p>
              <Button type="submit" loading={save.isPending} disabled={!isDirty && data.current !== null}>
                {isDirty || !data.current ? "Save draft" : "Saved"}
              </Button>
            </div>
            {errorCount > 0 && (
              <p className="text-xs text-zinc-500">
                You can save an unfinished draft; the campaign can only be submitted once the script has no errors.
                {firstStepError && (
                  <>
                    {" "}
                    <a href={`#step-${firstStepError}`} className="font-medium text-indigo-700 hover:underline">
                      Go to the first problem ↓
                    </a>
                  </>
                )}
              </p>
            )}
            <IssueList issues={generalIssues} />
          </div>
        </Card>

        <ol className="space-y-3" aria-label="Steps">
          {steps.fields.map((field, index) => (
            <StepCard
              key={field.key}
              form={form}
              index={index}
              count={steps.fields.length}
              steps={choices}
              issues={issues.filter((i) => i.stepId === field.id)}
              fields={data.context.availableFields}
              dispositions={data.context.dispositions}
              isStart={values.startStepId === values.steps[index]?.id}
              incoming={incoming(values.steps[index]?.id ?? "")}
              onMove={(to) => steps.move(index, to)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>

        <div className="flex flex-wrap items-center gap-2 rounded-lg border-2 border-dashed border-zinc-200 p-3">
          <span className="text-sm text-zinc-600">Add a step:</span>
          {ADDABLE.map((a) => (
            <Button
              key={a.kind}
              type="button"
              variant="secondary"
              className="py-1"
              disabled={steps.fields.length >= 200}
              onClick={() => steps.append(newStep(a.kind))}
            >
              {a.label}
            </Button>
          ))}
        </div>
      </form>

      <aside className="space-y-6 lg:sticky lg:top-6">
        <ScriptPreview
          graph={parsed.success ? parsed.data : null}
          fields={data.context.availableFields}
          sampleContact={data.sampleContact}
          dispositions={data.context.dispositions}
        />
        <Card title="Versions">
          {data.versions.length === 0 ? (
            <p className="text-sm text-zinc-500">Nothing saved yet. The first save creates version 1.</p>
          ) : (
            <ol className="divide-y divide-zinc-100 text-sm">
              {data.versions.map((v) => (
                <li key={v.id} className="flex items-center justify-between py-2">
                  <span className={`whitespace-nowrap ${v.id === data.current?.id ? "font-semibold" : ""}`}>
                    Version {v.version}
                    {v.id === data.current?.id && <span className="font-normal text-zinc-500"> · current</span>}
                  </span>
                  <span className="flex items-center gap-2">
                    <time dateTime={v.createdAt.toISOString()} className="text-xs whitespace-nowrap text-zinc-500">
                      {v.createdAt.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                    <Badge value={v.status} />
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p className="mt-3 text-xs text-zinc-500">
            A version is frozen once submitted. Later edits create a new version that must be approved again.
          </p>
        </Card>
      </aside>
    </div>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function savedMessage(result: { outcome: "updated" | "created" | "unchanged"; version: { version: number } }) {
  if (result.outcome === "unchanged") return "Nothing changed since the last save.";
  if (result.outcome === "created" && result.version.version > 1)
    return `Saved as version ${result.version.version} (draft). It must be approved before it is used.`;
  return `Saved version ${result.version.version} as a draft.`;
}
