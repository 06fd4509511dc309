import { expect, test } from "./fixtures";
import { confirmSignUpAndSignIn, linkFrom, signInWithPassword, snap, uniqueEmail, waitForEmail } from "./support";

test("[AUTH]: sign out everywhere ends other browsers' sessions; forgot password sets a new one", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("account");
  const password = "juniper kettle orbit";
  const other = await (await browser.newContext()).newPage();

  await test.step("sign up, and sign in from a second browser too", async () => {
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(`Accounted ${Date.now()}`);
    await page.getByLabel("Your name").fill("Ana Account");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, email, password);
    await signInWithPassword(other, email, password);
    await expect(other).toHaveURL(/\/portal\/[^/?]+$/);
  });

  await test.step("the account page signs out everywhere", async () => {
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await snap(page, "16-account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin/);
    // The other browser still holds its cookie, but the session behind it is gone.
    await other.reload();
    await expect(other).toHaveURL(/\/signin/);
  });

  await test.step("forgot password: the emailed link sets a new one", async () => {
    const asked = new Date();
    await page.goto("/signin");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in form has an Email field too: wait for the new page before typing.
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    const mail = await waitForEmail(email, /Reset your Callwright password/, { since: asked });
    await page.goto(linkFrom(mail, "/signin/reset"));
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Use at least 12 characters")).toBeVisible();
    await page.getByLabel("New password").fill("saffron tugboat valley");
    await snap(page, "17-reset-password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
    await page.getByLabel("Password").fill("saffron tugboat valley");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/portal\/[^/?]+$/);
  });
  await other.context().close();
});
