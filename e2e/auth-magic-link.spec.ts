import { expect, test } from "./fixtures";
import { DEMO_CLIENT_ORG, linkFrom, snap, waitForEmail } from "./support";

test("[AUTH]: magic link sign-in", async ({ page }) => {
  const email = "owner@acme.test";
  const requested = new Date();

  await test.step("request a link on the sign-in page", async () => {
    await page.goto("/signin");
    await snap(page, "12-signin");
    await page.getByRole("button", { name: "Sign in with an emailed link instead" }).click();
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await snap(page, "13-check-email");
  });

  await test.step("open the emailed link and land in the portal", async () => {
    const mail = await waitForEmail(email, /sign-in link/, { since: requested });
    const link = linkFrom(mail, "/api/auth/callback/email");
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/portal/${DEMO_CLIENT_ORG}$`));
    await expect(page.getByRole("banner")).toContainText("Carla Owner");
  });

  await test.step("the link works only once", async () => {
    const mail = await waitForEmail(email, /sign-in link/, { since: requested });
    await page.context().clearCookies();
    await page.goto(linkFrom(mail, "/api/auth/callback/email"));
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  });
});
