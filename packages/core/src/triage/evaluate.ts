/** Traffic-light triage: red flags first; red stops everything. */
import type { AssessmentResult, TriageReason } from "../contract/schema.js";
import type { Facts } from "../assess/facts.js";
import type { Traced, TraceEntry } from "../trace/trace.js";
import { TRIAGE_RULES } from "./rules.js";

export type Triage = AssessmentResult["triage"];

const ACTION = {
  red: "urgent_care",
  yellow: "self_care_and_see_clinician",
  green: "self_care",
} as const;

/**
 * Applies every triage rule; the level is the worst that fired (green when none did).
 * Reasons list red ones first, each once.
 */
export function evaluateTriage(facts: Facts): Traced<Triage> {
  const fired = TRIAGE_RULES.filter((rule) => rule.applies(facts));
  const reasons: TriageReason[] = [];
  const seen = new Set<string>();
  for (const level of ["red", "yellow"] as const) {
    for (const rule of fired.filter((r) => r.level === level)) {
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      reasons.push({
        id: rule.id,
        text: rule.text,
        level: rule.level,
        source: `${rule.source.doc} · ${rule.source.section}`,
      });
    }
  }
  const level = fired.some((r) => r.level === "red") ? "red" : fired.length > 0 ? "yellow" : "green";
  const trace: TraceEntry[] = fired.map((r) => ({
    engine: "triage",
    rule: `${r.level}:${r.id}`,
    source: r.source,
  }));
  if (level === "green") {
    trace.push({ engine: "triage", rule: "green:no_flags", note: "no red or yellow rule applied" });
  }
  return { result: { level, action: ACTION[level], reasons }, trace };
}
