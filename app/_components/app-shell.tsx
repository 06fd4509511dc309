import type { ReactNode } from "react";
import { AppHeader, type NavItem } from "./app-header";

export function AppShell({
  area,
  orgName,
  userName,
  nav,
  children,
}: {
  area: string;
  orgName: string;
  userName: string;
  nav: NavItem[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      {/* The first focusable element: keyboard users jump past the header in one step. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-semibold focus:text-indigo-700 focus:shadow"
      >
        Skip to main content
      </a>
      <AppHeader area={area} orgName={orgName} userName={userName} nav={nav} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-6xl space-y-6 px-4 py-6 focus:outline-none sm:px-6 sm:py-8"
      >
        {children}
      </main>
    </div>
  );
}
