import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { confirmSignUpAndSignIn, DEMO_PASSWORD, SAME_ORIGIN, snap, uniqueEmail, waitForEmail } from "./support";

// The whole ordering journey: a client builds a campaign (settings, contact list with bad rows,
// a branching script, two escalation contacts), checks the pre-flight and quote, submits; an
// operator approves it; the client sees APPROVED and gets the email. The settings sections are
// saved through the same tRPC procedure their forms call (campaignSettings.update); every other
// step is driven through its page.

const isoDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** A tRPC mutation from the signed-in page (superjson envelope), failing loudly on an error. */
async function mutate(page: Page, path: string, input: unknown) {
  const res = await page.request.post(`/api/trpc/${path}`, { data: { json: input }, headers: SAME_ORIGIN });
  expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
}

/** Signs in through next-auth's credentials endpoint; the page's context keeps the session cookie. */
async function signInThroughApi(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: SAME_ORIGIN,
  });
  expect(res.ok(), `sign-in as ${email}`).toBe(true);
}

const CSV = [
  "phone,firstName,lastName,country,region",
  "+1 212 736 5001,Ann,Lee,US,NY",
  "+1 212 736 5002,Bob,Ray,US,NY",
  "+1 212 736 5001,Ann,Again,US,NY", // duplicate
  "not a phone,Bad,Row,US,NY", // invalid
  "+1 718 222 3344,Cid,Fox,US,NY",
  "+1 646 333 4455,Dee,Kim,US,NY",
].join("\n");

test("[PORTAL]: a client builds a campaign end to end and an operator approves it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("order");
  const campaignName = `Spring renewals ${Date.now()}`;
  let orgId = "";
  let campaignId = "";

  await test.step("sign up and create a draft", async () => {
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(`Ordering Co ${Date.now()}`);
    await page.getByLabel("Your name").fill("Olga Orderer");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, email, "a-long-enough-password");
    orgId = new URL(page.url()).pathname.split("/")[2]!;
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Campaign name").fill(campaignName);
    await page.getByRole("button", { name: "Save draft" }).click();
    // Saving opens the new campaign's wizard (decision 74).
    await expect(page).toHaveURL(/\/campaigns\/[^/]+\/settings$/);
    campaignId = new URL(page.url()).pathname.split("/")[4]!;
  });

  await test.step("settings: type, schedule, calling window, dialing, dispositions, budget", async () => {
    const update = (patch: Record<string, unknown>) =>
      mutate(page, "campaignSettings.update", { orgId, campaignId, patch });
    await update({
      section: "basics",
      type: "OUTBOUND_SALES",
      name: campaignName,
      description: "Renewal offers for existing customers",
    });
    await update({ section: "schedule", startDate: isoDate(7), endDate: isoDate(35) });
    await update({ section: "callingWindow", callingWindow: { days: [1, 2, 3, 4, 5], start: "09:00", end: "20:00" } });
    const retry = { retry: true, delayMinutes: 60 };
    await update({
      section: "dialing",
      dialMode: "PROGRESSIVE",
      abandonCapPercent: "3",
      retryPolicy: { noAnswer: retry, busy: retry, machine: retry, callback: retry },
      maxAttempts: 3,
      callerId: "+12127365000",
    });
    await update({
      section: "dispositions",
      dispositions: [
        { code: "SALE", label: "Sale", category: "SUCCESS", billable: true },
        { code: "NO_SALE", label: "No sale", category: "CONTACT", billable: true },
        { code: "DNC", label: "Do not call", category: "DO_NOT_CALL", billable: false },
      ],
    });
    await update({ section: "budget", budgetCap: "5000.00", currency: "EUR" });
  });

  await test.step("contacts: upload a CSV with a duplicate and an invalid row", async () => {
    await page.getByRole("link", { name: "2 · Contacts" }).click();
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByRole("button", { name: "Import contacts" }).click();
    await expect(page.getByText("This list is now active.")).toBeVisible({ timeout: 60_000 });
    await snap(page, "ordering-01-contacts");
  });

  const steps = page.getByRole("list", { name: "Steps", exact: true }).locator(":scope > li");
  await test.step("script: a question that branches to its own end", async () => {
    await page.getByRole("link", { name: "3 · Script" }).click();
    await expect(page.getByRole("heading", { name: "Call script" })).toBeVisible();
    await steps.nth(0).getByLabel("What the agent says").fill("Hello ");
    await steps
      .nth(0)
      .getByLabel(/Insert a contact field/)
      .selectOption("firstName");
    // With the campaign's dispositions set, an end step picks one from a list.
    await steps.nth(1).getByLabel("Disposition", { exact: true }).selectOption("SALE");
    await page.getByRole("button", { name: "+ Question" }).click();
    await page.getByRole("button", { name: "Move step 3 up" }).click();
    const question = steps.nth(1);
    await question.getByLabel("Step name").fill("Interested?");
    await question.getByLabel("What the agent asks").fill("Would you like to renew at the new rate?");
    await page.getByRole("button", { name: "+ End" }).click();
    const noSale = steps.nth(3);
    await noSale.getByLabel("Step name").fill("No sale");
    await noSale.getByLabel("Disposition", { exact: true }).selectOption("NO_SALE");
    await question.getByLabel("Option 2 branches to").selectOption({ label: "#4 No sale" });
    await expect(page.getByRole("status").filter({ hasText: "No problems found" })).toBeVisible();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved version 1 as a draft.")).toBeVisible();
  });

  await test.step("escalation: two contacts", async () => {
    await page.getByRole("link", { name: "4 · Escalation" }).click();
    for (const [name, phone, mail] of [
      ["Sue Pervisor", "+1 212 736 5100", "sue@example.com"],
      ["Max Manager", "+1 212 736 5200", "max@example.com"],
    ] as const) {
      const form = page.getByRole("form", { name: "Add an escalation contact" });
      await form.getByLabel("Name").fill(name);
      await form.getByLabel("Role").fill("Team lead");
      await form.getByLabel("Phone", { exact: true }).fill(phone);
      await form.getByRole("textbox", { name: "Email" }).fill(mail);
      await form.getByLabel("Warm transfer (call)").check();
      await form.getByLabel("Time zone").fill("America/New_York");
      await form.getByRole("button", { name: "Add contact" }).click();
      await expect(page.getByRole("button", { name: `Edit ${name}` })).toBeVisible();
    }
  });

  await test.step("pre-flight and quote, then submit", async () => {
    await page.getByRole("link", { name: "5 · Quote & submit" }).click();
    const checks = page.getByRole("list", { name: "Pre-flight checks" });
    await expect(checks).toBeVisible();
    await expect(page.getByTestId("count-listSize")).toHaveText("6");
    await expect(page.getByTestId("count-valid")).toHaveText("4");
    await expect(page.getByTestId("count-duplicate")).toHaveText("1");
    await expect(page.getByTestId("count-invalid")).toHaveText("1");
    await expect(checks.locator('[data-level="error"]')).toHaveCount(0);
    await expect(page.getByTestId("quote-amount")).toContainText("€");
    await expect(page.getByTestId("quote-hours")).toContainText("h");
    await snap(page, "ordering-02-review");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted for review.")).toBeVisible();
  });

  await test.step("an operator approves it from the review queue", async () => {
    // A context of its own: axe (in snap) cannot inject into a page made by browser.newPage().
    const operator = await (await browser.newContext()).newPage();
    await signInThroughApi(operator, "admin@callwright.test", DEMO_PASSWORD);
    await operator.goto("/operator/reviews");
    await operator.getByRole("link", { name: campaignName }).click();
    await expect(operator.getByRole("heading", { name: campaignName })).toBeVisible();
    await expect(operator.getByText("Sue Pervisor")).toBeVisible();
    await expect(operator.getByText("Max Manager")).toBeVisible();
    await operator.getByLabel("Comment to the client").fill("Approved — good luck with the renewals.");
    await snap(operator, "ordering-03-operator-review");
    await operator.getByRole("button", { name: "Approve" }).click();
    await expect(operator.getByText("Decision:")).toBeVisible();
    await operator.context().close();
  });

  await test.step("the client sees APPROVED and gets the email", async () => {
    await page.goto(`/portal/${orgId}/campaigns/${campaignId}`);
    await expect(page.getByTestId("next-step")).toHaveText("Approved: calling starts on the start date");
    await page.goto(`/portal/${orgId}`);
    await expect(page.getByTestId("campaign-row").filter({ hasText: campaignName })).toContainText("APPROVED");
    await snap(page, "ordering-04-dashboard");
    const mail = await waitForEmail(email, /^Campaign approved:/, { timeoutMs: 60_000 });
    expect(mail.subject).toBe(`Campaign approved: ${campaignName}`);
    expect(mail.html).toContain("good luck with the renewals");
  });
});
