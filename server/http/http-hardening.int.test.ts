import { describe, expect, it } from "vitest";

// Against the real `next start` of the test stack: proxy.ts and the route handlers as a browser meets them.
// (APP_URL, not BASE_URL: Vitest sets BASE_URL to Vite's "/".)
const baseUrl = process.env.APP_URL;
if (!baseUrl) throw new Error("APP_URL is required (run through `npm test`)");
const ownOrigin = new URL(baseUrl).origin;
const uploadUrl = `${baseUrl}/api/campaigns/c_missing/imports?orgId=org_client_acme&fileName=x.csv`;

describe("cross-site writes", () => {
  it("refuses a form post from another site to the upload route before it reads the body", async () => {
    const form = new FormData();
    form.set("file", new Blob(["phone\n+12127365001\n"], { type: "text/csv" }), "contacts.csv");
    const res = await fetch(uploadUrl, { method: "POST", body: form, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "FORBIDDEN", reason: "foreign-origin" });
  });

  it("refuses writes without an Origin on tRPC and next-auth alike", async () => {
    for (const path of ["/api/trpc/campaign.create", "/api/auth/signout", "/api/campaigns/c/imports"]) {
      const res = await fetch(baseUrl + path, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "text/plain" },
      });
      expect(res.status, path).toBe(403);
    }
  });

  it("lets the portal's own writes reach the route", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/campaign.create`, {
      method: "POST",
      headers: { origin: ownOrigin, "content-type": "application/json" },
      body: JSON.stringify({ json: { name: "x" } }),
    });
    expect(res.status).toBe(401); // signed out: the route answered, not the guard
  });

  it("refuses a same-origin upload whose body is a form rather than the file", async () => {
    const form = new FormData();
    form.set("file", new Blob(["phone\n"], { type: "text/csv" }), "contacts.csv");
    const res = await fetch(uploadUrl, { method: "POST", body: form, headers: { origin: ownOrigin } });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
  });
});

describe("response headers", () => {
  it("gives every page a fresh script nonce that all of its scripts carry", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${baseUrl}/signin`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, csp).toBeTruthy();
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("marks tRPC answers no-store, errors included", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/me.get?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
