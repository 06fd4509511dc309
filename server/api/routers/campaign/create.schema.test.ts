import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createCampaignSchema } from "./create.schema";
import { getCampaignSchema } from "./get.schema";

const fieldErrors = (input: unknown) => {
  const result = createCampaignSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("createCampaignSchema", () => {
  it("trims the name and defaults the description to empty", () => {
    expect(createCampaignSchema.parse({ name: "  Spring renewals  " })).toEqual({
      name: "Spring renewals",
      description: "",
    });
  });

  it("explains a name that is too short or too long", () => {
    expect(fieldErrors({ name: "ab" })).toEqual({ name: ["Name must be at least 3 characters"] });
    expect(fieldErrors({ name: "   ab   " })).toEqual({ name: ["Name must be at least 3 characters"] });
    expect(fieldErrors({ name: "x".repeat(121) })).toEqual({ name: ["Name must be at most 120 characters"] });
  });

  it("explains a description that is too long", () => {
    expect(fieldErrors({ name: "Valid name", description: "x".repeat(2001) })).toEqual({
      description: ["Description must be at most 2000 characters"],
    });
  });
});

describe("getCampaignSchema", () => {
  it("needs a campaign id", () => {
    expect(getCampaignSchema.safeParse({ campaignId: "" }).success).toBe(false);
    expect(getCampaignSchema.safeParse({ campaignId: "x".repeat(65) }).success).toBe(false);
    expect(getCampaignSchema.parse({ campaignId: "c1" })).toEqual({ campaignId: "c1" });
  });
});
