import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/current-user";
import { homePath } from "@/server/auth/roles";

export const dynamic = "force-dynamic";

/** After sign-in: each role lands in its own area. */
export default async function Home() {
  const user = await currentUser();
  redirect(user ? homePath(user.memberships) : "/signin");
}
