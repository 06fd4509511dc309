import type { ReactNode } from "react";

const STYLES = {
  error: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  info: "bg-indigo-50 text-indigo-900 ring-indigo-200",
  success: "bg-emerald-50 text-emerald-900 ring-emerald-200",
} as const;

export function Alert({ tone = "error", children }: { tone?: keyof typeof STYLES; children: ReactNode }) {
  // Errors and warnings interrupt (role=alert); confirmations are announced politely.
  const role = tone === "error" || tone === "warning" ? "alert" : "status";
  return (
    <div role={role} className={`rounded-md px-4 py-3 text-sm ring-1 ${STYLES[tone]}`}>
      {children}
    </div>
  );
}
