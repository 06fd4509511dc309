// Pure (no imports): the ONE rule that turns a CSV header into a contact field key. The import stores
// custom fields under these keys, the mapping step shows them, and scripts name them in
// {{contact.<key>}} placeholders, so a column the person sees is always a field the script can use.

/** What a field key may contain (the placeholder syntax accepts exactly this). */
export const FIELD_KEY_PATTERN = /^[A-Za-z0-9_-]+$/;
export const MAX_FIELD_KEY_LENGTH = 64;

/** Standard contact fields that placeholders name besides the list's custom fields. */
export const STANDARD_FIELD_KEYS = [
  "phone",
  "phoneExtension",
  "firstName",
  "lastName",
  "email",
  "country",
  "region",
  "timeZone",
] as const;

/**
 * The field key of a header: accents dropped (é → e), every run of other characters than letters,
 * digits, `_` and `-` made one `_` (dropped at the ends), at most 64 characters. A header that is
 * already a valid key keeps it unchanged (so scripts written against it keep working). An empty
 * result becomes `column_<n>`. The migration 20261202200000_contact_field_pairs applies the same
 * rule in SQL to lists imported before it.
 */
export function fieldKeyFromHeader(header: string, index: number): string {
  const key = header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .slice(0, MAX_FIELD_KEY_LENGTH);
  return key || `column_${index + 1}`;
}

/** Keys that differ only in case or in `-` versus `_` read as the same field to people: one comparison. */
export const fieldKeyIdentity = (key: string) => key.toLowerCase().replace(/-/g, "_");

export interface HeaderClash {
  /** Column positions (0-based) of the two headers. */
  first: number;
  second: number;
  key: string;
  message: string;
}

/**
 * The first two headers that would become the same field (identical after trimming, or equal once
 * turned into keys), or null. A file like that is refused: importing it would either drop a column
 * or give two columns one placeholder.
 */
export function findHeaderClash(header: readonly string[]): HeaderClash | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < header.length; i++) {
    const key = fieldKeyFromHeader(header[i] ?? "", i);
    const identity = fieldKeyIdentity(key);
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, i);
      continue;
    }
    const a = (header[first] ?? "").trim();
    const b = (header[i] ?? "").trim();
    const firstKey = fieldKeyFromHeader(header[first] ?? "", first);
    const columns = `The columns "${a}" (column ${first + 1}) and "${b}" (column ${i + 1})`;
    const message =
      a === b
        ? `The column "${b}" appears twice in the header (columns ${first + 1} and ${i + 1}). Rename or remove one of them and upload the file again.`
        : firstKey === key
          ? `${columns} would both become the field {{contact.${key}}}. Rename one of them and upload the file again.`
          : `${columns} would become the fields {{contact.${firstKey}}} and {{contact.${key}}}, which differ only in case or in - and _. Rename one of them and upload the file again.`;
    return { first, second: i, key, message };
  }
  return null;
}

/** Why a custom column's key cannot be used, or null: it would shadow a standard contact field. */
export function reservedKeyProblem(header: string, index: number): string | null {
  const key = fieldKeyFromHeader(header, index);
  const standard = STANDARD_FIELD_KEYS.find((f) => fieldKeyIdentity(f) === fieldKeyIdentity(key));
  if (!standard) return null;
  return `The column "${header.trim()}" would become {{contact.${key}}}, which is the standard field {{contact.${standard}}}. Map the column to that field, or choose "Ignore".`;
}
