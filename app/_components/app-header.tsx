"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { SignOutButton } from "./sign-out-button";

export interface NavItem {
  href: string;
  label: string;
}

/** The nav item the page belongs to: the longest href that is the path or a parent of it. */
export function activeHref(nav: readonly NavItem[], pathname: string): string | undefined {
  return nav
    .map((item) => item.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The app's header. From the md breakpoint up everything sits on one row; below it the navigation and
 * the account collapse behind a "Menu" disclosure button, so a 390 px phone never scrolls sideways.
 */
export function AppHeader({
  area,
  orgName,
  userName,
  nav,
}: {
  area: string;
  orgName: string;
  userName: string;
  nav: NavItem[];
}) {
  const pathname = usePathname();
  const current = activeHref(nav, pathname);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and puts focus back on its button, as a disclosure should.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-indigo-700">
          Callwright
        </Link>
        <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-zinc-700">
          {area}
        </span>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="ml-auto inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-50 md:hidden"
        >
          <span aria-hidden>{open ? "✕" : "☰"}</span>
          Menu
        </button>
        <div
          id={panelId}
          className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-zinc-100 pt-3 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:border-0 md:pt-0`}
        >
          <nav aria-label="Main" className="flex flex-col gap-1 text-sm md:flex-row md:gap-4">
            {nav.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                onClick={() => setOpen(false)}
                aria-current={item.href === current ? "page" : undefined}
                className="rounded px-2 py-1.5 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 md:px-0 md:py-0 md:hover:bg-transparent"
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-700 md:ml-auto">
            <span className="min-w-0 break-words">
              {userName} · <span className="font-medium text-zinc-900">{orgName}</span>
            </span>
            <Link
              href="/account"
              onClick={() => setOpen(false)}
              aria-current={current === "/account" ? "page" : undefined}
              className="rounded px-2 py-1 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700"
            >
              Account
            </Link>
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}
