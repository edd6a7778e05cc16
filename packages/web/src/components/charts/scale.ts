/** Chart arithmetic: days as numbers, nice axis ticks, short date words and the spoken summary of a series. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time-zone shifts). */
export const dayIndex = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "6 Jan": short enough for a phone's axis. */
export const shortDate = (day: string) => SHORT.format(new Date(`${day}T00:00:00Z`));
const MEDIUM = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
/** "6 Jan 2026": for narrow table columns. */
export const mediumDate = (day: string) => MEDIUM.format(new Date(`${day}T00:00:00Z`));
/** "6 January 2026": for tables and screen readers. */
export const longDate = (day: string) => LONG.format(new Date(`${day}T00:00:00Z`));

/**
 * Evenly spaced ticks from `min` up to at least `max`: about five steps of 1, 2 or 5 times a power of ten, and
 * never under 1 (the charts show counts, seconds, percentages and 0-10 scores).
 */
export function niceTicks(min: number, max: number): number[] {
  const span = Math.max(max - min, 1);
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw);
  const top = Math.max(Math.ceil(max / step) * step, min + step);
  const ticks: number[] = [];
  for (let v = min; v <= top + step / 1000; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** Up to `count` evenly spread indexes of a list of `n` items, always the first and the last. */
export function spread(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(Math.round((i * (n - 1)) / (count - 1)));
  return [...out];
}

/** "4" or "4.5": at most one decimal, as a person would say it. */
export const formatNumber = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export const withUnit = (v: number, unit: string | undefined) =>
  unit ? `${formatNumber(v)}${unit === "%" ? "" : " "}${unit}` : formatNumber(v);
