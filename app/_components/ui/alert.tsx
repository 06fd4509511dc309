export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: React.ReactNode }) {
  const styles = { error: "bg-red-50 text-red-800 ring-red-200", info: "bg-indigo-50 text-indigo-900 ring-indigo-200", success: "bg-emerald-50 text-emerald-900 ring-emerald-200" }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md px-4 py-3 text-sm ring-1 ${styles}`}>
      {children}
    </div>
  );
}
