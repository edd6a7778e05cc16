/** The outcome measure calls: the instruments (cached), what is due, the person's results, and saving one. */
import type { Instrument, MeasureId, MeasureInput, MeasureRecord, MeasuresDue } from "@upstream/core";
import { call } from "../lib/api";
import { load, save } from "../lib/storage";

export type { Instrument, MeasureId, MeasureRecord };
export const MEASURE_ORDER: readonly MeasureId[] = ["start_back", "nprs", "rmdq", "psfs"];
export const isMeasureId = (text: string): text is MeasureId =>
  (MEASURE_ORDER as readonly string[]).includes(text);

let cached: Promise<Record<MeasureId, Instrument>> | undefined;

/** The instruments from the server (core's wording and sources), kept on the phone for offline reading. */
export function instruments(): Promise<Record<MeasureId, Instrument>> {
  cached ??= call<Instrument[]>("GET", "/api/measures/instruments")
    .then((list) => {
      const byId = Object.fromEntries(list.map((i) => [i.id, i])) as Record<MeasureId, Instrument>;
      save("measure-instruments", byId);
      return byId;
    })
    .catch((e: unknown) => {
      cached = undefined;
      const kept = load<Record<MeasureId, Instrument> | null>("measure-instruments", null);
      if (kept) return kept;
      throw e;
    });
  return cached;
}

export const measuresApi = {
  due: (day: string) => call<MeasuresDue>("GET", `/api/people/me/measures/due?day=${day}`),
  list: () => call<MeasureRecord[]>("GET", "/api/people/me/measures"),
  save: (input: MeasureInput) => call<MeasureRecord>("POST", "/api/people/me/measures", input),
};
