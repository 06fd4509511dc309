import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:5432/callwright",
  APP_DATABASE_URL: "postgresql://callwright_app:secret@127.0.0.1:5432/callwright",
  NEXTAUTH_SECRET: "0123456789abcdef0123456789abcdef",
  STRIPE_SECRET_KEY: "sk_test_123",
  SMTP_URL: "smtp://127.0.0.1:1025",
};

function problemsOf(source: Record<string, string | undefined>) {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
  throw new Error("expected the environment to be refused");
}

describe("parseEnv", () => {
  it("parses a complete environment and fills the defaults", () => {
    const env = parseEnv({ ...valid, CONTACT_UPLOAD_MAX_BYTES: "2048" });
    expect(env).toMatchObject({
      ...valid,
      APP_URL: "http://localhost:3000",
      TEMPORAL_ADDRESS: "127.0.0.1:7233",
      TEMPORAL_NAMESPACE: "default",
      LOG_LEVEL: "info",
      CONTACT_UPLOAD_MAX_BYTES: 2048,
    });
    expect(parseEnv(valid).CONTACT_UPLOAD_MAX_BYTES).toBe(100 * 1024 * 1024);
    expect(parseEnv(valid).STRIPE_API_URL).toBeUndefined();
  });

  it("lists every problem at once, one line per variable, with what to set", () => {
    const problems = problemsOf({
      NEXTAUTH_SECRET: "too-short",
      APP_DATABASE_URL: "not a url",
      SMTP_URL: "",
      LOG_LEVEL: "loud",
      CONTACT_UPLOAD_MAX_BYTES: "-5",
    });
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL is missing\. Set it to the owner connection string .*postgresql:\/\//),
      expect.stringMatching(
        /^APP_DATABASE_URL is invalid \(Invalid URL\)\. Set it to the connection string of the callwright_app role/,
      ),
      expect.stringMatching(
        /^NEXTAUTH_SECRET is invalid \(.*16.*\)\. Set it to a random secret of at least 16 characters/,
      ),
      expect.stringMatching(/^STRIPE_SECRET_KEY is missing\. Set it to/),
      // An empty variable counts as unset.
      expect.stringMatching(/^SMTP_URL is missing\. Set it to the SMTP server/),
      expect.stringMatching(/^LOG_LEVEL is invalid .*\. Set it to one of trace, debug, info/),
      expect.stringMatching(/^CONTACT_UPLOAD_MAX_BYTES is invalid .*\. Set it to the largest contact file accepted/),
    ]);
  });

  it("never prints a value", () => {
    const problems = problemsOf({ ...valid, NEXTAUTH_SECRET: "hunter2-secret", APP_DATABASE_URL: "pg://user:pw@" });
    expect(problems.join("\n")).not.toMatch(/hunter2|pw@/);
  });

  it("does not touch the source it parses", () => {
    const source = { ...valid, STRIPE_API_URL: "" };
    parseEnv(source);
    expect(source).toHaveProperty("STRIPE_API_URL", "");
  });
});
