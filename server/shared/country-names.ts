import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

// Country names from a data set we ship, not from the runtime's Intl.DisplayNames: Node's ICU and the
// browser's disagree on names ("Turkey"/"Türkiye", "Czechia"/"Czech Republic"…), so a list rendered on
// the server and hydrated in the browser came out different (issue 10). Same input, same bytes, everywhere.
countries.registerLocale(en);

/** "Germany" for DE; the code itself for the few calling-code regions ISO 3166 does not name (AC, TA). */
export function countryName(code: string): string {
  return countries.getName(code, "en") ?? code;
}

// Plain code-unit comparison of the names without accents: no locale collation, so the order is the
// same in every engine ("Åland Islands" sorts with the As).
const sortKey = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Codes with their English names, sorted by name the same way on the server and in the browser. */
export function countryOptions(codes: Iterable<string>): { code: string; name: string }[] {
  return [...new Set(codes)]
    .map((code) => ({ code, name: countryName(code), key: sortKey(countryName(code)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.code < b.code ? -1 : 1))
    .map(({ code, name }) => ({ code, name }));
}
