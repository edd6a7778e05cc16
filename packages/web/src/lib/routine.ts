/** The follow-along routine: a checklist's items turned into timed steps (per-side holds split into left and right). */
import type { Checklist } from "@upstream/core";

export interface RoutineStep {
  /** What to do, as the checklist words it, with the side when it is one side of a pair. */
  text: string;
  seconds: number;
}

/** A slow, controlled repetition (bird dog, pelvic tilt) takes about 6 seconds. */
export const SECONDS_PER_REP = 6;

const PER_SIDE = /\b(each|per) side\b/i;

/**
 * Steps with durations from each item's dose: minutes, or a hold (twice when it is per side), or reps at a slow
 * pace. Items with no dose get a minute.
 */
export function routineSteps(checklist: Pick<Checklist, "items">): RoutineStep[] {
  const steps: RoutineStep[] = [];
  for (const item of checklist.items) {
    const dose = item.dose ?? {};
    const sets = dose.sets ?? 1;
    if (dose.holdSeconds !== undefined) {
      const seconds = dose.holdSeconds * sets;
      if (PER_SIDE.test(item.text)) {
        steps.push({ text: `Left side: ${item.text}`, seconds });
        steps.push({ text: `Right side: ${item.text}`, seconds });
      } else steps.push({ text: item.text, seconds });
    } else if (dose.minutes !== undefined) steps.push({ text: item.text, seconds: dose.minutes * 60 });
    else if (dose.reps !== undefined)
      steps.push({ text: item.text, seconds: dose.reps * sets * SECONDS_PER_REP });
    else steps.push({ text: item.text, seconds: 60 });
  }
  return steps;
}

/** "4 min 40 s", for a routine's total. */
export function minutesAndSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
}
