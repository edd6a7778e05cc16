/** The pain limits of the weekly review, apart from the engine so summaries and charts can draw them. */
/** Pain during a session up to this is fine (contract rules.painDuringMax). */
export const PAIN_DURING_MAX = 3;
/** A spike to this or more regresses (contract rules.regressAt). */
export const REGRESS_AT = 5;
