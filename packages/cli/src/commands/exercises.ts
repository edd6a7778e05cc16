/** `upstream exercises [id]`: the library as a list, or one exercise in full. */
import { EXERCISE_BY_ID, EXERCISES, PHASE_INFO, SEED_TITLES, type ExerciseId } from "@upstream/core";
import { CliError, EXIT, write, type Io } from "../io.js";
import type { Options } from "../main.js";
import { bullet, formatDose, heading, wrap } from "../report/format.js";

export function runExercises(args: string[], options: Options, io: Io): number {
  if (args.length > 1) throw new CliError(`unexpected argument "${args[1]}" (see upstream --help)`);
  const [id] = args;
  if (id === undefined) {
    if (options.format === "json") write(io.stdout, JSON.stringify(EXERCISES, null, 2));
    else {
      const width = Math.max(...EXERCISES.map((e) => e.id.length));
      write(
        io.stdout,
        ["Exercise library (upstream exercises <id> for the steps)", ""]
          .concat(EXERCISES.map((e) => `  ${e.id.padEnd(width)}  ${e.name}`))
          .join("\n"),
      );
    }
    return EXIT.ok;
  }
  const exercise = EXERCISE_BY_ID.get(id as ExerciseId);
  if (!exercise) {
    throw new CliError(
      `invalid argument exercise id "${id}": not in the library (upstream exercises lists them)`,
    );
  }
  if (options.format === "json") {
    write(io.stdout, JSON.stringify(exercise, null, 2));
    return EXIT.ok;
  }
  const title = (phase: string) => PHASE_INFO.find((p) => p.id === phase)?.title ?? phase;
  const out = [`${exercise.name} (${exercise.id})`, "", wrap(exercise.summary), heading("How to do it")];
  exercise.steps.forEach((step, i) => out.push(bullet(`${i + 1}.`, step)));
  out.push(heading("Dose"));
  for (const [phase, preset] of Object.entries(exercise.doses)) {
    out.push(bullet("-", `${title(phase)}: ${formatDose(preset.dose, exercise.id)}; ${preset.frequency}`));
  }
  out.push(heading("Easier and harder"));
  out.push(
    bullet(
      "-",
      `Easier: ${exercise.easier.text}${exercise.easier.exercise ? ` (${exercise.easier.exercise})` : ""}`,
    ),
  );
  out.push(
    bullet(
      "-",
      `Harder: ${exercise.harder.text}${exercise.harder.exercise ? ` (${exercise.harder.exercise})` : ""}`,
    ),
  );
  out.push(heading("Muscles"), wrap(exercise.muscles.join(", ")));
  out.push(heading("Take care"));
  for (const caution of exercise.cautions) out.push(bullet("!", caution));
  out.push(heading("Sources"));
  for (const s of exercise.source) out.push(bullet("-", `${SEED_TITLES[s.doc]} (${s.doc}), ${s.section}`));
  write(io.stdout, out.join("\n"));
  return EXIT.ok;
}
