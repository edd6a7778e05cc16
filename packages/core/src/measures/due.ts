/** Which outcome measures are due on a day, and why: each instrument's schedule applied to the person's record. */
import { z } from "zod";
import type { Region } from "../contract/ids.js";
import { dayNumber } from "../program/schedule.js";
import { INSTRUMENTS } from "./instruments.js";
import { MEASURE_IDS, type MeasureId } from "./schema.js";

export const MeasureDueSchema = z.strictObject({
  due: z.array(z.strictObject({ instrument: z.enum(MEASURE_IDS), reason: z.string() })),
});
export type MeasuresDue = z.infer<typeof MeasureDueSchema>;
export type DueMeasure = MeasuresDue["due"][number];

export interface DueInput {
  /** The person's earlier responses; only the instrument and the day matter here. */
  records: readonly { instrument: MeasureId; day: string }[];
  /** Day 1 of the plan; nothing is due before it, or when there is no plan (null). */
  planStartDay: string | null;
  today: string;
  /** The regions of the complaints in the person's latest assessment. */
  complaintRegions: readonly Region[];
}

/** The order a person meets them in: the once-only screen first, then the quick pain rating, then function. */
const ORDER: readonly MeasureId[] = ["start_back", "nprs", "rmdq", "psfs"];

/**
 * The instruments due on `today`, each with a plain reason. STarT Back once at intake (low back pain only);
 * NPRS weekly; RMDQ for back complaints at intake and every 4 weeks; PSFS at intake and every 4 weeks. A later
 * response resets the interval, so a late one does not make the next one early.
 *
 * @example measuresDue({ records: [], planStartDay: "2026-01-05", today: "2026-01-05", complaintRegions: ["calf"] })
 *   // due: nprs and psfs ("Not filled in yet: …")
 */
export function measuresDue(input: DueInput): MeasuresDue {
  const { records, planStartDay, today, complaintRegions } = input;
  if (planStartDay === null || dayNumber(today) < dayNumber(planStartDay)) return { due: [] };
  const due: DueMeasure[] = [];
  for (const id of ORDER) {
    const { regions, everyDays } = INSTRUMENTS[id].schedule;
    if (regions !== null && !complaintRegions.some((r) => regions.includes(r))) continue;
    const days = records.filter((r) => r.instrument === id).map((r) => dayNumber(r.day));
    if (days.length === 0) {
      due.push({
        instrument: id,
        reason:
          everyDays === null
            ? "Not filled in yet: asked once, at the start."
            : `Not filled in yet: asked at the start, then every ${everyDays === 7 ? "week" : `${everyDays / 7} weeks`}.`,
      });
      continue;
    }
    if (everyDays === null) continue;
    const since = dayNumber(today) - Math.max(...days);
    if (since >= everyDays) {
      due.push({
        instrument: id,
        reason: `Last filled in ${since} days ago: asked every ${everyDays === 7 ? "week" : `${everyDays / 7} weeks`}.`,
      });
    }
  }
  return { due };
}
