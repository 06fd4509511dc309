// Percentages as people type them ("2.5", "2,5 %") ↔ integer basis points (250).

/** Percent with at most one decimal ("2.5") → basis points (250). Null when unparseable. */
export function parsePercentToBps(input: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d))?$/.exec(input.trim().replace(/\s*%$/, ""));
  return m ? Number(m[1]) * 100 + Number(m[2] ?? "0") * 10 : null;
}

export function formatBpsAsPercent(bps: number): string {
  return `${Math.floor(bps / 100)}.${Math.floor((bps % 100) / 10)}`;
}
