import "server-only";
// Pure CSV helpers: delimiter detection, formula neutralization for exports, COPY text escaping.

export type Delimiter = "," | ";";

/** Picks `,` or `;` from the header line: whichever occurs more often outside quotes (ties → `,`). */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The first line of the text (up to the first newline outside quotes). */
export function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) return text.slice(0, i);
  }
  return text;
}

/** A spreadsheet would run a cell starting with = + - @ (or tab/CR) as a formula; a leading ' keeps it text. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV line (RFC 4180 quoting), with every cell neutralized. */
export function csvLine(cells: readonly string[]): string {
  return cells
    .map((raw) => {
      const cell = neutralizeCell(raw);
      return /[",\n\r;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(",");
}

const COPY_SPECIAL = /[\\\t\n\r]/;

/** A value for COPY ... FROM STDIN (text format): NULL is \N; backslash, tab and newlines escaped. */
export function copyValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  if (!COPY_SPECIAL.test(value)) return value;
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
