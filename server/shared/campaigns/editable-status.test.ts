import { describe, expect, it } from "vitest";
import { isEditableStatus } from "./editable-status";

describe("editable statuses", () => {
  it.each([
    ["DRAFT", true],
    ["REJECTED", true],
    ["SUBMITTED", false],
    ["APPROVED", false],
    ["RUNNING", false],
    ["PAUSED", false],
    ["COMPLETED", false],
    ["CANCELLED", false],
  ])("%s → %s", (status, editable) => expect(isEditableStatus(status)).toBe(editable));
});
