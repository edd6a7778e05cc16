/** fast-check generators for contract documents, shared by the property tests of every package. */
import fc from "fast-check";
import {
  ACTIVITIES,
  AGGRAVATORS,
  COMPLAINT_KINDS,
  EASERS,
  EXERCISE_IDS,
  LIMB_SIDES,
  NERVE_KINDS,
  REGIONS,
  SIDES,
} from "../contract/ids.js";
import type { AssessmentInput, ProgressInput } from "../contract/schema.js";

const subset = <T>(values: readonly T[], min = 0) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: min, maxLength: values.length });
const pair = <T>(value: fc.Arbitrary<T>) => fc.record({ left: value, right: value }, { requiredKeys: [] });
const halves = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);

export const complaintArb = fc.record(
  {
    region: fc.constantFrom(...REGIONS),
    side: fc.constantFrom(...SIDES),
    kinds: subset(COMPLAINT_KINDS, 1),
    weeks: halves(60),
    recurrent: fc.boolean(),
    worstPain: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ["region", "kinds"] },
);

export const assessmentInputArb: fc.Arbitrary<AssessmentInput> = fc.record(
  {
    age: fc.integer({ min: 16, max: 110 }),
    activities: subset(ACTIVITIES),
    complaints: fc.array(complaintArb, { minLength: 1, maxLength: 4 }),
    nerveSymptoms: fc.array(
      fc.record(
        {
          limb: fc.constantFrom("leg" as const, "arm" as const),
          side: fc.constantFrom(...LIMB_SIDES),
          belowKneeOrElbow: fc.boolean(),
          kinds: subset(NERVE_KINDS, 1),
        },
        { requiredKeys: ["limb", "kinds"] },
      ),
      { maxLength: 2 },
    ),
    redFlags: fc.record(
      {
        bladderBowelChange: fc.boolean(),
        saddleNumbness: fc.boolean(),
        progressiveWeakness: fc.boolean(),
        fever: fc.boolean(),
        unexplainedWeightLoss: fc.boolean(),
        cancerHistory: fc.boolean(),
        majorTrauma: fc.boolean(),
        infectionRisk: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    status: fc.record(
      {
        walk10MinWithoutSpike: fc.boolean(),
        easesWithMovement: fc.boolean(),
        painLimitsSleep: fc.boolean(),
        nightPain: fc.boolean(),
        morningStiffnessMinutes: fc.integer({ min: 0, max: 180 }),
        stretchRelief: fc.constantFrom("none" as const, "brief" as const, "lasting" as const),
        backMusclesFeelHard: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    aggravators: subset(AGGRAVATORS),
    easers: subset(EASERS),
    habits: fc.record(
      {
        sittingHoursPerDay: halves(16),
        sleepHours: halves(12),
        highHeels: fc.boolean(),
        crossesLegs: fc.boolean(),
        runsOnToes: fc.boolean(),
        wornShoes: fc.boolean(),
        trainsAbs: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    selfTests: fc.record(
      {
        slump: pair(fc.constantFrom("positive" as const, "negative" as const)),
        calfRaise: pair(fc.integer({ min: 0, max: 40 })),
        heelWalk: pair(fc.constantFrom("ok" as const, "weak" as const)),
        sidePlank: pair(fc.integer({ min: 0, max: 120 })),
        singleLegBridge: pair(fc.integer({ min: 0, max: 40 })),
        kneeToWall: pair(halves(20)),
        thoracicExtension: fc.constantFrom("eases_shoulder" as const, "no_change" as const, "worse" as const),
        heelsFlatInSquat: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    programWeeks: fc.integer({ min: 0, max: 12 }),
    weightKg: fc.integer({ min: 40, max: 160 }),
  },
  { requiredKeys: ["age", "complaints"] },
);

const sessionArb = fc.oneof(
  fc.record({ day: fc.integer({ min: 1, max: 7 }), completed: fc.constant(false) }),
  fc.record(
    {
      day: fc.integer({ min: 1, max: 7 }),
      completed: fc.constant(true),
      painDuring: fc.integer({ min: 0, max: 10 }),
      painNextDay: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: ["day", "completed"] },
  ),
);

export const progressInputArb: fc.Arbitrary<ProgressInput> = fc.record(
  {
    exercise: fc.constantFrom(...EXERCISE_IDS),
    current: fc
      .record(
        {
          sets: fc.integer({ min: 1, max: 6 }),
          reps: fc.integer({ min: 1, max: 30 }),
          holdSeconds: fc.integer({ min: 1, max: 90 }),
          minutes: halves(40).filter((m) => m > 0),
          timesPerDay: fc.integer({ min: 1, max: 6 }),
          loadKg: halves(80),
        },
        { requiredKeys: [] },
      )
      .filter((d) => Object.keys(d).length > 0),
    baselinePain: fc.integer({ min: 0, max: 10 }),
    lastIncrease: fc.constantFrom("volume" as const, "intensity" as const, null),
    sessions: fc.array(sessionArb, { minLength: 1, maxLength: 7 }),
  },
  { requiredKeys: ["exercise", "current", "baselinePain", "sessions"] },
);
