/** Traffic-light triage: red flags first; red stops everything. */
import type { AssessmentResult, TriageReason } from "../contract/schema.js";
import type { Facts } from "../assess/facts.js";
import type { Traced, TraceEntry, TraceOptions } from "../trace/trace.js";
import { TRIAGE_RULES, type TriageRule } from "./rules.js";

export type Triage = AssessmentResult["triage"];

const ACTION = {
  red: "urgent_care",
  yellow: "self_care_and_see_clinician",
  green: "self_care",
} as const;

/** Each rule's reason as a result shows it: made once and shared by every result, which is read, never changed. */
const REASON_OF = new Map<TriageRule, TriageReason>(
  TRIAGE_RULES.map((rule) => [
    rule,
    Object.freeze({
      id: rule.id,
      text: rule.text,
      level: rule.level,
      source: `${rule.source.doc} · ${rule.source.section}`,
    }),
  ]),
);

/**
 * Applies every triage rule; the level is the worst that fired (green when none did).
 * Reasons list red ones first, each once. `{ trace: true }` adds the rules that fired.
 */
export function evaluateTriage(facts: Facts, options: TraceOptions = {}): Traced<Triage> {
  const fired = TRIAGE_RULES.filter((rule) => rule.applies(facts));
  const reasons: TriageReason[] = [];
  const seen = new Set<string>();
  for (const level of ["red", "yellow"] as const) {
    for (const rule of fired) {
      if (rule.level !== level || seen.has(rule.id)) continue;
      seen.add(rule.id);
      reasons.push(REASON_OF.get(rule)!);
    }
  }
  const level = fired.some((r) => r.level === "red") ? "red" : fired.length > 0 ? "yellow" : "green";
  const result: Triage = { level, action: ACTION[level], reasons };
  if (!options.trace) return { result, trace: [] };
  const trace: TraceEntry[] = fired.map((r) => ({
    engine: "triage",
    rule: `${r.level}:${r.id}`,
    source: r.source,
  }));
  if (level === "green") {
    trace.push({ engine: "triage", rule: "green:no_flags", note: "no red or yellow rule applied" });
  }
  return { result, trace };
}
