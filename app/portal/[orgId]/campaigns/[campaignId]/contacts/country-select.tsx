"use client";
import { countryOptions } from "@/server/shared/country-names";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES } from "@/server/shared/contacts/time-zone-data";
import { selectClass } from "../../../../../_components/ui/field";

// Countries with phone numbering plans that the time-zone tables do not list (several local times).
const MORE = ["CL", "CN", "CD", "EC", "ID", "KZ", "MN", "PG", "UA"];

// Computed once from shipped data, so the server's HTML and the browser's render are identical.
const OPTIONS = countryOptions([...Object.keys(SINGLE_ZONE_COUNTRIES), ...Object.keys(REGION_ZONES), ...MORE]);

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
  return (
    <select id={id} className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
      {OPTIONS.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name} ({o.code})
        </option>
      ))}
    </select>
  );
}
