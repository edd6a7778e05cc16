/** Zod schemas for the engine contract's four documents: the single source of every shape and type. */
import { z } from "zod";
import {
  ACTIVITIES,
  AGGRAVATORS,
  AVOID_IDS,
  CHANGE_KINDS,
  COMPLAINT_KINDS,
  DRIVER_IDS,
  EASERS,
  ESCALATION_ACTIONS,
  ESCALATION_IDS,
  EXERCISE_IDS,
  LIMB_SIDES,
  NERVE_KINDS,
  NERVE_LEVELS,
  PERSONAS,
  PHASE_IDS,
  PROGRESS_DECISIONS,
  REGIONS,
  SIDES,
  TRIAGE_ACTIONS,
  TRIAGE_LEVELS,
  TRIAGE_REASON_IDS,
} from "./ids.js";

/** A number within [min, max]; the message names the range so a person knows what would be valid. */
function numberIn(min: number, max: number) {
  const error = `must be a number between ${min} and ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

function integerIn(min: number, max: number) {
  const error = `must be a whole number between ${min} and ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(", ")}` });
}

const bool = () => z.boolean({ error: "must be true or false" });

/** An array of distinct enum values; a repeat is an error that names the repeated value. */
function setOf<const T extends readonly [string, ...string[]]>(values: T, minItems = 0) {
  return z
    .array(oneOf(values), { error: "must be a list" })
    .min(minItems, { error: `must list at least ${minItems} item${minItems === 1 ? "" : "s"}` })
    .superRefine((items, ctx) => {
      items.forEach((item, index) => {
        if (items.indexOf(item) !== index) {
          ctx.addIssue({ code: "custom", path: [index], message: `repeats "${item}"` });
        }
      });
    });
}

const leftRight = <T extends z.ZodType>(value: T) =>
  z.strictObject({ left: value.optional(), right: value.optional() });

export const ComplaintSchema = z.strictObject({
  region: oneOf(REGIONS),
  side: oneOf(SIDES).optional(),
  kinds: setOf(COMPLAINT_KINDS, 1),
  weeks: numberIn(0, 2600).optional(),
  recurrent: bool().optional(),
  worstPain: integerIn(0, 10).optional(),
});

export const NerveSymptomSchema = z.strictObject({
  limb: oneOf(["leg", "arm"]),
  side: oneOf(LIMB_SIDES).optional(),
  belowKneeOrElbow: bool().optional(),
  kinds: setOf(NERVE_KINDS, 1),
});

export const RedFlagsSchema = z.strictObject({
  bladderBowelChange: bool().optional(),
  saddleNumbness: bool().optional(),
  progressiveWeakness: bool().optional(),
  fever: bool().optional(),
  unexplainedWeightLoss: bool().optional(),
  cancerHistory: bool().optional(),
  majorTrauma: bool().optional(),
  infectionRisk: bool().optional(),
});

export const StatusSchema = z.strictObject({
  walk10MinWithoutSpike: bool().optional(),
  easesWithMovement: bool().optional(),
  painLimitsSleep: bool().optional(),
  nightPain: bool().optional(),
  morningStiffnessMinutes: numberIn(0, 1440).optional(),
  stretchRelief: oneOf(["none", "brief", "lasting"]).optional(),
  backMusclesFeelHard: bool().optional(),
});

export const HabitsSchema = z.strictObject({
  sittingHoursPerDay: numberIn(0, 24).optional(),
  sleepHours: numberIn(0, 24).optional(),
  highHeels: bool().optional(),
  crossesLegs: bool().optional(),
  runsOnToes: bool().optional(),
  wornShoes: bool().optional(),
  trainsAbs: bool().optional(),
});

export const SelfTestsSchema = z.strictObject({
  slump: leftRight(oneOf(["positive", "negative"])).optional(),
  calfRaise: leftRight(integerIn(0, 500)).optional(),
  heelWalk: leftRight(oneOf(["ok", "weak"])).optional(),
  sidePlank: leftRight(numberIn(0, 3600)).optional(),
  singleLegBridge: leftRight(integerIn(0, 500)).optional(),
  kneeToWall: leftRight(numberIn(0, 40)).optional(),
  thoracicExtension: oneOf(["eases_shoulder", "no_change", "worse"]).optional(),
  heelsFlatInSquat: bool().optional(),
});

export const AssessmentInputSchema = z.strictObject({
  age: integerIn(16, 110),
  activities: setOf(ACTIVITIES).optional(),
  complaints: z
    .array(ComplaintSchema, { error: "must be a list of complaints" })
    .min(1, { error: "must list at least 1 complaint" })
    .max(10, { error: "must list at most 10 complaints" }),
  nerveSymptoms: z
    .array(NerveSymptomSchema, { error: "must be a list" })
    .max(4, { error: "must list at most 4 nerve symptoms" })
    .optional(),
  redFlags: RedFlagsSchema.optional(),
  status: StatusSchema.optional(),
  aggravators: setOf(AGGRAVATORS).optional(),
  easers: setOf(EASERS).optional(),
  habits: HabitsSchema.optional(),
  selfTests: SelfTestsSchema.optional(),
  programWeeks: numberIn(0, 520).optional(),
  weightKg: numberIn(25, 400).optional(),
});

export const DoseSchema = z.strictObject({
  sets: integerIn(1, 20).optional(),
  reps: integerIn(1, 500).optional(),
  holdSeconds: numberIn(0, 3600).optional(),
  minutes: numberIn(0, 600).optional(),
  timesPerDay: integerIn(1, 24).optional(),
  loadKg: numberIn(0, 1000).optional(),
});

/** A dose with at least one field, as the contract's `current` and `next` require. */
export const NonEmptyDoseSchema = DoseSchema.refine((d) => Object.keys(d).length > 0, {
  error: "must give at least one of sets, reps, holdSeconds, minutes, timesPerDay, loadKg",
});

export const TriageReasonSchema = z.object({
  id: z.enum(TRIAGE_REASON_IDS),
  text: z.string().min(1),
  level: z.enum(["red", "yellow"]),
  source: z.string().min(1),
});

export const DriverResultSchema = z.object({
  id: z.enum(DRIVER_IDS),
  confidence: z.number().min(0).max(1),
  findings: z.array(z.string()),
  explanation: z.string(),
  levels: z.array(z.enum(NERVE_LEVELS)).optional(),
});

export const PlanItemSchema = z.object({
  exercise: z.enum(EXERCISE_IDS),
  dose: DoseSchema,
  frequency: z.string(),
  note: z.string().optional(),
  /**
   * Upstream's addition: the program week (1 = the first) from which the item is done; the weeks before it
   * prepare for it (seed 000: two weeks of spine endurance and hinge drills, then slow eccentrics).
   */
  fromWeek: z.number().int().min(2).max(12).optional(),
  /**
   * Upstream's addition: for an exercise done on each side, the one side to do it on when only that side
   * needs it (a nerve glide for symptoms in one leg or arm). Absent: each side.
   */
  side: z.enum(["left", "right"]).optional(),
});

export const PlanPhaseSchema = z.object({
  id: z.enum(PHASE_IDS),
  title: z.string(),
  why: z.string(),
  items: z.array(PlanItemSchema),
  guidance: z.array(z.string()).optional(),
  /**
   * Upstream's addition: the phase waits for what its `why` names (a fever gone, a 10-minute walk without a
   * spike), so its items are not scheduled until a re-assessment lifts the hold.
   */
  onHold: z.literal(true).optional(),
});

export const PlanRulesSchema = z.object({
  painDuringMax: z.literal(3),
  regressAt: z.literal(5),
  weeklyIncreasePercent: z.tuple([z.literal(10), z.literal(20)]),
});

export const PlanSchema = z.object({
  phases: z.array(PlanPhaseSchema).min(1),
  avoid: z.array(z.object({ id: z.enum(AVOID_IDS), reason: z.string() })),
  rules: PlanRulesSchema,
  recovery: z.object({
    sleepHours: z.tuple([z.literal(7), z.literal(9)]),
    proteinGramsPerKgPerDay: z.literal(1.6),
    proteinGramsPerDay: z.number().optional(),
  }),
});

export const EscalationSchema = z.object({
  id: z.enum(ESCALATION_IDS),
  action: z.enum(ESCALATION_ACTIONS),
  text: z.string(),
});

export const AssessmentResultSchema = z.object({
  triage: z.object({
    level: z.enum(TRIAGE_LEVELS),
    action: z.enum(TRIAGE_ACTIONS),
    reasons: z.array(TriageReasonSchema),
  }),
  persona: z.enum(PERSONAS),
  drivers: z.array(DriverResultSchema),
  plan: PlanSchema.nullable(),
  escalations: z.array(EscalationSchema),
  notice: z.string().min(1),
});

export const ProgressSessionSchema = z.strictObject({
  day: integerIn(1, 7),
  completed: bool(),
  painDuring: integerIn(0, 10).optional(),
  painNextDay: integerIn(0, 10).optional(),
});

export const ProgressInputSchema = z.strictObject({
  exercise: oneOf(EXERCISE_IDS),
  current: NonEmptyDoseSchema,
  baselinePain: integerIn(0, 10),
  lastIncrease: z.enum(CHANGE_KINDS, { error: "must be volume, intensity or null" }).nullable().optional(),
  sessions: z
    .array(ProgressSessionSchema, { error: "must be a list of sessions" })
    .min(1, { error: "must list at least 1 session" })
    .max(14, { error: "must list at most 14 sessions" }),
});

export const ProgressResultSchema = z.object({
  decision: z.enum(PROGRESS_DECISIONS),
  changed: z.enum(CHANGE_KINDS).nullable(),
  next: DoseSchema,
  nextExercise: z.enum(EXERCISE_IDS).optional(),
  changePercent: z.number(),
  reasons: z.array(z.string().min(1)).min(1),
});

export type Complaint = z.infer<typeof ComplaintSchema>;
export type NerveSymptom = z.infer<typeof NerveSymptomSchema>;
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;
export type Dose = z.infer<typeof DoseSchema>;
export type TriageReason = z.infer<typeof TriageReasonSchema>;
export type DriverResult = z.infer<typeof DriverResultSchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
export type PlanPhase = z.infer<typeof PlanPhaseSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Escalation = z.infer<typeof EscalationSchema>;
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type ProgressSession = z.infer<typeof ProgressSessionSchema>;
export type ProgressInput = z.infer<typeof ProgressInputSchema>;
export type ProgressResult = z.infer<typeof ProgressResultSchema>;
