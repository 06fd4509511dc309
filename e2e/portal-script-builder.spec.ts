import { expect, test } from "./fixtures";
import { confirmSignUpAndSignIn, snap, uniqueEmail } from "./support";

test("[PORTAL]: a client builds a branching script, sees a missing-column error, previews both branches and saves version 1", async ({
  page,
}) => {
  await test.step("sign up and create a campaign draft", async () => {
    const email = uniqueEmail("script");
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(`Scripted ${Date.now()}`);
    await page.getByLabel("Your name").fill("Sam Script");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, email, "a-long-enough-password");
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Campaign name").fill("Renewal offers");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/campaigns\/[^/]+\/settings$/);
    await page.getByRole("link", { name: "3 · Script" }).click();
    await expect(page.getByRole("heading", { name: "Call script" })).toBeVisible();
  });

  const steps = page.getByRole("list", { name: "Steps", exact: true }).locator(":scope > li");
  const preview = page.locator("aside");

  await test.step("a placeholder naming a missing column is flagged on its step", async () => {
    await expect(steps).toHaveCount(2);
    await steps
      .nth(0)
      .getByLabel("What the agent says")
      .fill("Hello {{contact.firstName}}, about your policy {{contact.policyNo}}.");
    await expect(steps.nth(0)).toContainText(
      "Step 'Greeting' uses {{contact.policyNo}}, but the contact list has no column 'policyNo'.",
    );
    await expect(preview).toContainText("[missing: policyNo]");
    await steps.nth(0).getByLabel("What the agent says").fill("Hello ");
    await steps
      .nth(0)
      .getByLabel(/Insert a contact field/)
      .selectOption("firstName");
    await expect(steps.nth(0).getByLabel("What the agent says")).toHaveValue("Hello {{contact.firstName}}");
  });

  await test.step("add a question that branches to its own end step", async () => {
    await steps.nth(1).getByLabel("Disposition code").fill("SALE");
    await page.getByRole("button", { name: "+ Question" }).click();
    await page.getByRole("button", { name: "Move step 3 up" }).click();
    const question = steps.nth(1);
    await question.getByLabel("Step name").fill("Interested?");
    await question.getByLabel("What the agent asks").fill("Would you like to hear our new rate?");
    await page.getByRole("button", { name: "+ End" }).click();
    const noSale = steps.nth(3);
    await noSale.getByLabel("Step name").fill("No sale");
    await noSale.getByLabel("Disposition code").fill("NO_SALE");
    await question.getByLabel("Option 2 branches to").selectOption({ label: "#4 No sale" });
    await expect(page.getByRole("status").filter({ hasText: "error" })).toContainText("0 errors");
    await snap(page, "script-01-builder");
  });

  await test.step("the preview follows each branch with the keyboard", async () => {
    await preview.getByRole("button", { name: /Continue/ }).click();
    await expect(preview).toContainText("Would you like to hear our new rate?");
    await page.keyboard.press("2");
    await page.keyboard.press("Enter");
    await expect(preview).toContainText("Call ends with disposition NO_SALE");
    await preview.getByRole("button", { name: "Restart" }).click();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(preview.getByRole("alert")).toHaveText("Choose an answer.");
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(preview).toContainText("Call ends with disposition SALE");
    await snap(page, "script-02-preview");
  });

  await test.step("save creates version 1 as a draft", async () => {
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved version 1 as a draft.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Saved" })).toBeDisabled();
    await page.reload();
    await expect(steps).toHaveCount(4);
    await expect(page.getByText("Version 1 · current")).toBeVisible();
  });
});
