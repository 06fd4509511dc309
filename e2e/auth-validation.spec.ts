import { expect, test } from "./fixtures";
import { snap, uniqueEmail, waitForEmail } from "./support";

// The refused sign-up and sign-ins answer 4xx on purpose; the browser logs each as a failed resource.
test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 4(00|01|09|22)/] });

test("[AUTH]: bad input on sign-up and sign-in shows clear messages", async ({ page }) => {
  await test.step("sign-up: empty fields", async () => {
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Company name must be at least 2 characters")).toBeVisible();
    await expect(page.getByText("Your name must be at least 2 characters")).toBeVisible();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Use at least 12 characters")).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveAttribute("aria-invalid", "true");
    await snap(page, "10-signup-errors");
  });

  await test.step("sign-up: bad email and short password", async () => {
    await page.getByLabel("Company name").fill("Initech");
    await page.getByLabel("Your name").fill("Peter Gibbons");
    await page.getByLabel("Work email").fill("peter-at-initech");
    await page.getByLabel("Password").fill("aaaaaaaaaa");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Use at least 12 characters")).toBeVisible();
    await expect(page.getByText("Company name must be at least 2 characters")).toBeHidden();
    await expect(page).toHaveURL(/\/signup$/);
  });

  await test.step("sign-up: repeated characters, a common password, and the show-password toggle", async () => {
    await page.getByLabel("Work email").fill("owner@acme.test");
    await page.getByLabel("Password").fill("aaaaaaaaaaaaaaaa");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Avoid repeated or sequential characters")).toBeVisible();

    await page.getByLabel("Password").fill("qwerty123456");
    await expect(page.getByLabel("Password")).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByLabel("Password")).toHaveAttribute("type", "text");
    await expect(page.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "too easy to guess" })).toBeVisible();
  });

  await test.step("sign-up: an email that already has an account gets the same answer, and its owner an email", async () => {
    const tried = new Date();
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await snap(page, "10b-signup-check-inbox");
    const notice = await waitForEmail("owner@acme.test", /tried to sign up/, { since: tried });
    expect(notice.html).toContain("/signin/forgot");
  });

  await test.step("sign-in: empty fields", async () => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
  });

  await test.step("sign-in: bad email", async () => {
    await page.getByLabel("Email").fill("not an email");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeHidden();
  });

  await test.step("sign-in: wrong password, and an unknown account, get the same answer", async () => {
    await page.getByLabel("Email").fill("agent2@callwright.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await snap(page, "11-signin-wrong-password");
    await expect(page).toHaveURL(/\/signin/);

    await page.getByLabel("Email").fill(uniqueEmail("nobody"));
    await page.getByLabel("Password").fill("not-the-password");
    const refused = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await refused;
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});
