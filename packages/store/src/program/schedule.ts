/** Which exercises fall on which day: hard and easy days alternate, as seed 000's step 7 asks. */
import type { Plan, PlanItem, PhaseId } from "@upstream/core";

/** Days between two YYYY-MM-DD dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Day index 0, 2, 4 of each week are hard days; 1, 3, 5 easy; 6 rest from training (habits go on). */
export function dayKind(index: number): "hard" | "easy" | "rest" {
  const d = ((index % 7) + 7) % 7;
  if (d === 6) return "rest";
  return d % 2 === 0 ? "hard" : "easy";
}

const DAILY = /daily|a day|every day|while sitting|every 20-30 minutes|when pain flares/i;

/** Whether an item of a phase is done on a day of the program. */
export function scheduledOn(phase: PhaseId, item: PlanItem, index: number): boolean {
  if (DAILY.test(item.frequency)) return true;
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
    p.items.filter((item) => scheduledOn(p.id, item, index)).map((item) => ({ ...item, phase: p.id })),
  );
}
