/** Shapes of the outcome measures a person fills in: NPRS, RMDQ, PSFS and the STarT Back Screening Tool. */
import { z } from "zod";
import { DaySchema, PainSchema } from "../program/schema.js";

export const MEASURE_IDS = ["nprs", "rmdq", "psfs", "start_back"] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** A yes/no (agree/disagree) item; null when the person left it unanswered. */
const item = z.boolean({ error: "must be true, false or null (not answered)" }).nullable();

const rating = z
  .number({ error: "must be a whole number between 0 and 10, or null (not answered)" })
  .int({ error: "must be a whole number between 0 and 10, or null (not answered)" })
  .min(0, { error: "must be a whole number between 0 and 10, or null (not answered)" })
  .max(10, { error: "must be a whole number between 0 and 10, or null (not answered)" })
  .nullable();

export const BOTHERSOME = ["not_at_all", "slightly", "moderately", "very_much", "extremely"] as const;

/** The answers to one instrument; `instrument` says which. */
export const MeasureAnswersSchema = z.discriminatedUnion(
  "instrument",
  [
    z.strictObject({ instrument: z.literal("nprs"), pain: PainSchema }),
    z.strictObject({
      instrument: z.literal("rmdq"),
      /** The 24 statements in their published order: true = "this applies to me today". */
      items: z.array(item, { error: "must be a list of 24 answers" }).length(24, {
        error: "must have exactly 24 answers (null for an unanswered item)",
      }),
    }),
    z.strictObject({
      instrument: z.literal("psfs"),
      /** 3 to 5 activities the person chose, each rated 0 (unable) to 10 (as before the problem). */
      activities: z
        .array(
          z.strictObject({
            activity: z
              .string({ error: "must be text" })
              .trim()
              .min(1, { error: "must name the activity" })
              .max(100, { error: "must be at most 100 characters" }),
            score: rating,
          }),
          { error: "must be a list of 3 to 5 activities" },
        )
        .min(3, { error: "must list at least 3 activities" })
        .max(5, { error: "must list at most 5 activities" }),
    }),
    z.strictObject({
      instrument: z.literal("start_back"),
      /** Items 1-8 in their published order: true = agree. */
      items: z.array(item, { error: "must be a list of 8 answers" }).length(8, {
        error: "must have exactly 8 answers (items 1-8; null for an unanswered item)",
      }),
      /** Item 9: how bothersome the back pain has been over the last 2 weeks. */
      bothersome: z.enum(BOTHERSOME, { error: `must be one of ${BOTHERSOME.join(", ")}` }).nullable(),
    }),
  ],
  { error: `must name an instrument: ${MEASURE_IDS.join(", ")}` },
);

/** What a person sends: the day they filled it in and their answers. */
export const MeasureInputSchema = z.strictObject({ day: DaySchema, answers: MeasureAnswersSchema });

/** The published scoring of one response. `score` is null when too many items are missing to score it. */
export const MeasureScoreSchema = z.strictObject({
  score: z.number().nullable(),
  /** The range of `score`: 0 to `max`. */
  max: z.number(),
  /** STarT Back: the psychosocial subscale (items 5-9), 0-5. */
  subscale: z.number().nullable().optional(),
  /** STarT Back: low, medium or high risk. */
  risk: z.enum(["low", "medium", "high"]).nullable().optional(),
  /** 1-based numbers of the items left unanswered. */
  missing: z.array(z.number().int()),
  /** One plain sentence: the score and what it means. */
  summary: z.string(),
});

/** The change from a person's previous response to the same instrument, judged by its published threshold. */
export const MeasureChangeSchema = z.strictObject({
  instrument: z.enum(MEASURE_IDS),
  from: z.number().nullable(),
  to: z.number().nullable(),
  /** later − earlier, on the instrument's scale; null when either has no score. */
  change: z.number().nullable(),
  /** The change as a percentage of the earlier score; null when the earlier score is 0 or missing. */
  percentChange: z.number().nullable(),
  /** Which way the person moved, given which way is better for this instrument. */
  direction: z.enum(["better", "worse", "same"]).nullable(),
  /** Whether the change reaches the instrument's threshold; null when it has none or a score is missing. */
  meaningful: z.boolean().nullable(),
  /** One plain sentence. */
  summary: z.string(),
});

/** A stored response with its score. */
export const MeasureRecordSchema = z.strictObject({
  id: z.string(),
  day: DaySchema,
  createdAt: z.string(),
  instrument: z.enum(MEASURE_IDS),
  answers: MeasureAnswersSchema,
  result: MeasureScoreSchema,
  /** Added by the API: the change since the person's previous response to the same instrument (absent for the first). */
  change: MeasureChangeSchema.optional(),
});

export type MeasureAnswers = z.infer<typeof MeasureAnswersSchema>;
export type MeasureInput = z.infer<typeof MeasureInputSchema>;
export type MeasureScore = z.infer<typeof MeasureScoreSchema>;
export type MeasureRecord = z.infer<typeof MeasureRecordSchema>;
export type MeasureChange = z.infer<typeof MeasureChangeSchema>;
