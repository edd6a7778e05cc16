/** Schemas for the knowledge base: every item is data with a stable id and the seed section it came from. */
import { z } from "zod";
import { DoseSchema } from "../contract/schema.js";
import { ESCALATION_IDS, EXERCISE_IDS, PERSONAS, PHASE_IDS, REGIONS } from "../contract/ids.js";

/** The five seed documents (shared/seeds/README.md), plus the contract for points it settles. */
export const SEED_DOCS = [
  "000_4c8d56c44adcabb3.txt",
  "001_5305b0c7080b2414.txt",
  "002_fe67e6f97b555434.txt",
  "003_d74ce0d0c82901ef.txt",
  "004_1fc2c4194915ad71.txt",
  "contract/README.md",
] as const;

export const SEED_TITLES: Record<(typeof SEED_DOCS)[number], string> = {
  "000_4c8d56c44adcabb3.txt": "Spinal Health and Skeletal Muscle: Causes, Fixes, and Red Flags",
  "001_5305b0c7080b2414.txt": "Pain and the Role of Calf Muscles",
  "002_fe67e6f97b555434.txt": "Understanding and Addressing the Root Cause of Back Spasms",
  "003_d74ce0d0c82901ef.txt": "Can Tight Calves Cause Back Pain?",
  "004_1fc2c4194915ad71.txt": "Is My Calf Related To My Back Pain?",
  "contract/README.md": "The Upstream engine contract, version 1",
};

export const SourceSchema = z.strictObject({
  doc: z.enum(SEED_DOCS),
  /** The section, heading or table row, as it reads in the document. */
  section: z.string().min(3),
});
export type Source = z.infer<typeof SourceSchema>;

const sources = z.array(SourceSchema).min(1);

export const VariantSchema = z.strictObject({
  /** What changes, in plain words. */
  text: z.string().min(5),
  /** The library exercise this variant is, when it is one (a progression can move to it). */
  exercise: z.enum(EXERCISE_IDS).optional(),
});

export const ExerciseSchema = z.strictObject({
  id: z.enum(EXERCISE_IDS),
  name: z.string().min(3),
  /** One plain sentence: what it is for. */
  summary: z.string().min(10),
  /** Numbered steps a person can follow alone. */
  steps: z.array(z.string().min(5)).min(2),
  /** Muscles (clinical name, plain word in brackets where it helps). */
  muscles: z.array(z.string().min(3)).min(1),
  /** Body regions it mainly works. */
  regions: z.array(z.enum(REGIONS)).min(1),
  /** How the dose is counted: reps, timed holds, minutes. Holds progress in seconds. */
  measure: z.enum(["reps", "hold", "minutes"]),
  /** Whether added weight (loadKg) makes sense; bodyweight exercises only rise in volume. */
  loadable: z.boolean(),
  /** Whether the dose is per side (left and right). */
  perSide: z.boolean(),
  /** Default dose and frequency for each phase the exercise is used in. */
  doses: z.partialRecord(
    z.enum(PHASE_IDS),
    z.strictObject({ dose: DoseSchema, frequency: z.string().min(3) }),
  ),
  /** The most of each quantity before the harder variant (or load) is the next step. */
  ceiling: DoseSchema,
  easier: VariantSchema,
  harder: VariantSchema,
  /** When not to do it, or when to stop. */
  cautions: z.array(z.string().min(5)).min(1),
  source: sources,
});
export type Exercise = z.infer<typeof ExerciseSchema>;

export const SELF_TEST_IDS = [
  "slump",
  "calf_raise",
  "heel_walk",
  "side_plank_hold",
  "single_leg_bridge",
  "knee_to_wall",
  "thoracic_extension",
  "deep_squat",
] as const;
export type SelfTestId = (typeof SELF_TEST_IDS)[number];

export const SelfTestSchema = z.strictObject({
  id: z.enum(SELF_TEST_IDS),
  name: z.string().min(3),
  /** The AssessmentInput.selfTests field the result goes into. */
  field: z.enum([
    "slump",
    "calfRaise",
    "heelWalk",
    "sidePlank",
    "singleLegBridge",
    "kneeToWall",
    "thoracicExtension",
    "heelsFlatInSquat",
  ]),
  purpose: z.string().min(10),
  /** What you need (a wall, a chair, a timer). */
  equipment: z.array(z.string()).default([]),
  steps: z.array(z.string().min(5)).min(2),
  /** How to score it, in the units the input takes. */
  scoring: z.string().min(10),
  /** What a result suggests, worded with care: never a diagnosis. */
  interpretation: z.array(z.strictObject({ result: z.string().min(3), suggests: z.string().min(10) })).min(2),
  stopIf: z.array(z.string().min(5)).min(1),
  source: sources,
});
export type SelfTest = z.infer<typeof SelfTestSchema>;

export const ChecklistSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  title: z.string().min(3),
  when: z.string().min(5),
  items: z
    .array(
      z.strictObject({
        text: z.string().min(3),
        exercise: z.enum(EXERCISE_IDS).optional(),
        dose: DoseSchema.optional(),
      }),
    )
    .min(2),
  source: sources,
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const ProgramWeekSchema = z.strictObject({
  week: z.number().int().min(1),
  title: z.string().min(3),
  items: z
    .array(
      z.strictObject({
        text: z.string().min(3),
        exercise: z.enum(EXERCISE_IDS).optional(),
        dose: DoseSchema.optional(),
        frequency: z.string().optional(),
      }),
    )
    .min(1),
});

export const ProgramSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  title: z.string().min(3),
  /** The persona it is written for, if any. */
  persona: z.enum(PERSONAS),
  for: z.string().min(5),
  weeks: z.array(ProgramWeekSchema).min(1),
  /** The "stuck?" rule, as the seed words it; the engine's escalation id that carries it. */
  stuck: z.strictObject({ text: z.string().min(10), escalation: z.enum(ESCALATION_IDS) }).optional(),
  source: sources,
});
export type Program = z.infer<typeof ProgramSchema>;
