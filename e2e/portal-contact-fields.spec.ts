import { expect, test } from "./fixtures";
import { confirmSignUpAndSignIn, snap, uniqueEmail } from "./support";

// The upload of a file with clashing headers is refused with 400 on purpose.
test.use({ allowedConsoleErrors: [/status of 400 \(Bad Request\)/] });

test("[PORTAL]: every CSV header becomes a field the script can use, shown in the mapping and offered by Insert field", async ({
  page,
}) => {
  await test.step("sign up, create a draft and open its contacts step", async () => {
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(`Fields ${Date.now()}`);
    await page.getByLabel("Your name").fill("Fay Fields");
    const email = uniqueEmail("fields");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmSignUpAndSignIn(page, email, "a-long-enough-password");
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Campaign name").fill("Plan upgrades");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/campaigns\/[^/]+\/settings$/);
    await page.getByRole("link", { name: "2 · Contacts" }).click();
  });

  await test.step("a header that repeats is refused, naming the column", async () => {
    await page.getByLabel("CSV file").setInputFiles({
      name: "twice.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("phone,Plan Tier,plan_tier\n+12125550123,Gold,x\n"),
    });
    await expect(page.getByRole("alert").filter({ hasText: "The columns" })).toContainText(
      'The columns "Plan Tier" (column 2) and "plan_tier" (column 3) would become the fields {{contact.Plan_Tier}} and {{contact.plan_tier}}',
    );
  });

  await test.step("the mapping shows the placeholder of each custom column", async () => {
    await page.getByLabel("CSV file").setInputFiles({
      name: "contacts.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "phone,first name,Plan Tier,constructor\n+12125550123 x 204,Ada,Gold,Acme\n+13125550123,Bob,Silver,Initech\n",
      ),
    });
    await expect(page.getByTestId("field-key-2")).toHaveText("{{contact.Plan_Tier}}");
    await expect(page.getByTestId("field-key-3")).toHaveText("{{contact.constructor}}");
    await snap(page, "contacts-01-mapping");
    await page.getByRole("button", { name: "Import contacts" }).click();
    await expect(page.getByText("Active contact list")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("{{contact.Plan_Tier}}, {{contact.constructor}}")).toBeVisible();
  });

  await test.step("the script builder offers the keys, the validator accepts them, the preview fills them", async () => {
    await page.getByRole("link", { name: "3 · Script" }).click();
    const first = page.getByRole("list", { name: "Steps", exact: true }).locator(":scope > li").nth(0);
    const text = first.getByLabel("What the agent says");
    await text.fill("Hi {{contact.firstName}}, your ");
    await first.getByLabel(/Insert a contact field/).selectOption("Plan_Tier");
    await text.press("End");
    await text.pressSequentially(" plan at ");
    await first.getByLabel(/Insert a contact field/).selectOption("constructor");
    await expect(text).toHaveValue(/\{\{contact\.Plan_Tier\}\} plan at \{\{contact\.constructor\}\}/);
    await expect(first).not.toContainText("has no column");
    await expect(page.locator("aside")).toContainText("Gold plan at Acme");
    await snap(page, "contacts-02-script");
  });
});
