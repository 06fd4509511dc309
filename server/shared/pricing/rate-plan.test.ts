import { describe, expect, it } from "vitest";
import { saveRatePlanSchema } from "./rate-plan";

const plan = (currency: string, agentHourRate: string, setupFee = "0") => ({
  tenantId: null,
  name: "Default",
  currency,
  agentHourRate,
  setupFee,
});
const issues = (input: ReturnType<typeof plan>) =>
  saveRatePlanSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("rate plan amounts are checked in the plan's own currency", () => {
  it("accepts whole yen and cents", () => {
    expect(issues(plan("JPY", "4500", "10000"))).toBeUndefined();
    expect(issues(plan("EUR", "32.50", "1,000.00"))).toBeUndefined();
  });

  it("refuses decimals a currency does not have", () => {
    expect(issues(plan("JPY", "45.00"))).toEqual(["agentHourRate: JPY amounts have no decimals"]);
    expect(issues(plan("USD", "32.505"))).toEqual(["agentHourRate: USD amounts have at most 2 decimals"]);
  });

  it("states limits in the plan's currency", () => {
    expect(issues(plan("EUR", "0", "-1"))).toEqual([
      "agentHourRate: The agent hour rate must be more than 0",
      "setupFee: Enter an amount of 0 or more",
    ]);
    expect(issues(plan("GBP", "1000000.01"))).toEqual([
      "agentHourRate: The agent hour rate can be at most £1,000,000.00",
    ]);
    expect(issues(plan("JPY", "100000001"))).toEqual([
      "agentHourRate: The agent hour rate can be at most ¥100,000,000",
    ]);
  });

  it("shows amount errors together with errors in other fields", () => {
    expect(issues({ ...plan("EUR", "12,50"), name: "" })).toEqual([
      "name: Name must be at least 2 characters",
      "agentHourRate: Use a point for decimals, like 12.50",
    ]);
  });
});
