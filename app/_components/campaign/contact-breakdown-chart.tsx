"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PreflightCounts } from "@/server/shared/submission/preflight-result";

/** Where the imported rows went: what will be called, and why the rest will not. */
export function ContactBreakdownChart({ counts }: { counts: PreflightCounts }) {
  const data = [
    { name: "Will be called", value: counts.callable, color: "#10b981" },
    { name: "Window never fits", value: counts.windowNeverOverlaps, color: "#f59e0b" },
    { name: "No time zone", value: counts.noTimeZone, color: "#fbbf24" },
    { name: "Do not call", value: counts.dnc, color: "#a1a1aa" },
    { name: "Duplicate", value: counts.duplicate, color: "#a1a1aa" },
    { name: "Invalid", value: counts.invalid, color: "#ef4444" },
  ];
  return (
    <figure aria-label="Contact breakdown" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke="#f4f4f5" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => Number(v).toLocaleString()} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
