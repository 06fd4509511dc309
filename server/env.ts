import { z } from "zod";

// Validated once, on first use (not at import: `next build` loads modules without a runtime env).
const schema = z.object({
  DATABASE_URL: z.string().url(),
  APP_DATABASE_URL: z.string().url(),
  /** Connections per pool and process (the web server has two: app role and owner); see docs/portal-performance.md. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  NEXTAUTH_SECRET: z.string().min(16),
  APP_URL: z.string().url().default("http://localhost:3000"),
  TEMPORAL_ADDRESS: z.string().default("127.0.0.1:7233"),
  TEMPORAL_NAMESPACE: z.string().default("default"),
  STRIPE_SECRET_KEY: z.string().min(1),
  /** Set for stripe-mock (http://127.0.0.1:12111); unset for real Stripe. */
  STRIPE_API_URL: z.string().url().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  SMTP_URL: z.string().url(),
  EMAIL_FROM: z.string().min(3).default("Callwright <no-reply@callwright.local>"),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
