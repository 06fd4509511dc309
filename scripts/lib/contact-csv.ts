/**
 * A realistic contact CSV for the import benchmark: US/DE/GB/FR/CA/AU numbers in mixed formats,
 * ~2% invalid, ~3% duplicates of earlier rows, ~1% meant for the do-not-call list.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const FIRST = [
  "Ada",
  "Bob",
  "Chloé",
  "Dmitri",
  "Emma",
  "François",
  "Greta",
  "Hiro",
  "Ines",
  "Jamal",
  "Kai",
  "Lena",
  "Mateo",
  "Nora",
  "Omar",
  "Priya",
];
const LAST = [
  "Smith",
  "Müller",
  "Dupont",
  "García",
  "O'Brien",
  "Nguyen",
  "Kowalski",
  "Rossi",
  "Jones",
  "Tanaka",
  "Silva",
  "Brown",
];
const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Smith, Jones & Co",
  "Umbrella",
  'Stark "Industries"',
  "Wayne Enterprises",
  "Hooli",
];
const US_NPA = ["212", "312", "415", "617", "305", "206", "404", "702", "303", "214"];
const US_STATE: Record<string, string> = {
  "212": "NY",
  "312": "IL",
  "415": "CA",
  "617": "MA",
  "305": "FL",
  "206": "WA",
  "404": "GA",
  "702": "NV",
  "303": "CO",
  "214": "TX",
};
const INVALID = ["12345", "n/a", "555-CALL-NOW", "+1 000 000 0000", "0", "call me"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A valid phone for generated row i: E.164 plus a human-formatted variant, country and region. Unique per i. */
function phoneFor(i: number): { e164: string; shown: string; country: string; region: string } {
  const bucket = i % 10;
  const k = Math.floor(i / 10);
  if (bucket < 4) {
    const u = k * 4 + bucket;
    const npa = US_NPA[u % US_NPA.length]!;
    const rest = Math.floor(u / US_NPA.length);
    const nxx = 200 + (rest % 700);
    const line = pad(Math.floor(rest / 700) % 10000, 4);
    const e164 = `+1${npa}${nxx}${line}`;
    return { e164, shown: u % 2 ? `(${npa}) ${nxx}-${line}` : e164, country: "US", region: US_STATE[npa]! };
  }
  if (bucket < 6) {
    const n = pad(10_000_000 + ((k * 2 + bucket - 4) % 90_000_000), 8);
    return { e164: `+49151${n}`, shown: k % 2 ? `0151 ${n}` : `+49 151 ${n}`, country: "DE", region: "" };
  }
  if (bucket < 7) {
    const n = pad(k % 1_000_000, 6);
    return { e164: `+447400${n}`, shown: k % 2 ? `07400 ${n}` : `+44 7400 ${n}`, country: "GB", region: "" };
  }
  if (bucket < 8) {
    const n = pad(k % 100_000_000, 8);
    return {
      e164: `+336${n}`,
      shown: `+33 6 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
      country: "FR",
      region: "",
    };
  }
  if (bucket < 9) {
    const nxx = 200 + (k % 700);
    const line = pad(Math.floor(k / 700) % 10000, 4);
    return { e164: `+1403${nxx}${line}`, shown: `+1 403 ${nxx} ${line}`, country: "CA", region: "AB" };
  }
  const n = pad(k % 100_000_000, 8);
  return { e164: `+614${n}`, shown: `04${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, country: "AU", region: "VIC" };
}

/** Writes the CSV; returns the numbers to seed into the do-not-call list. */
export async function generateCsv(file: string, rows: number) {
  const out = createWriteStream(file);
  const dnc: string[] = [];
  let buf = "phone,first_name,last_name,email,country,state,company,customer_id\n";
  for (let i = 0; i < rows; i++) {
    const slot = i % 100;
    let phone = phoneFor(i);
    let shown = phone.shown;
    if (slot === 20 || slot === 21)
      shown = INVALID[i % INVALID.length]!; // ~2% invalid
    else if (slot >= 10 && slot <= 12 && i >= 7) {
      phone = phoneFor(i - 7); // ~3% duplicates of an earlier row, in the other format
      shown = phone.e164;
    } else if (slot === 50) dnc.push(phone.e164); // ~1% on the do-not-call list
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i >> 4) % LAST.length]!;
    buf += `${quote(shown)},${first},${quote(last)},${first.toLowerCase()}.${i}@example.com,${phone.country},${phone.region},${quote(COMPANIES[i % COMPANIES.length]!)},C${i}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
  return dnc;
}
