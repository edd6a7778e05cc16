/** The day a program page is about: `?day=YYYY-MM-DD` in the hash, else today; and plain date words. */
import { useRoute } from "../lib/router";
import { localDay } from "../lib/storage";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(text: string | null | undefined): text is string {
  return !!text && DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** The query of the current hash route (`#/today?day=2026-01-06` → day=2026-01-06). */
export function useQuery(): URLSearchParams {
  const path = useRoute();
  const at = path.indexOf("?");
  return new URLSearchParams(at < 0 ? "" : path.slice(at + 1));
}

/** The day from the hash query, or today in the person's own time zone. */
export function useDay(): string {
  const day = useQuery().get("day");
  return isDay(day) ? day : localDay();
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const LONG = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const SHORT = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** "Tuesday 6 January 2026" */
export function longDay(day: string): string {
  return LONG.format(new Date(`${day}T00:00:00Z`)).replace(",", "");
}

/** "Tue 6 Jan" */
export function shortDay(day: string): string {
  return SHORT.format(new Date(`${day}T00:00:00Z`)).replace(",", "");
}
