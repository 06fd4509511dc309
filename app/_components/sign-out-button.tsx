"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
      className="rounded px-2 py-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900"
    >
      Sign out
    </button>
  );
}
