import { NextResponse, type NextRequest } from "next/server";
import { env, isNextDev } from "@/server/env";
import { checkSameOrigin } from "@/server/http/same-origin";
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY } from "@/server/http/security-headers";

// Runs before every route: refuses cross-site writes, and gives each page a fresh CSP nonce. Next.js reads
// the policy from the request headers to put the nonce on its own scripts, so it travels both ways.
export function proxy(request: NextRequest) {
  const { APP_URL, NEXTAUTH_URL } = env();
  const verdict = checkSameOrigin(request, [request.nextUrl.origin, APP_URL, ...(NEXTAUTH_URL ? [NEXTAUTH_URL] : [])]);
  if (!verdict.allowed) {
    return NextResponse.json(
      { error: "This request came from another site and was refused.", code: "FORBIDDEN", reason: verdict.reason },
      { status: 403, headers: { "cache-control": "no-store" } },
    );
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    dev: isNextDev(),
    https: new URL(NEXTAUTH_URL ?? APP_URL).protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("permissions-policy", PERMISSIONS_POLICY);
  return response;
}

export const config = {
  // Not static files: they carry no script to protect and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
