import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// Shared helpers for the e2e journeys. Every spec seeds its own data; the demo users come from
// prisma/demo-data.ts (seeded by the stack).

export const DEMO_PASSWORD = "callwright-demo";
export const DEMO_CLIENT_ORG = "org_client_acme";
export const BASE_URL = process.env.BASE_URL ?? "http://localhost:3100";
/** What a browser sends with every write: the portal refuses a POST without its own Origin (proxy.ts). */
export const SAME_ORIGIN = { origin: new URL(BASE_URL).origin };
export const MAIL_WEB_URL = process.env.MAIL_WEB_URL ?? "http://127.0.0.1:1081";

/** A unique address per run (and per call), so specs never collide with each other or earlier runs. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

export interface SinkEmail {
  id: string;
  subject: string;
  time: string;
  html: string;
  text?: string;
  to: { address: string; name?: string }[];
}

/** Polls maildev's REST API until an email to `to` whose subject matches arrives (30 s by default). */
export async function waitForEmail(
  to: string,
  subject: RegExp,
  opts: { since?: Date; timeoutMs?: number } = {},
): Promise<SinkEmail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  const address = to.toLowerCase();
  while (Date.now() < deadline) {
    const res = await fetch(`${MAIL_WEB_URL}/api/email`).catch(() => undefined);
    if (res?.ok) {
      const emails = (await res.json()) as SinkEmail[];
      const found = emails
        .filter((e) => e.to.some((r) => r.address.toLowerCase() === address) && subject.test(e.subject))
        .filter((e) => !opts.since || new Date(e.time).getTime() >= opts.since.getTime() - 1_000)
        .at(-1);
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `no email to ${to} matching ${subject} arrived in the sink (${MAIL_WEB_URL}) within ${(opts.timeoutMs ?? 30_000) / 1000}s`,
  );
}

/** The first link in an email's HTML whose URL contains `contains`, with HTML entities decoded. */
export function linkFrom(email: SinkEmail, contains: string): string {
  const hrefs = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const link = hrefs.find((h) => h.includes(contains));
  if (!link) throw new Error(`no link containing ${contains} in "${email.subject}"; links: ${hrefs.join(", ")}`);
  return link;
}

/** Signs in through the sign-in form, the way a person does. */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Full-page screenshot into test-results/screenshots/ (not committed), for looking at the pages, after
 * an axe check of the same page: every page a journey looks at must have no serious or critical
 * accessibility violation.
 */
export async function snap(page: Page, name: string) {
  await expectAccessible(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The "you do not have access" notice a role sees when it opens another role's area. */
export async function expectDeniedNotice(page: Page) {
  await expect(page.getByRole("alert").filter({ hasText: "do not have access" })).toBeVisible();
}

/**
 * Client pages show the business status only: no lifecycle workflow id (`campaign-<uuid>`), no
 * Temporal state or wording. Checks the whole visible text of the page.
 */
export async function expectNoInternalIds(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/campaign-[0-9a-f]{8}-[0-9a-f]{4}-/i);
  expect(text).not.toMatch(/\bworkflow\b|\btemporal\b/i);
}

/**
 * After "Create account": the inbox step of sign-up (decision 53). Opens the emailed link, confirms,
 * and signs in with the password; ends in the new organization's portal.
 */
export async function confirmSignUpAndSignIn(page: Page, email: string, password: string) {
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const mail = await waitForEmail(email, /Confirm your email/);
  await page.goto(linkFrom(mail, "/signup/confirm"));
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page).toHaveURL(/\/signin\?confirmed=1/);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/[^/?]+$/);
}
