/** Shapes of what a person records over a program: session logs and next-day check-ins. */
import { z } from "zod";
import { EXERCISE_IDS } from "../contract/ids.js";

/** A real calendar date, checked without a clock: month lengths and leap years. */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

const day = z
  .string({ error: "must be a date like 2026-11-22" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date like 2026-11-22" })
  .refine(isCalendarDate, { error: "must be a real calendar date like 2026-11-22" });
const pain = z
  .number({ error: "must be a whole number between 0 and 10" })
  .int({ error: "must be a whole number between 0 and 10" })
  .min(0, { error: "must be a whole number between 0 and 10" })
  .max(10, { error: "must be a whole number between 0 and 10" });
const bool = () => z.boolean({ error: "must be true or false" });

export const DaySchema = day;
export const PainSchema = pain;

export const SessionLogInputSchema = z.strictObject({
  day,
  /** Exercises done; omitted means "everything scheduled for the day". */
  exercises: z
    .array(
      z.strictObject({
        exercise: z.enum(EXERCISE_IDS, { error: "must be an exercise id from the library" }),
        completed: bool(),
        setsDone: z
          .number({ error: "must be a whole number" })
          .int({ error: "must be a whole number" })
          .min(0)
          .max(20)
          .optional(),
      }),
      { error: "must be a list" },
    )
    .optional(),
  painDuring: pain,
  note: z
    .string({ error: "must be text" })
    .max(2000, { error: "must be at most 2000 characters" })
    .optional(),
  clientId: z.string({ error: "must be text" }).min(1).max(100).optional(),
});

/** The short red-flag re-check asked every morning. */
export const CheckinInputSchema = z.strictObject({
  day,
  pain,
  redFlags: z
    .strictObject({
      bladderBowelChange: bool().optional(),
      saddleNumbness: bool().optional(),
      progressiveWeakness: bool().optional(),
      fever: bool().optional(),
    })
    .optional(),
});

export type SessionLogInput = z.infer<typeof SessionLogInputSchema>;
export type CheckinInput = z.infer<typeof CheckinInputSchema>;
