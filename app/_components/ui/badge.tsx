const tones: Record<string, string> = {
  DRAFT: "bg-zinc-100 text-zinc-700",
  SUBMITTED: "bg-amber-100 text-amber-800",
  APPROVED: "bg-emerald-100 text-emerald-800",
  RUNNING: "bg-sky-100 text-sky-800",
  PAUSED: "bg-orange-100 text-orange-800",
  COMPLETED: "bg-indigo-100 text-indigo-800",
  REJECTED: "bg-red-100 text-red-800",
  CANCELLED: "bg-zinc-200 text-zinc-600",
  FAILED: "bg-red-100 text-red-800",
};

export function Badge({ value, label }: { value: string; label?: string }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${tones[value] ?? "bg-zinc-100 text-zinc-700"}`}
    >
      {label ?? value}
    </span>
  );
}
