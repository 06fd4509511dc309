"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

// The wizard's steps, in order. Each is its own route, so every step saves on its own.
export const CAMPAIGN_STEPS = [
  { slug: "", label: "Overview" },
  { slug: "settings", label: "1 · Settings" },
  { slug: "contacts", label: "2 · Contacts" },
  { slug: "script", label: "3 · Script" },
  { slug: "escalation", label: "4 · Escalation" },
  { slug: "review", label: "5 · Quote & submit" },
] as const;

export function CampaignSteps({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Campaign steps"
      className="flex flex-wrap gap-1 rounded-lg bg-white p-1 shadow-sm ring-1 ring-zinc-200"
    >
      {CAMPAIGN_STEPS.map((step) => {
        const href = step.slug ? `${base}/${step.slug}` : base;
        const active = pathname === href;
        return (
          <Link
            key={step.slug}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-indigo-600 text-white" : "text-zinc-600 hover:bg-zinc-100"}`}
          >
            {step.label}
          </Link>
        );
      })}
    </nav>
  );
}
