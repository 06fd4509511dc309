"use client";
import { WEEKDAYS } from "@/server/shared/campaigns/weekly-window";

/** Toggle buttons for ISO weekdays (1 = Monday); keyboard-friendly, each with aria-pressed. */
export function DayPicker({
  value,
  onChange,
  label,
  error,
  disabled,
}: {
  value: readonly number[];
  onChange: (days: number[]) => void;
  label: string;
  error?: string;
  disabled?: boolean;
}) {
  const toggle = (day: number) =>
    onChange(value.includes(day) ? value.filter((d) => d !== day) : [...value, day].sort((a, b) => a - b));
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-zinc-800">{label}</legend>
      <div className="flex flex-wrap gap-1.5">
        {WEEKDAYS.map((d) => {
          const on = value.includes(d.day);
          return (
            <button
              key={d.day}
              type="button"
              disabled={disabled}
              aria-pressed={on}
              aria-label={d.long}
              onClick={() => toggle(d.day)}
              className={`w-11 rounded-md px-1 py-1.5 text-sm font-medium ring-1 ring-inset transition focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 disabled:cursor-not-allowed disabled:opacity-60 ${
                on
                  ? "bg-indigo-600 text-white ring-indigo-600"
                  : "bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50"
              }`}
            >
              {d.short}
            </button>
          );
        })}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
