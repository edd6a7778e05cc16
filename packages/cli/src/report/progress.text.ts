/** The text view of a weekly review: the decision first, then the new dose and the reasons. */
import type { ProgressInput, ProgressResult } from "@upstream/core";
import { formatDoseText, getExercise, KEEP_DOSE } from "@upstream/core";
import { bullet, wrap } from "./format.js";

const VERDICT = {
  progress: "PROGRESS: raise one thing next week",
  hold: "HOLD: keep the same dose next week",
  regress: "REGRESS: ease off next week",
} as const;

const DOSE_INDENT = " ".repeat(14);

/** "  This week:  3 × 10 reps", wrapped under the dose; `change` goes on the last line if it fits there. */
function doseLines(label: string, dose: string, change?: string): string[] {
  const lines = `  ${label}  ${wrap(dose, 78, DOSE_INDENT)}`.split("\n");
  if (!change) return lines;
  const last = `${lines.at(-1)!}  ${change}`;
  return [...last].length <= 78 ? [...lines.slice(0, -1), last] : [...lines, `${DOSE_INDENT}${change}`];
}

export function renderProgress(input: ProgressInput, r: ProgressResult): string {
  const exercise = getExercise(input.exercise);
  const nextExercise = r.nextExercise ? getExercise(r.nextExercise) : exercise;
  const lines = [
    `${exercise.name}: weekly review`,
    "",
    VERDICT[r.decision],
    "",
    ...doseLines("This week:", formatDoseText(input.current, input.exercise)),
    ...doseLines(
      "Next week:",
      `${nextExercise.name === exercise.name ? "" : `${nextExercise.name}, `}${formatDoseText(r.next, nextExercise.id)}`,
      r.changed ? `(${r.changed} ${r.changePercent > 0 ? "+" : ""}${r.changePercent} %)` : undefined,
    ),
    "",
    "Why:",
    // The headline already says a hold keeps the dose: the engine's closing reason would say it twice.
    ...r.reasons
      .filter((reason) => !(r.decision === "hold" && reason === KEEP_DOSE))
      .map((reason) => bullet("-", reason)),
    "",
    wrap(
      "Pain rules: 0-3/10 during is fine, 4/10 keeps the dose; next-day pain no worse than usual; a spike to " +
        "5/10 or pain that " +
        "lingers means ease off. Raise volume or intensity by 10-20 % a week, never both.",
    ),
  ];
  return lines.join("\n");
}
