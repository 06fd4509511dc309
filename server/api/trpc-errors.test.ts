import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createContext, publicProcedure, router } from "./trpc";

// Errors that happen after the procedure (serializing its answer) or outside it reach the browser
// only through the error formatter; no internal message may get through.
const testRouter = router({
  // superjson refuses an object with an own `constructor` or `prototype` property while serializing.
  unserializable: publicProcedure.query(() => JSON.parse('{"constructor":"Gold","prototype":"x"}') as object),
  refused: publicProcedure.query(() => {
    throw new AppError("CONFLICT", "This campaign is no longer a draft.");
  }),
  crashed: publicProcedure.query(() => {
    throw new Error('relation "Secret" does not exist');
  }),
});

async function call(path: string) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`),
    router: testRouter,
    createContext: () => createContext({ session: null, headers: new Headers() }),
  });
  return { status: response.status, body: JSON.stringify(await response.json()) };
}

describe("tRPC errors that reach the browser", () => {
  it("a response superjson cannot serialize is a 500 with the request id, not superjson's message", async () => {
    const { status, body } = await call("unserializable");
    expect(status).toBe(500);
    expect(body).toMatch(/Something went wrong \(request [0-9a-f-]{36}\)/);
    expect(body).not.toMatch(/not allowed|constructor|prototype|superjson/i);
  });

  it("a procedure's unexpected error stays hidden, a domain refusal keeps its message", async () => {
    const crashed = await call("crashed");
    expect(crashed.status).toBe(500);
    expect(crashed.body).not.toContain("Secret");
    const refused = await call("refused");
    expect(refused.status).toBe(409);
    expect(refused.body).toContain("This campaign is no longer a draft.");
  });

  it("an unknown procedure keeps tRPC's own NOT_FOUND", async () => {
    expect((await call("nope")).status).toBe(404);
  });
});
