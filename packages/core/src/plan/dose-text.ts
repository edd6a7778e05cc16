/** A dose as plain words ("3 × 10 reps, 8 s holds, each side"), for reports, exports and printed sheets. */
import type { Dose, PlanItem } from "../contract/schema.js";
import type { ExerciseId } from "../contract/ids.js";
import { getExercise } from "../knowledge/exercises.js";

/**
 * Says a dose in words; `exercise` adds "each side" for one-sided exercises, or the one `side` to do it on.
 * @example formatDoseText({ sets: 3, reps: 10 }, "glute_bridge") // "3 × 10 reps"
 */
export function formatDoseText(dose: Dose, exercise?: ExerciseId, side?: PlanItem["side"]): string {
  const parts: string[] = [];
  const { sets, reps, holdSeconds, minutes, timesPerDay, loadKg } = dose;
  if (sets !== undefined && reps !== undefined) parts.push(`${sets} × ${reps} reps`);
  else if (sets !== undefined) parts.push(`${sets} set${sets === 1 ? "" : "s"}`);
  else if (reps !== undefined) parts.push(`${reps} reps`);
  if (holdSeconds !== undefined)
    parts.push(`${holdSeconds} s hold${reps !== undefined || sets !== undefined ? "s" : ""}`);
  if (minutes !== undefined) parts.push(minutes < 1 ? `${Math.round(minutes * 60)} s` : `${minutes} min`);
  if (loadKg !== undefined) parts.push(`${loadKg} kg`);
  if (timesPerDay !== undefined) parts.push(`${timesPerDay}× a day`);
  if (exercise && getExercise(exercise).perSide) parts.push(side ? `${side} side only` : "each side");
  return parts.join(", ");
}
