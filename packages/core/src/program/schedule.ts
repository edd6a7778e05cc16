/** Which exercises fall on which day: hard and easy days alternate, as seed 000's step 7 asks. Pure calendar arithmetic. */
import type { PhaseId } from "../contract/ids.js";
import type { Plan, PlanItem } from "../contract/schema.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date in the proleptic Gregorian calendar (no clock, no time zone);
 * NaN when the text is not a real date.
 */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return Number.NaN;
  const [y0, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Howard Hinnant's days_from_civil: years start in March so the leap day is the year's last.
  const y = mo <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const n = era * 146_097 + doe - 719_468;
  // 2026-02-30 and 2026-13-01 match the pattern but are not days.
  return dayFromNumber(n) === day ? n : Number.NaN;
}

/** The YYYY-MM-DD date `n` days after 1970-01-01 (the inverse of dayNumber). */
export function dayFromNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const pad = (v: number, w: number) => String(v).padStart(w, "0");
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Days between two YYYY-MM-DD dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The YYYY-MM-DD date `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n);
}

/** Day index 0, 2, 4 of each week are hard days; 1, 3, 5 easy; 6 rest from training (habits go on). */
export function dayKind(index: number): "hard" | "easy" | "rest" {
  const d = ((index % 7) + 7) % 7;
  if (d === 6) return "rest";
  return d % 2 === 0 ? "hard" : "easy";
}

const DAILY = /daily|a day|every day|while sitting|every 20-30 minutes|when pain flares/i;

/** Whether a plan item's frequency has it done every day, whatever its phase. */
export const isDaily = (frequency: string) => DAILY.test(frequency);

/** The fields of a plan item the schedule reads. */
export type SchedulableItem = Pick<PlanItem, "frequency" | "fromWeek">;

/** Whether an item of a phase is done on a day of the program. */
export function scheduledOn(phase: PhaseId, item: SchedulableItem, index: number): boolean {
  if (item.fromWeek !== undefined && Math.floor(index / 7) + 1 < item.fromWeek) return false;
  if (isDaily(item.frequency)) return true;
  const kind = dayKind(index);
  switch (phase) {
    case "calm":
    case "decompress":
    case "recovery":
      return true;
    case "core_endurance":
      // "Most days": six days a week.
      return kind !== "rest";
    case "nerve_mobility":
      // 3-5 days a week, on the easy days: nerves calm between.
      return kind === "easy";
    case "restore_chain":
      return kind === "hard" || kind === "rest";
    case "reload":
    case "progress":
      // 2-4 days a week, on the hard days.
      return kind === "hard";
  }
}

export interface ScheduledItem extends PlanItem {
  phase: PhaseId;
}

/** The items of a plan scheduled on day `index` (0 = the program's first day). */
export function itemsOn(plan: Plan, index: number): ScheduledItem[] {
  return plan.phases.flatMap((p) =>
    p.onHold
      ? []
      : p.items.filter((item) => scheduledOn(p.id, item, index)).map((item) => ({ ...item, phase: p.id })),
  );
}
