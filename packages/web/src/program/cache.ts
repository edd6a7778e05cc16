/** What the program pages keep on the phone: the days' sessions as last loaded, and the sets marked done. */
import type { TodayView } from "../lib/api";
import { load, save } from "../lib/storage";

const VIEWS = "program.days";
const SETS = "program.sets";
const KEEP = 21;

/** Keeps the newest KEEP days of a record keyed by day. */
function trim<T>(byDay: Record<string, T>): Record<string, T> {
  const days = Object.keys(byDay).sort().slice(-KEEP);
  return Object.fromEntries(days.map((d) => [d, byDay[d]!]));
}

export function keepView(view: TodayView) {
  save(VIEWS, trim({ ...load<Record<string, TodayView>>(VIEWS, {}), [view.day]: view }));
}

export function keptView(day: string): TodayView | undefined {
  return load<Record<string, TodayView>>(VIEWS, {})[day];
}

/** Whether any day of a plan was ever loaded on this phone (so there is a plan to log against offline). */
export function anyKept(): boolean {
  return Object.keys(load<Record<string, TodayView>>(VIEWS, {})).length > 0;
}

export function keptSets(day: string): Record<string, number> {
  return load<Record<string, Record<string, number>>>(SETS, {})[day] ?? {};
}

export function keepSets(day: string, sets: Record<string, number>) {
  save(SETS, trim({ ...load<Record<string, Record<string, number>>>(SETS, {}), [day]: sets }));
}
