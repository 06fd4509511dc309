import "server-only";
import Stripe from "stripe";
import { env } from "../../env";

let client: Stripe | undefined;

/** Real Stripe, or stripe-mock when STRIPE_API_URL points at it. */
export function stripe(): Stripe {
  if (!client) {
    const { STRIPE_SECRET_KEY, STRIPE_API_URL } = env();
    const mock = STRIPE_API_URL ? new URL(STRIPE_API_URL) : undefined;
    client = new Stripe(STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      ...(mock
        ? { host: mock.hostname, port: Number(mock.port), protocol: mock.protocol.replace(":", "") as "http" | "https" }
        : {}),
    });
  }
  return client;
}
