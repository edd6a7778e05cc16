/** The "stuck?" escalations: when self-care should hand over to a clinician, for anyone who meets the rule. */
import type { EscalationId } from "../contract/ids.js";
import type { Escalation } from "../contract/schema.js";
import { REGION_WORD, type Facts } from "../assess/facts.js";
import type { Source } from "../knowledge/schema.js";
import type { Traced, TraceOptions } from "../trace/trace.js";

export interface EscalationRule {
  id: EscalationId;
  action: Escalation["action"];
  source: Source;
  /** Still shown on a red result: the urgent action supersedes the others. */
  keepWhenRed: boolean;
  /** The text when the rule applies, or undefined when it does not. */
  check: (f: Facts) => string | undefined;
}

const S000 = "000_4c8d56c44adcabb3.txt";
const PERSONA = "Next steps and troubleshooting by persona";

/** Thresholds, in weeks on the plan, from the personas' "stuck?" lines as the contract settles them. */
export const STUCK_WEEKS = { calfRaise: 2, overhead: 3, lightLoads: 2 } as const;
/** Seed 000's runner: single-leg calf raises that "differ by >5 reps side to side". */
export const STUCK_CALF_GAP = 5;

export const ESCALATION_RULES: readonly EscalationRule[] = [
  {
    id: "calf_raise_asymmetry_persists",
    action: "see_clinician",
    source: { doc: S000, section: `${PERSONA} › Runner with calf/hamstring issues › Stuck?` },
    keepWhenRed: false,
    check: (f) => {
      const g = f.calfRaise;
      if (!g || f.programWeeks < STUCK_WEEKS.calfRaise || g.gap <= STUCK_CALF_GAP) return undefined;
      return (
        `After ${f.programWeeks} weeks your single-leg calf raises still differ by ${g.gap} reps ` +
        `(left ${g.left}, right ${g.right}). See a clinician to check the nerve supply and the calf.`
      );
    },
  },
  {
    id: "overhead_pain_persists",
    action: "see_clinician",
    source: { doc: S000, section: `${PERSONA} › Desk worker with neck/shoulder pain › Stuck?` },
    keepWhenRed: false,
    check: (f) =>
      f.hasRegion("shoulder") && f.aggravates("overhead_reach") && f.programWeeks >= STUCK_WEEKS.overhead
        ? `Overhead pain has persisted for ${f.programWeeks} weeks on the plan. Get assessed for shoulder-blade ` +
          "mechanics and the neck's contribution."
        : undefined,
  },
  {
    id: "pain_with_light_loads",
    action: "see_clinician",
    source: { doc: S000, section: `${PERSONA} › Lifter with back pinch on pulls › Stuck?` },
    keepWhenRed: false,
    check: (f) => {
      const backHurtsLifting =
        f.backComplaint &&
        (f.aggravates("lifting") || (f.activity("lifting") && !f.input.aggravators?.length));
      return f.activity("lifting") && backHurtsLifting && f.programWeeks >= STUCK_WEEKS.lightLoads
        ? `Your back still hurts with lifting after ${f.programWeeks} weeks. Get eyes on your set-up and have a ` +
            "clinician rule out nerve involvement."
        : undefined;
    },
  },
  {
    id: "nerve_symptoms_need_review",
    action: "see_clinician",
    source: {
      doc: S000,
      section: "Decision helper: what should I do today? › If your pain shoots down a leg/arm",
    },
    keepWhenRed: false,
    check: (f) =>
      f.nerve.length > 0
        ? "Pain that shoots down a limb, numbness or tingling: start the nerve glides and short walks, and book a " +
          "clinician visit."
        : undefined,
  },
  {
    id: "persistent_beyond_6_weeks",
    action: "see_clinician",
    source: { doc: S000, section: "Yellow light (pain lasting beyond 2-6 weeks)" },
    keepWhenRed: false,
    check: (f) => {
      if (f.maxWeeks <= 6) return undefined;
      // With more than one complaint, the one that has lasted is named.
      const longest = f.input.complaints.find((c) => c.weeks === f.maxWeeks);
      const what =
        f.input.complaints.length > 1 && longest ? `Your ${REGION_WORD[longest.region]} complaint` : "This";
      return `${what} has lasted ${f.maxWeeks} weeks. Most mechanical problems improve within 2-6 weeks; see a clinician.`;
    },
  },
  {
    id: "stiffness_with_systemic_signs",
    action: "medical_review",
    source: { doc: S000, section: `${PERSONA} › Older adult with morning stiffness › Stuck?` },
    keepWhenRed: true,
    check: (f) => {
      const minutes = f.input.status?.morningStiffnessMinutes ?? 0;
      const fever = f.input.redFlags?.fever === true;
      const weightLoss = f.input.redFlags?.unexplainedWeightLoss === true;
      const signs = fever && weightLoss ? "a fever and weight loss" : fever ? "a fever" : "weight loss";
      return minutes > 60 && (fever || weightLoss)
        ? `Morning stiffness of ${minutes} minutes with ${signs}: book a medical review.`
        : undefined;
    },
  },
];

/**
 * Evaluates every escalation rule; on a red result only those marked `keepWhenRed` remain.
 * `{ trace: true }` adds the rules that applied.
 */
export function evaluateEscalations(
  f: Facts,
  red: boolean,
  options: TraceOptions = {},
): Traced<Escalation[]> {
  const result: Escalation[] = [];
  const trace: Traced<Escalation[]>["trace"] = [];
  for (const rule of ESCALATION_RULES) {
    const text = rule.check(f);
    if (text === undefined || (red && !rule.keepWhenRed)) continue;
    result.push({ id: rule.id, action: rule.action, text });
    if (options.trace)
      trace.push({
        engine: "escalations",
        rule: rule.id,
        source: rule.source,
        facts: { programWeeks: f.programWeeks },
      });
  }
  return { result, trace };
}
