"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { CONTACT_PAGE_SIZES, type ContactPageSize } from "@/server/shared/contacts/contact-table";
import { errorMessage } from "../../../../../_lib/errors";
import { useTRPC } from "../../../../../_lib/trpc";
import { Alert } from "../../../../../_components/ui/alert";
import { Button } from "../../../../../_components/ui/button";
import { Card, EmptyState, Skeleton } from "../../../../../_components/ui/card";
import { inputClass, selectClass } from "../../../../../_components/ui/field";

const SEARCH_DELAY_MS = 300;

/**
 * The imported contacts, a page at a time. Pages are keyset pages on the server (a cursor per page,
 * kept here so "Previous" goes back exactly); phone numbers arrive already masked for roles that
 * may not see them whole.
 */
export function ContactTable({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const trpc = useTRPC();
  const ids = useId();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [pageSize, setPageSize] = useState<ContactPageSize>(25);
  // cursors[i] is the row number page i starts after; the last one is the page shown.
  const [cursors, setCursors] = useState<number[]>([0]);
  const after = cursors.at(-1)!;

  // A new search (once typing pauses) or page size starts again at the first page; typing that does
  // not change the search (a trailing space) keeps the page.
  useEffect(() => {
    const next = typed.trim();
    if (next === search) return;
    const timer = setTimeout(() => {
      setSearch(next);
      setCursors([0]);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);

  const page = useQuery({
    ...trpc.contacts.list.queryOptions({ orgId, campaignId, search, after, pageSize }),
    placeholderData: keepPreviousData,
  });
  const data = page.data;
  const firstShown = data?.rows[0]?.rowNumber;
  const lastShown = data?.rows.at(-1)?.rowNumber;
  const canGoBack = cursors.length > 1;
  const canGoOn = data?.nextAfter != null && !page.isPlaceholderData;

  return (
    <Card title="Contacts">
      <div className="space-y-4">
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor={`${ids}-search`} className="block text-sm font-medium">
              Search
            </label>
            <input
              id={`${ids}-search`}
              type="search"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={data?.phoneMasked ? "Name, email or a whole phone number" : "Name, email or phone digits"}
              aria-describedby={`${ids}-search-hint`}
              className={inputClass}
            />
            <p id={`${ids}-search-hint`} className="text-xs text-zinc-500">
              Names and emails match from their start.{" "}
              {data?.phoneMasked ? "Phone numbers match only in full." : "Phone numbers match on any digits."}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor={`${ids}-size`} className="block text-sm font-medium">
              Rows per page
            </label>
            <select
              id={`${ids}-size`}
              value={pageSize}
              onChange={(e) => {
                setPageSize(Number(e.target.value) as ContactPageSize);
                setCursors([0]);
              }}
              className={selectClass}
            >
              {CONTACT_PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>

        {data?.phoneMasked && <p className="text-xs text-zinc-500">Phone numbers are partly hidden for your role.</p>}
        {page.error && <Alert>{errorMessage(page.error)}</Alert>}
        {page.isPending ? (
          <Skeleton rows={5} />
        ) : !data ? null : data.rows.length === 0 ? (
          <EmptyState title={search ? "No contacts match" : "No contacts in this list"}>
            {search && data.nextAfter === null
              ? "Try the start of a name or email, or another number."
              : search
                ? "None in the rows searched so far; the next page searches further."
                : null}
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-busy={page.isFetching} data-testid="contact-table">
              <caption className="sr-only">
                Contacts of this campaign{search ? ` matching “${search}”` : ""}, in the order of the file
              </caption>
              <thead className="text-xs uppercase tracking-wide text-zinc-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Row
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Name
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Phone
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Email
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Country / region
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Time zone
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Attempts
                  </th>
                </tr>
              </thead>
              <tbody className={`divide-y divide-zinc-100 ${page.isFetching ? "opacity-60" : ""}`}>
                {data.rows.map((c) => (
                  <tr key={c.rowNumber}>
                    <td className="py-2 pr-3 text-right tabular-nums text-zinc-500">{c.rowNumber}</td>
                    <td className="py-2 pr-3">{[c.firstName, c.lastName].filter(Boolean).join(" ") || "—"}</td>
                    <td className="whitespace-nowrap py-2 pr-3 font-mono text-xs">{c.phone}</td>
                    <td className="py-2 pr-3">{c.email ?? "—"}</td>
                    <td className="py-2 pr-3">{[c.country, c.region].filter(Boolean).join(" / ") || "—"}</td>
                    <td className="py-2 pr-3">{c.timeZone ?? <span className="text-amber-700">Unknown</span>}</td>
                    <td className="py-2 text-right tabular-nums">{c.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {data && (data.rows.length > 0 || cursors.length > 1 || data.nextAfter !== null) && (
          <nav aria-label="Contact pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <p className="text-zinc-600" aria-live="polite">
              {firstShown !== undefined
                ? `Page ${cursors.length} · rows ${firstShown.toLocaleString()}–${lastShown!.toLocaleString()}`
                : `Page ${cursors.length}`}{" "}
              of a list of {data.listSize.toLocaleString()} contacts
              {data.searchedThrough !== null && ` · searched up to row ${data.searchedThrough.toLocaleString()}`}
            </p>
            {/* aria-disabled, not disabled: a focused button that turns disabled drops keyboard focus. */}
            <div className="flex gap-2">
              <Button
                variant="secondary"
                aria-disabled={!canGoBack}
                className={canGoBack ? "" : "cursor-not-allowed opacity-50"}
                onClick={() => canGoBack && setCursors((c) => c.slice(0, -1))}
              >
                Previous page
              </Button>
              <Button
                variant="secondary"
                aria-disabled={!canGoOn}
                className={canGoOn ? "" : "cursor-not-allowed opacity-50"}
                onClick={() => canGoOn && setCursors((c) => [...c, data.nextAfter!])}
              >
                Next page
              </Button>
            </div>
          </nav>
        )}
      </div>
    </Card>
  );
}
