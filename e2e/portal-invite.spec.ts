import { expect, test } from "./fixtures";
import { confirmSignUpAndSignIn, linkFrom, snap, uniqueEmail, waitForEmail } from "./support";

// The spent invitation link is opened again on purpose; its preview answers 404.
test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

test("[PORTAL]: owner invites a teammate, who accepts and lands in the portal", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  const teammateEmail = uniqueEmail("teammate");
  const company = `Initrode ${Date.now()}`;
  let orgPath = "";

  await test.step("a new client company signs up", async () => {
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(company);
    await page.getByLabel("Your name").fill("Olga Owner");
    await page.getByLabel("Work email").fill(ownerEmail);
    await page.getByLabel("Password").fill("owner-password-123");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, ownerEmail, "owner-password-123");
    orgPath = new URL(page.url()).pathname;
  });

  const invited = new Date();
  await test.step("the owner invites a teammate", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await expect(page).toHaveURL(new RegExp(`${orgPath}/team$`));
    await expect(page.getByText(ownerEmail)).toBeVisible();
    // The only owner cannot remove themselves, so they are not offered the button.
    await expect(page.getByRole("button", { name: `Remove ${ownerEmail}` })).toHaveCount(0);
    await page.getByLabel("Email").fill(teammateEmail);
    await page.getByLabel("Role").selectOption("CLIENT_MEMBER");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${teammateEmail}.` })).toBeVisible();
    await expect(page.getByText(teammateEmail).first()).toBeVisible();
    await snap(page, "14-team");
  });

  await test.step("the teammate accepts the emailed invitation and lands in the portal", async () => {
    const mail = await waitForEmail(teammateEmail, /invited you to/, { since: invited });
    expect(mail.subject).toBe(`Olga Owner invited you to ${company} on Callwright`);
    const link = linkFrom(mail, "/invite/");

    const teammate = await (await browser.newContext()).newPage();
    await teammate.goto(link);
    await expect(teammate.getByText(`You are joining ${company} as ${teammateEmail}.`)).toBeVisible();
    await snap(teammate, "15-accept-invitation");
    await teammate.getByLabel("Your name").fill("Tom Teammate");
    await teammate.getByLabel("Choose a password").fill("teammate-password-123");
    await teammate.getByRole("button", { name: "Accept and continue" }).click();
    await expect(teammate).toHaveURL(new RegExp(`${orgPath}$`));
    await expect(teammate.getByRole("banner")).toContainText("Tom Teammate");
    await expect(teammate.getByRole("banner")).toContainText(company);
    await expect(teammate.getByRole("heading", { name: "Campaigns" })).toBeVisible();

    // A member sees the team but no controls only an owner may use.
    await teammate.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await expect(teammate.getByText(`${ownerEmail} · Owner`)).toBeVisible();
    await expect(teammate.getByRole("button", { name: /^Remove / })).toHaveCount(0);
    await expect(teammate.getByRole("heading", { name: "Invite a teammate" })).toHaveCount(0);
    await snap(teammate, "15b-team-as-member");

    await teammate.goto(link);
    await expect(teammate.getByRole("alert").filter({ hasText: "no longer valid" })).toBeVisible();
    await teammate.context().close();
  });

  await test.step("the owner sees the teammate as a member, with Remove on the teammate only", async () => {
    await page.reload();
    await expect(page.getByText(`${teammateEmail} · Member`)).toBeVisible();
    await expect(page.getByRole("button", { name: `Remove ${teammateEmail}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Remove ${ownerEmail}` })).toHaveCount(0);
  });
});
