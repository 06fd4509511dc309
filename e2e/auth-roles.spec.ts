import { expect, test } from "./fixtures";
import type { Browser, Page } from "@playwright/test";
import { DEMO_CLIENT_ORG, DEMO_PASSWORD, expectDeniedNotice, signInWithPassword, snap } from "./support";

/** A fresh browser context (own cookies) signed in as a demo user. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, email, DEMO_PASSWORD);
  return page;
}

/** Opening another role's area sends the user back to `home` with a "do not have access" notice. */
async function expectRefused(page: Page, path: string, home: RegExp) {
  await page.goto(path);
  await expect(page).toHaveURL(home);
  await expect(page).toHaveURL(/[?&]denied=/);
  await expectDeniedNotice(page);
}

test("[AUTH]: each role lands in its own area and cannot open the others", async ({ browser }) => {
  await test.step("client owner → client portal; operator console and agent workspace refused", async () => {
    const page = await signedIn(browser, "owner@acme.test");
    await expect(page).toHaveURL(new RegExp(`/portal/${DEMO_CLIENT_ORG}$`));
    await expect(page.getByRole("banner")).toContainText("Acme Insurance");
    await expect(page.getByRole("heading", { name: "Campaigns" })).toBeVisible();
    await expectRefused(page, "/operator", new RegExp(`/portal/${DEMO_CLIENT_ORG}\\?denied=operator$`));
    await snap(page, "07-portal-denied-notice");
    await expectRefused(page, "/agent", new RegExp(`/portal/${DEMO_CLIENT_ORG}\\?denied=agent$`));
    await page.context().close();
  });

  await test.step("agent → agent workspace; operator console and a client portal refused", async () => {
    const page = await signedIn(browser, "agent1@callwright.test");
    await expect(page).toHaveURL(/\/agent$/);
    await expect(page.getByRole("heading", { name: "Your queue" })).toBeVisible();
    await snap(page, "08-agent-workspace");
    await expectRefused(page, "/operator", /\/agent\?denied=operator$/);
    await expectRefused(page, `/portal/${DEMO_CLIENT_ORG}`, /\/agent\?denied=portal$/);
    await page.context().close();
  });

  await test.step("operator admin → operator console; agent workspace refused", async () => {
    const page = await signedIn(browser, "admin@callwright.test");
    await expect(page).toHaveURL(/\/operator$/);
    await expect(page.getByRole("heading", { name: "Client organizations" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Acme Insurance" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Disable or enable a user" })).toBeVisible();
    await snap(page, "09-operator-console");
    await expectRefused(page, "/agent", /\/operator\?denied=agent$/);
    await page.context().close();
  });

  await test.step("supervisor → sees only what a supervisor may do: reviews, no pricing, no disabling users", async () => {
    const page = await signedIn(browser, "supervisor@callwright.test");
    await expect(page).toHaveURL(/\/operator$/);
    await expect(page.getByRole("cell", { name: "Acme Insurance" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Disable or enable a user" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Disable user" })).toHaveCount(0);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Reviews" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Rate plans" })).toHaveCount(0);
    await snap(page, "09b-operator-console-supervisor");
    // Typing the address does not open the form either: back to the console with a notice.
    await expectRefused(page, "/operator/rate-plans", /\/operator\?denied=ratePlans\.manage$/);
    await expect(page.getByRole("heading", { name: "Set a plan" })).toHaveCount(0);
    await page.goto("/operator/reviews");
    await expect(page).toHaveURL(/\/operator\/reviews$/);
    await expect(page.getByRole("heading", { name: "Campaigns waiting for review" })).toBeVisible();
    await page.context().close();
  });
});
