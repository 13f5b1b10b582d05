/** Median, p95 and max of a sample (nearest-rank), rounded for reporting. */
export interface Summary {
  median: number | null;
  p95: number | null;
  max: number | null;
  n: number;
}

export function summarize(values: number[]): Summary {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: null, p95: null, max: null, n: 0 };
  const rank = (q: number): number => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  const mid = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { median: round(mid), p95: round(rank(0.95)), max: round(sorted[n - 1]!), n };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
