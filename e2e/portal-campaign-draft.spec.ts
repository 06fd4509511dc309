import { expect, test } from "./fixtures";
import { confirmSignUpAndSignIn, expectNoInternalIds, snap, uniqueEmail, waitForEmail } from "./support";

test("[PORTAL]: sign up → create draft → land in its wizard → see it listed as a draft → the 'Campaign draft created' email arrives in the sink", async ({
  page,
}) => {
  const email = uniqueEmail("owner");
  const company = `Globex ${Date.now()}`;
  const campaignName = `Spring renewals ${Date.now()}`;
  const started = new Date();

  await test.step("landing page", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("contact center");
    await snap(page, "01-landing");
  });

  await test.step("sign up as a new client company", async () => {
    await page.getByRole("link", { name: "Start a campaign" }).click();
    await expect(page).toHaveURL(/\/signup$/);
    await page.getByLabel("Company name").fill(company);
    await page.getByLabel("Your name").fill("Gina Globex");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await snap(page, "02-signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, email, "a-long-enough-password");
    await expect(page.getByText("No campaigns yet")).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(company);
    await snap(page, "03-portal-empty");
  });

  await test.step("create a campaign draft", async () => {
    await page.getByRole("link", { name: "New campaign" }).click();
    await expect(page).toHaveURL(/\/campaigns\/new$/);
    await page.getByLabel("Campaign name").fill(campaignName);
    await page.getByLabel("Description").fill("Call policy holders whose home insurance renews in April.");
    await snap(page, "04-new-campaign");
    await page.getByRole("button", { name: "Save draft" }).click();
  });

  await test.step("saving opens the new campaign's wizard at its first step, not the list", async () => {
    await expect(page).toHaveURL(/\/portal\/[^/]+\/campaigns\/[0-9a-f-]{36}\/settings$/);
    await expect(page.getByRole("link", { name: "1 · Settings" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("No campaigns yet")).toHaveCount(0);
    await expectNoInternalIds(page);
  });

  await test.step("import contacts and page through them by keyboard; search them", async () => {
    await page.getByRole("link", { name: "2 · Contacts" }).click();
    const rows = Array.from({ length: 60 }, (_, i) => {
      const n = i + 1;
      return `+1212734${1000 + n},Person${n},${n % 2 ? "Garcia" : "Miller"},p${n}@example.com`;
    });
    await page.getByLabel("CSV file").setInputFiles({
      name: "contacts.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(["phone,first_name,last_name,email", ...rows].join("\n")),
    });
    await page.getByRole("button", { name: "Import contacts" }).click();
    await expect(page.getByText("Imported 60 contacts.")).toBeVisible({ timeout: 45_000 });
    const table = page.getByTestId("contact-table");
    await expect(table).toContainText("+1 212 734 1001");
    await expect(page.getByText("Page 1 · rows 2–26 of a list of 60 contacts")).toBeVisible();
    // The pager works from the keyboard, and keeps focus while the next page loads.
    await page.getByRole("button", { name: "Next page" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Page 2 · rows 27–51")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Page 3 · rows 52–61")).toBeVisible();
    await expect(page.getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");
    await page.getByRole("button", { name: "Previous page" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Page 2 · rows 27–51")).toBeVisible();
    await page.getByLabel("Search").fill("garc");
    await expect(page.getByText("Page 1 · rows 2–50")).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "Miller" })).toHaveCount(0);
    await snap(page, "05a-contact-table-search");
    await page.getByLabel("Search").fill("nobody");
    await expect(page.getByText("No contacts match")).toBeVisible();
    await expectNoInternalIds(page);
  });

  await test.step("the draft is listed with its status, and nothing of the workflow", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Campaigns" }).click();
    await expect(page).toHaveURL(/\/portal\/[^/]+$/);
    const row = page.getByTestId("campaign-row").filter({ hasText: campaignName });
    await expect(row).toBeVisible();
    await expect(row).toContainText("DRAFT");
    await expect(row).not.toContainText(/workflow/i);
    await expectNoInternalIds(page);
    await snap(page, "05-portal-campaigns");
  });

  await test.step("the campaign page shows the campaign's status, not the workflow's", async () => {
    await page.getByRole("link", { name: campaignName }).click();
    await expect(page.getByRole("heading", { name: campaignName })).toBeVisible();
    await expect(page.getByText("DRAFT", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^campaign-|workflow/i)).toHaveCount(0);
    await expectNoInternalIds(page);
    await snap(page, "06-campaign-detail");
  });

  await test.step("the 'Campaign draft created' email arrives in the sink", async () => {
    const mail = await waitForEmail(email, /^Campaign draft created/, { since: started, timeoutMs: 30_000 });
    expect(mail.subject).toBe(`Campaign draft created: ${campaignName}`);
    expect(mail.html).toContain(company);
  });
});
