import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/current-user";
import { homePath } from "@/server/auth/roles";
import { Card } from "../_components/ui/card";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your account" };

/** The signed-in user's own profile, for every role. */
export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-6 py-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Your account</h1>
        <Link href={homePath(user.memberships)} className="text-sm font-medium text-indigo-600 hover:underline">
          Back to Callwright
        </Link>
      </div>
      <Card title="Profile">
        <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-zinc-500">Name</dt>
          <dd>{user.name ?? "—"}</dd>
          <dt className="text-zinc-500">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-zinc-500">Organizations</dt>
          <dd>{user.memberships.map((m) => m.orgName).join(", ") || "—"}</dd>
        </dl>
      </Card>
      <Card title="Sessions">
        <SignOutEverywhere />
      </Card>
    </main>
  );
}
