/** `upstream exercises [id] [--picture FILE.svg]`: the library as a list, one exercise in full, or its picture. */
import { writeFile } from "node:fs/promises";
import {
  EXERCISE_BY_ID,
  EXERCISES,
  formatDoseText,
  illustrationOf,
  illustrationSvg,
  PHASE_INFO,
  pictureUrl,
  SEED_TITLES,
  type Exercise,
  type ExerciseId,
} from "@upstream/core";
import { CliError, EXIT, write, type Io } from "../io.js";
import type { Options } from "../main.js";
import { bullet, heading, wrap } from "../report/format.js";

/** Writes the exercise's picture to `path` (or standard output with -): a standalone SVG file. */
async function savePicture(exercise: Exercise, path: string, options: Options, io: Io): Promise<number> {
  if (path !== "-" && !/\.svg$/i.test(path))
    throw new CliError(
      `invalid option --picture: "${path}" must be a file name ending in .svg (or - for standard output)`,
    );
  const ill = illustrationOf(exercise.id, "exercise");
  if (!ill) throw new Error(`exercise ${exercise.id} has no picture`);
  const svg = `${illustrationSvg(ill)}\n`;
  if (path === "-") {
    io.stdout.write(svg);
    return EXIT.ok;
  }
  try {
    await writeFile(path, svg, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : "cannot be written";
    throw new CliError(`invalid option --picture: ${path}: ${why}`);
  }
  if (options.format === "json")
    write(io.stdout, JSON.stringify({ id: exercise.id, picture: path, alt: ill.alt }));
  else write(io.stdout, `Saved the picture of ${exercise.name} to ${path}\n${wrap(ill.alt)}`);
  return EXIT.ok;
}

export async function runExercises(args: string[], options: Options, io: Io): Promise<number> {
  if (args.length > 1) throw new CliError(`unexpected argument "${args[1]}" (see upstream --help)`);
  const [id] = args;
  if (id === undefined && options.picture !== undefined)
    throw new CliError(
      "invalid option --picture: name the exercise (upstream exercises ID --picture FILE.svg)",
    );
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
  if (options.picture !== undefined) return savePicture(exercise, options.picture, options, io);
  if (options.format === "json") {
    write(io.stdout, JSON.stringify(exercise, null, 2));
    return EXIT.ok;
  }
  const title = (phase: string) => PHASE_INFO.find((p) => p.id === phase)?.title ?? phase;
  const out = [`${exercise.name} (${exercise.id})`, "", wrap(exercise.summary), heading("How to do it")];
  exercise.steps.forEach((step, i) => out.push(bullet(`${i + 1}.`, step)));
  out.push(heading("Picture"));
  out.push(
    bullet("-", `Save it: upstream exercises ${exercise.id} --picture ${exercise.id}.svg`),
    bullet("-", `In the web app, or from the server: ${pictureUrl(exercise.id)}`),
  );
  out.push(heading("Dose"));
  for (const [phase, preset] of Object.entries(exercise.doses)) {
    out.push(
      bullet("-", `${title(phase)}: ${formatDoseText(preset.dose, exercise.id)}; ${preset.frequency}`),
    );
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
