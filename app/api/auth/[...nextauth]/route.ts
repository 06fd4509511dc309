import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handler: Handler = async (req, ctx) => (NextAuth(authOptions()) as Handler)(req, ctx);
export { handler as GET, handler as POST };
