// Child process of bench-import: writes the benchmark CSV and prints its do-not-call numbers as JSON.
import { generateCsv } from "./lib/contact-csv";

const [file, rows] = process.argv.slice(2);
if (!file || !Number.isInteger(Number(rows))) throw new Error("usage: generate-contact-csv <file> <rows>");
process.stdout.write(JSON.stringify(await generateCsv(file, Number(rows))));
