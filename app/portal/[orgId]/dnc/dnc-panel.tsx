"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { addDncSchema } from "@/server/shared/contacts/dnc";
import { errorMessage } from "../../../_lib/errors";
import { useTRPC } from "../../../_lib/trpc";
import { Alert } from "../../../_components/ui/alert";
import { Button } from "../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../_components/ui/card";
import { TextField } from "../../../_components/ui/field";
import { CountrySelect } from "../campaigns/[campaignId]/contacts/country-select";

const MAX_UPLOAD_BYTES = 2_000_000;

export function DncPanel({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.dnc.list.queryOptions({ orgId, search: search || undefined, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  // Returned to onSuccess, so a mutation stays pending until the list has refetched.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.dnc.list.queryKey() });
  const remove = useMutation(trpc.dnc.remove.mutationOptions({ onSuccess: refresh }));
  const searchId = useId();
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <Card title="Do-not-call numbers">
          <div className="space-y-4">
            <p className="text-sm text-zinc-600">
              Contacts with these numbers are left out of every contact list you import.
              {list.data &&
                list.data.globalCount > 0 &&
                ` The operator’s global list (${list.data.globalCount.toLocaleString("en")} numbers) is applied as well.`}
            </p>
            <div className="max-w-xs space-y-1">
              <label htmlFor={searchId} className="block text-sm font-medium text-zinc-800">
                Search by digits
              </label>
              <input
                id={searchId}
                type="search"
                inputMode="tel"
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  setPage(1);
                }}
                className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-600"
              />
            </div>
            {list.isPending && <Skeleton />}
            {list.error && <Alert>{errorMessage(list.error)}</Alert>}
            {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
            {list.data && list.data.entries.length === 0 && (
              <EmptyState title={search ? "No number matches" : "No numbers yet"}>
                Add numbers one by one or upload a file.
              </EmptyState>
            )}
            {list.data && list.data.entries.length > 0 && (
              <>
                <ul className="divide-y divide-zinc-100 text-sm">
                  {list.data.entries.map((e) => (
                    <li key={e.id} className="flex items-center justify-between py-2">
                      <div>
                        <p className="font-mono">{e.phoneE164}</p>
                        <p className="text-xs text-zinc-500">
                          {e.source === "upload" ? "Uploaded" : "Added"} {e.createdAt.toLocaleDateString()}
                        </p>
                      </div>
                      <Button
                        variant="danger"
                        onClick={() => remove.mutate({ orgId, id: e.id })}
                        aria-label={`Remove ${e.phoneE164}`}
                      >
                        Remove
                      </Button>
                    </li>
                  ))}
                </ul>
                <nav className="flex items-center justify-between text-sm" aria-label="Pages">
                  <span className="text-zinc-500">
                    {list.data.total.toLocaleString("en")} numbers · page {page} of {pages}
                  </span>
                  <div className="flex gap-2">
                    <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                      Previous
                    </Button>
                    <Button variant="secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
                      Next
                    </Button>
                  </div>
                </nav>
              </>
            )}
          </div>
        </Card>
      </div>
      <div className="space-y-6">
        <AddNumber orgId={orgId} onAdded={refresh} />
        <UploadNumbers orgId={orgId} onAdded={refresh} />
      </div>
    </div>
  );
}

function AddNumber({ orgId, onAdded }: { orgId: string; onAdded: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.dnc.add.mutationOptions({ onSuccess: onAdded }));
  const form = useForm<z.input<typeof addDncSchema>>({
    resolver: zodResolver(addDncSchema),
    defaultValues: { phone: "", defaultCountry: "US" },
  });
  const countryId = useId();
  const onSubmit = form.handleSubmit(async (values) => {
    await add.mutateAsync({ orgId, ...values });
    form.reset({ phone: "", defaultCountry: values.defaultCountry });
  });
  return (
    <Card title="Add a number">
      <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
        {add.error && <Alert>{errorMessage(add.error)}</Alert>}
        {add.data && (
          <Alert tone={add.data.alreadyListed ? "info" : "success"}>
            {add.data.alreadyListed ? `${add.data.phoneE164} was already on the list.` : `${add.data.phoneE164} added.`}
          </Alert>
        )}
        <TextField
          label="Phone number"
          type="tel"
          autoComplete="off"
          error={form.formState.errors.phone?.message}
          {...form.register("phone")}
        />
        <div className="space-y-1">
          <label htmlFor={countryId} className="block text-sm font-medium text-zinc-800">
            Country for numbers without +code
          </label>
          <Controller
            control={form.control}
            name="defaultCountry"
            render={({ field }) => <CountrySelect id={countryId} value={field.value} onChange={field.onChange} />}
          />
        </div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Add to list
        </Button>
      </form>
    </Card>
  );
}

function UploadNumbers({ orgId, onAdded }: { orgId: string; onAdded: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const upload = useMutation(trpc.dnc.upload.mutationOptions({ onSuccess: onAdded }));
  const [country, setCountry] = useState("US");
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = useId();
  const countryId = useId();

  async function onFile(file: File | undefined) {
    setProblem(null);
    upload.reset();
    if (!file) return;
    if (file.size === 0) return setProblem("The file is empty. Put one phone number per line.");
    if (file.size > MAX_UPLOAD_BYTES) return setProblem("The file is larger than 2 MB; split it into smaller files.");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return setProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” or plain UTF-8 text and try again.");
    }
    upload.mutate({ orgId, text, fileName: file.name, defaultCountry: country });
  }

  return (
    <Card title="Upload numbers">
      <div className="space-y-4">
        {(problem || upload.error) && <Alert>{problem ?? errorMessage(upload.error)}</Alert>}
        {upload.data && (
          <Alert tone="success">
            {upload.data.added.toLocaleString("en")} numbers added
            {upload.data.alreadyListed > 0 && `, ${upload.data.alreadyListed.toLocaleString("en")} were already listed`}
            .
          </Alert>
        )}
        <div className="space-y-1">
          <label htmlFor={countryId} className="block text-sm font-medium text-zinc-800">
            Country for numbers without +code
          </label>
          <CountrySelect id={countryId} value={country} onChange={setCountry} />
        </div>
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-zinc-800">
            CSV or text file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={upload.isPending}
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
            className="block w-full text-sm text-zinc-700 file:mr-4 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:py-2 file:text-sm file:font-semibold file:text-indigo-700"
          />
          <p id={`${fileId}-hint`} className="text-xs text-zinc-500">
            One number per line, or a CSV with a “phone” column. Up to 2 MB. If any line is not a valid number, nothing
            is added and the bad lines are listed.
          </p>
        </div>
        {upload.isPending && <p className="text-sm text-zinc-600">Adding numbers…</p>}
      </div>
    </Card>
  );
}
