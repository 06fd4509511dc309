"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "../../../../_lib/trpc";
import { PageHeader } from "../../../../_components/ui/page-header";

// The wizard's steps, in order. Each is its own route, so every step saves on its own.
export const CAMPAIGN_STEPS = [
  { slug: "", label: "Overview", title: "Overview" },
  { slug: "settings", label: "1 · Settings", title: "Settings" },
  { slug: "contacts", label: "2 · Contacts", title: "Contacts" },
  { slug: "script", label: "3 · Script", title: "Script" },
  { slug: "escalation", label: "4 · Escalation", title: "Escalation" },
  { slug: "review", label: "5 · Quote & submit", title: "Quote & submit" },
] as const;

/** The page's h1 (the step) with the campaign's name above it, and the steps' navigation. */
export function CampaignSteps({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  const pathname = usePathname();
  const trpc = useTRPC();
  const campaign = useQuery(trpc.campaign.get.queryOptions({ orgId, campaignId }, { retry: false }));
  const base = `/portal/${orgId}/campaigns/${campaignId}`;
  const hrefOf = (slug: string) => (slug ? `${base}/${slug}` : base);
  const current = CAMPAIGN_STEPS.find((step) => pathname === hrefOf(step.slug));
  return (
    <>
      <PageHeader title={current?.title ?? "Campaign"} eyebrow={<>Campaign: {campaign.data?.name ?? "…"}</>} />
      {/* One row that scrolls sideways inside itself on a narrow screen; the page never does. */}
      <nav aria-label="Campaign steps" className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ol className="flex w-max min-w-full gap-1 rounded-lg bg-white p-1 shadow-sm ring-1 ring-zinc-200">
          {CAMPAIGN_STEPS.map((step) => {
            const href = hrefOf(step.slug);
            const active = step === current;
            return (
              <li key={step.slug}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-indigo-600 text-white" : "text-zinc-700 hover:bg-zinc-100"}`}
                >
                  {step.label}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
