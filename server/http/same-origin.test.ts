import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const APP = ["http://localhost:3000", "https://app.callwright.example"];
const request = (method: string, path: string, headers: Record<string, string> = {}) => ({
  method,
  url: `http://localhost:3000${path}`,
  headers: new Headers(headers),
});

describe("checkSameOrigin", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(checkSameOrigin(request(method, "/api/trpc/me.get", { origin: "https://evil.example" }), APP)).toEqual({
        allowed: true,
      });
  });

  it("accepts a write from one of the portal's own origins", () => {
    expect(checkSameOrigin(request("POST", "/api/trpc/x", { origin: "http://localhost:3000" }), APP).allowed).toBe(
      true,
    );
    expect(
      checkSameOrigin(request("POST", "/api/trpc/x", { origin: "https://app.callwright.example" }), APP).allowed,
    ).toBe(true);
  });

  it.each(["PUT", "PATCH", "DELETE", "POST"])("refuses a %s from another site, or with an opaque origin", (method) => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "https://localhost:3000", "null", "garbage"])
      expect(checkSameOrigin(request(method, "/api/campaigns/c1/imports", { origin }), APP)).toEqual({
        allowed: false,
        reason: "foreign-origin",
      });
  });

  it("refuses a write without an Origin (every browser sends one on writes)", () => {
    expect(checkSameOrigin(request("POST", "/api/campaigns/c1/imports"), APP)).toEqual({
      allowed: false,
      reason: "missing-origin",
    });
  });

  it("leaves signature-verified webhooks to their own check", () => {
    expect(checkSameOrigin(request("POST", "/api/webhooks/stripe"), APP).allowed).toBe(true);
    expect(checkSameOrigin(request("POST", "/api/webhooksX"), APP).allowed).toBe(false);
  });
});
