/** The `upstream` command: argument parsing and dispatch; every failure becomes one line and an exit code. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ENGINE_VERSION } from "@upstream/core";
import { runAssess } from "./commands/assess.js";
import { runExercises } from "./commands/exercises.js";
import { runExplain } from "./commands/explain.js";
import { runProgress } from "./commands/progress.js";
import {
  runCheckin,
  runExport,
  runHistory,
  runImport,
  runLog,
  runReview,
  runStart,
  runToday,
} from "./commands/program.js";
import { CliError, EXIT, write, type Io } from "./io.js";

export const USAGE = `Usage: upstream <command> [options]

Commands:
  assess   [--input FILE|-] [--format json|text]   assess your symptoms and get a plan
                                                  (no --input on a terminal: a guided questionnaire)
  progress --input FILE|-   [--format json|text]   review one exercise's week: progress, hold or regress
  exercises [ID]            [--format json|text]   list the exercise library, or show one exercise
            ID --picture FILE.svg                  save the exercise's picture (start and end position)
  explain  DRIVER_ID        [--format json|text]   show a driver's chain, signs and sources

Your program over time (saved in the data directory):
  start    [--input FILE|-]                        assess and save a plan (again later: a re-assessment)
  today    [--date DAY]                            today's session: which exercises, what dose
  log      --pain N [--skip ID]... [--note TEXT]   record today's session (or --input FILE, a session log)
  checkin  --pain N [--red-flag NAME]...           the morning check-in: pain now, and any red-flag sign
  review   [--date DAY]                            weekly review of the week ending DAY (default yesterday)
  history                                          assessments, plan versions, pain and test charts
  export   --out FILE|-                            your whole record as a JSON document
  import   FILE [--replace]                        restore a record from an export

Options:
  --data DIR     the data directory (default: $UPSTREAM_DATA, else ./data); $DATABASE_URL uses PostgreSQL
  --date DAY     the day (YYYY-MM-DD) to act on instead of today
  --input FILE   read the JSON document from FILE, or from standard input with -
  --format       json prints one JSON document; text (the default on a terminal) a readable report
  --trace        with assess or progress in json: add the rules that fired ("trace")
  -h, --help     show this help
  --version      show the engine version

Upstream gives self-care guidance, not a diagnosis.`;

const OPTIONS = {
  input: { type: "string" },
  data: { type: "string" },
  date: { type: "string" },
  pain: { type: "string" },
  skip: { type: "string", multiple: true },
  note: { type: "string" },
  out: { type: "string" },
  picture: { type: "string" },
  replace: { type: "boolean" },
  "red-flag": { type: "string", multiple: true },
  format: { type: "string" },
  trace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

export interface Options {
  input?: string | undefined;
  format: "json" | "text";
  trace: boolean;
  /** exercises ID --picture FILE: where to save the picture. */
  picture?: string | undefined;
}

export interface ProgramOptions extends Options {
  data?: string | undefined;
  date?: string | undefined;
  pain?: string | undefined;
  skip?: string[] | undefined;
  note?: string | undefined;
  out?: string | undefined;
  replace: boolean;
  redFlag?: string[] | undefined;
}

function parse(argv: string[], io: Io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0] ?? "bad arguments"} (see upstream --help)`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? (io.stdout.isTTY ? "text" : "json");
  if (format !== "json" && format !== "text") {
    throw new CliError(`invalid option --format: must be json or text, not "${format}"`);
  }
  const options: ProgramOptions = {
    input: values.input,
    picture: values.picture,
    format,
    trace: values.trace === true,
    data: values.data,
    date: values.date,
    pain: values.pain,
    skip: values.skip,
    note: values.note,
    out: values.out,
    replace: values.replace === true,
    redFlag: values["red-flag"],
  };
  return { values, positionals, options };
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals, options } = parse(argv, io);
    if (values.version) {
      write(io.stdout, `upstream engine ${ENGINE_VERSION}`);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      write(values.help || command === "help" ? io.stdout : io.stderr, USAGE);
      return values.help || command === "help" ? EXIT.ok : EXIT.invalid;
    }
    const noExtra = () => {
      if (rest.length) throw new CliError(`unexpected argument "${rest[0]}" (see upstream --help)`);
    };
    switch (command) {
      case "assess":
        noExtra();
        return await runAssess(options, io);
      case "progress":
        noExtra();
        return await runProgress(options, io);
      case "exercises":
        return await runExercises(rest, options, io);
      case "explain":
        return runExplain(rest, options, io);
      case "start":
        noExtra();
        return await runStart(options, io);
      case "today":
        noExtra();
        return await runToday(options, io);
      case "log":
        noExtra();
        return await runLog(options, io);
      case "checkin":
        noExtra();
        return await runCheckin(options, io);
      case "review":
        noExtra();
        return await runReview(options, io);
      case "history":
        noExtra();
        return await runHistory(options, io);
      case "export":
        noExtra();
        return await runExport(options, io);
      case "import":
        if (rest.length > 1) throw new CliError(`unexpected argument "${rest[1]}" (see upstream --help)`);
        return await runImport(rest[0], options, io);
      default:
        throw new CliError(`unknown command "${command}" (see upstream --help)`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      write(io.stderr, `upstream: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    write(io.stderr, `upstream: internal error: ${message}. Please report it with the input that caused it.`);
    return EXIT.internal;
  }
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, "utf8"),
    env: process.env,
  };
}
