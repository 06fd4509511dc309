import "server-only";

// Cross-site request forgery guard for every state-changing HTTP route (proxy.ts applies it before any
// route runs). Browsers send `Origin` on every POST, PUT, PATCH and DELETE, same-origin ones included, so a
// write must name this app's origin; a missing or foreign Origin (`null` included) is refused. Routes that
// servers call (payment and telephony webhooks) carry no Origin and prove themselves with a signature instead.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths whose callers are servers that sign their requests; each route verifies the signature itself. */
export const SIGNATURE_VERIFIED_PREFIXES = ["/api/webhooks/"] as const;

export type CrossSiteVerdict = { allowed: true } | { allowed: false; reason: "missing-origin" | "foreign-origin" };

/**
 * Whether a request may change state. `appOrigins` are the origins the portal is served from: the
 * configured public URL and the origin the request itself was addressed to (Host), so the same build
 * works on localhost, behind a proxy and on its public name.
 */
export function checkSameOrigin(request: { method: string; url: string; headers: Headers }, appOrigins: string[]) {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { allowed: true } as const;
  const path = new URL(request.url).pathname;
  if (SIGNATURE_VERIFIED_PREFIXES.some((prefix) => path.startsWith(prefix))) return { allowed: true } as const;
  const origin = request.headers.get("origin");
  if (!origin) return { allowed: false, reason: "missing-origin" } as const;
  const allowed = appOrigins.some((appOrigin) => sameOrigin(origin, appOrigin));
  return allowed ? ({ allowed: true } as const) : ({ allowed: false, reason: "foreign-origin" } as const);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
