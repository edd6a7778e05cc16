/** The exercise library: every exercise and variant the plans and progressions can name. */
import type { ExerciseId } from "../contract/ids.js";
import { LEG_EXERCISES } from "./exercises-legs.js";
import { TRUNK_EXERCISES } from "./exercises-trunk.js";
import type { Exercise } from "./schema.js";

/** Freezes the knowledge base: results share its dose objects, so nothing may change them. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const EXERCISES: readonly Exercise[] = deepFreeze([...TRUNK_EXERCISES, ...LEG_EXERCISES]);

export const EXERCISE_BY_ID: ReadonlyMap<ExerciseId, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

/** The library entry for an id; every id in EXERCISE_IDS has one (a test checks it). */
export function getExercise(id: ExerciseId): Exercise {
  const exercise = EXERCISE_BY_ID.get(id);
  if (!exercise) throw new Error(`exercise ${id} is missing from the library`);
  return exercise;
}
