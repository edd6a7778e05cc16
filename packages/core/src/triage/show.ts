/**
 * Which triage reasons a report shows, and what a red result tells the person to do (also the
 * `@upstream/core/reasons` entry for the web app: no imports).
 *
 * A reason that its more specific companion says again: `cancer_history` (with spine pain or nerve symptoms) beside
 * `cancer_history_with_spine_pain`. Results keep both contract ids; a report shows the companion alone.
 */
const SAID_AGAIN_BY: Readonly<Record<string, string>> = { cancer_history: "cancer_history_with_spine_pain" };

/**
 * The reasons a report shows: each said once, in the result's order.
 * @example reasonsToShow([{ id: "cancer_history" }, { id: "cancer_history_with_spine_pain" }]) // the second
 */
export function reasonsToShow<R extends { id: string }>(reasons: readonly R[]): R[] {
  const ids = new Set(reasons.map((r) => r.id));
  return reasons.filter((r) => !ids.has(SAID_AGAIN_BY[r.id] ?? ""));
}

/**
 * Red signs that cannot wait for the day: the nerves of the bladder, bowel and saddle (seed 000: "changes in
 * bowel/bladder control, saddle numbness"), a limb weakening fast, a major injury. The others (fever, weight
 * loss, a history of cancer, infection risk) need a medical check today.
 */
const NOW = new Set(["bladder_bowel_change", "saddle_numbness", "progressive_weakness", "major_trauma"]);

/** A red-flag field of the input ("saddleNumbness") as its reason id ("saddle_numbness"). */
export const reasonIdOfFlag = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Whether the red signs (reason ids) behind a result need help now rather than today. */
export const urgentNow = (ids: readonly string[]) => ids.some((id) => NOW.has(id));

/**
 * What to do for a red result, by the signs (reason ids) behind it: now, or today.
 * @example urgentAction(["saddle_numbness"]) // "Go to an emergency department now, or call ..."
 */
export const urgentAction = (ids: readonly string[]) =>
  urgentNow(ids)
    ? "Go to an emergency department now, or call your local emergency number."
    : "Go to urgent care or an emergency department today, or call your local emergency number.";
