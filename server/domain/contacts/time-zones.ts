import "server-only";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES, US_STATE_NAMES } from "../../shared/contacts/time-zone-data";

const known = new Map<string, string | null>();
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * The canonical IANA name for a time-zone value, or null when it is not one. Accepts any case and
 * the tz database's aliases (Asia/Calcutta); rejects UTC offsets like "+02:00", which are not zones.
 * Cached: a list has few distinct zones.
 */
export function canonicalTimeZone(value: string): string | null {
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  if (IANA_SHAPE.test(value)) {
    try {
      result = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      result = null;
    }
  }
  known.set(value, result);
  return result;
}

/**
 * The zone for a contact with no time-zone column: from the region when the country has several
 * local times, else from the country when it has one. Null when that is ambiguous or unknown.
 */
export function deriveTimeZone(country: string | null | undefined, region: string | null | undefined): string | null {
  if (!country) return null;
  const regions = REGION_ZONES[country];
  if (regions) {
    if (!region) return null;
    let code = region.trim().toUpperCase();
    if (code.startsWith(`${country}-`)) code = code.slice(country.length + 1);
    if (country === "US") code = US_STATE_NAMES[code] ?? code;
    return regions[code] ?? null;
  }
  return SINGLE_ZONE_COUNTRIES[country] ?? null;
}
