"use client";
import { useMemo } from "react";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES } from "@/server/shared/contacts/time-zone-data";
import { selectClass } from "../../../../../_components/ui/field";

// Countries with phone numbering plans that the time-zone tables do not list (several local times).
const MORE = ["CL", "CN", "CD", "EC", "ID", "KZ", "MN", "PG", "UA"];

/** Default country for phone numbers written without a +country code. */
export function CountrySelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const options = useMemo(() => {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    const codes = new Set([...Object.keys(SINGLE_ZONE_COUNTRIES), ...Object.keys(REGION_ZONES), ...MORE]);
    return [...codes]
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, []);
  return (
    <select id={id} className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name} ({o.code})
        </option>
      ))}
    </select>
  );
}
