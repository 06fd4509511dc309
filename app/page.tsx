import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/current-user";
import { homePath } from "@/server/auth/roles";

export const dynamic = "force-dynamic";

export default async function Landing() {
  const user = await currentUser();
  if (user) redirect(homePath(user.memberships));
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center px-6">
      <p className="text-sm font-semibold uppercase tracking-widest text-indigo-600">Callwright</p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight">Your outsourced contact center, ordered online.</h1>
      <p className="mt-4 text-lg text-zinc-600">
        Upload your contact list and script, approve a quote, and watch calls, outcomes and costs in real time.
      </p>
      <div className="mt-8 flex gap-3">
        <Link
          href="/signup"
          className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-500"
        >
          Start a campaign
        </Link>
        <Link
          href="/signin"
          className="rounded-md px-4 py-2 font-semibold text-zinc-800 ring-1 ring-zinc-300 hover:bg-white"
        >
          Sign in
        </Link>
      </div>
    </main>
  );
}
