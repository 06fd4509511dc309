import { expect, test } from "./fixtures";
import { snap, uniqueEmail, waitForEmail } from "./support";

test("[PORTAL]: sign up → create draft → see it listed as a draft → the 'Campaign draft created' email arrives in the sink", async ({
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
    await expect(page).toHaveURL(/\/portal\/[^/]+$/);
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

  await test.step("the draft is listed with its status, and nothing of the workflow", async () => {
    await expect(page).toHaveURL(/\/portal\/[^/]+$/);
    const row = page.getByTestId("campaign-row").filter({ hasText: campaignName });
    await expect(row).toBeVisible();
    await expect(row).toContainText("DRAFT");
    await expect(row).not.toContainText(/workflow/i);
    await snap(page, "05-portal-campaigns");
  });

  await test.step("the campaign page shows the campaign's status, not the workflow's", async () => {
    await page.getByRole("link", { name: campaignName }).click();
    await expect(page.getByRole("heading", { name: campaignName })).toBeVisible();
    await expect(page.getByText("DRAFT", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^campaign-|workflow/i)).toHaveCount(0);
    await snap(page, "06-campaign-detail");
  });

  await test.step("the 'Campaign draft created' email arrives in the sink", async () => {
    const mail = await waitForEmail(email, /^Campaign draft created/, { since: started, timeoutMs: 30_000 });
    expect(mail.subject).toBe(`Campaign draft created: ${campaignName}`);
    expect(mail.html).toContain(company);
  });
});
