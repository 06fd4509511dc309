import { createHmac } from "node:crypto";

/**
 * X-Twilio-Signature as Twilio computes it for a form-encoded webhook: HMAC-SHA1 with the auth token over
 * the full URL followed by every POST parameter, sorted by name, as name then value; base64. Written out
 * here rather than borrowed from the twilio SDK so that the SDK's validateRequest checks an independent
 * implementation (scripts/carrier-sim/carrier-sim.test.ts).
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => acc + name + params[name], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}
