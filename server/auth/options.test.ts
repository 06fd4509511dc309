import { describe, expect, it, vi } from "vitest";

const appUrl = vi.hoisted(() => ({ value: "https://app.example.com" }));
vi.mock("../env", () => ({
  logLevel: () => "silent",
  env: () => ({ NEXTAUTH_SECRET: "s".repeat(32), APP_URL: appUrl.value, NEXTAUTH_URL: undefined }),
}));

const { authOptions } = await import("./options");

describe("session cookies", () => {
  it("are Secure (and __Secure- prefixed by next-auth) whenever the portal runs on https", () => {
    appUrl.value = "https://app.example.com";
    expect(authOptions().useSecureCookies).toBe(true);
  });

  it("stay plain on http (local dev and the test stack), where a browser would drop a Secure cookie", () => {
    appUrl.value = "http://localhost:3000";
    expect(authOptions().useSecureCookies).toBe(false);
  });
});
