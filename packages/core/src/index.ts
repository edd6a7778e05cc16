/** @upstream/core: the knowledge base, the contract's schemas and the pure engines. */
export * from "./contract/ids.js";
export * from "./contract/schema.js";
export * from "./validation/parse.js";
export type { TraceEntry, Traced, TraceOptions } from "./trace/trace.js";
export { assess, ENGINE_VERSION, NOTICE, RED_NOTICE } from "./assess/assess.js";
export { deriveFacts, type Facts } from "./assess/facts.js";
export { evaluateTriage } from "./triage/evaluate.js";
export { TRIAGE_RULES } from "./triage/rules.js";
export { choosePersona } from "./persona/choose.js";
export { rankDrivers, confidenceOf, THRESHOLDS } from "./drivers/rank.js";
export { buildPlan, PLAN_RULES } from "./plan/build.js";
export { PHASE_INFO } from "./plan/phases.js";
export { evaluateEscalations, ESCALATION_RULES } from "./escalations/evaluate.js";
export { reviewWeek, volumeOf } from "./progress/review.js";
export * from "./knowledge/index.js";
export * from "./program/schema.js";
export * from "./api/schema.js";
export * from "./measures/schema.js";
export * from "./illustrations/shapes.js";
<<<<<<< HEAD
export * from "./illustrations/index.js";
=======
export { PAIN_DURING_MAX, REGRESS_AT } from "./progress/review.js";
export * from "./api/clinic.js";
>>>>>>> portal
