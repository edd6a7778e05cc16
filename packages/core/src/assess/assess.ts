/** assess: AssessmentInput → AssessmentResult, composing triage, persona, drivers, plan and escalations. */
import type { AssessmentInput, AssessmentResult } from "../contract/schema.js";
import { rankDrivers } from "../drivers/rank.js";
import { evaluateEscalations } from "../escalations/evaluate.js";
import { choosePersona } from "../persona/choose.js";
import { buildPlan } from "../plan/build.js";
import type { Traced, TraceOptions } from "../trace/trace.js";
import { evaluateTriage } from "../triage/evaluate.js";
import { urgentAction } from "../triage/show.js";
import { deriveFacts } from "./facts.js";

/** The engine's version: stored with every assessment so results can be traced to the rules that made them. */
export const ENGINE_VERSION = "1.0.0";

export const NOTICE =
  "Upstream gives self-care guidance, not a diagnosis. It does not replace a clinician and never advises on " +
  "medication. If anything gets worse, or a red-flag sign appears, stop and get medical help.";

/** The notice of a red result: what it says to do is `urgentAction`'s, now or today by the signs. */
export const redNotice = (action: string) =>
  "Upstream gives self-care guidance, not a diagnosis. What you describe needs a medical check before any " +
  `exercise plan: ${action.charAt(0).toLowerCase()}${action.slice(1)}`;

/**
 * Assesses a validated input. Red flags run first: a red result has no plan. `{ trace: true }` adds the
 * rules that fired.
 *
 * @example assess({ age: 40, complaints: [{ region: "calf", kinds: ["cramp"] }] }).result.triage.level // "green"
 */
export function assess(input: AssessmentInput, options: TraceOptions = {}): Traced<AssessmentResult> {
  const facts = deriveFacts(input);
  const triage = evaluateTriage(facts, options);
  const red = triage.result.level === "red";
  const persona = choosePersona(facts, options);
  const drivers = rankDrivers(facts, options);
  const escalations = evaluateEscalations(facts, red, options);
  const clinicianAdvised = triage.result.level === "yellow" || escalations.result.length > 0;
  const advised = { clinician: clinicianAdvised, escalations: escalations.result.map((e) => e.id) };
  const plan = red ? undefined : buildPlan(facts, drivers.result, persona.result, advised, options);
  const result: AssessmentResult = {
    triage: triage.result,
    persona: persona.result,
    drivers: drivers.result,
    plan: plan ? plan.result : null,
    escalations: escalations.result,
    notice: red ? redNotice(urgentAction(triage.result.reasons.map((r) => r.id))) : NOTICE,
  };
  if (!options.trace) return { result, trace: [] };
  return {
    result,
    trace: [
      ...triage.trace,
      ...persona.trace,
      ...drivers.trace,
      ...(plan?.trace ?? []),
      ...escalations.trace,
    ],
  };
}
