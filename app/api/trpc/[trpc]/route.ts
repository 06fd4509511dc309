import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import { currentSession } from "@/server/auth/current-user";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContext({ session: await currentSession(), headers: req.headers }),
    // Answers are per user and often personal: no browser or proxy may keep them.
    responseMeta: () => ({ headers: { "cache-control": "no-store" } }),
  });

export { handler as GET, handler as POST };
