import "server-only";
import { stripe } from "./stripe-client";

// Port for the payment provider; Stripe is the adapter.
export interface BillingProvider {
  createCustomer(input: {
    name: string;
    email?: string;
    tenantId: string;
    idempotencyKey: string;
  }): Promise<{ customerId: string }>;
}

export const stripeBilling: BillingProvider = {
  async createCustomer({ name, email, tenantId, idempotencyKey }) {
    const customer = await stripe().customers.create({ name, email, metadata: { tenantId } }, { idempotencyKey });
    return { customerId: customer.id };
  },
};
