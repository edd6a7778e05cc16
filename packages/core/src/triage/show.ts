/**
 * Which triage reasons a report shows (also the `@upstream/core/reasons` entry for the web app: no imports).
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
