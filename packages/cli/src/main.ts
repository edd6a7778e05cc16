/** The `upstream` command: argument parsing and dispatch; every failure becomes one line and an exit code. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ENGINE_VERSION } from "@upstream/core";
import { runAssess } from "./commands/assess.js";
import { runExercises } from "./commands/exercises.js";
import { runExplain } from "./commands/explain.js";
import { runProgress } from "./commands/progress.js";
import { CliError, EXIT, write, type Io } from "./io.js";

export const USAGE = `Usage: upstream <command> [options]

Commands:
  assess   [--input FILE|-] [--format json|text]   assess your symptoms and get a plan
                                                  (no --input on a terminal: a guided questionnaire)
  progress --input FILE|-   [--format json|text]   review one exercise's week: progress, hold or regress
  exercises [ID]            [--format json|text]   list the exercise library, or show one exercise
  explain  DRIVER_ID        [--format json|text]   show a driver's chain, signs and sources

Options:
  --input FILE   read the JSON document from FILE, or from standard input with -
  --format       json prints one JSON document; text (the default on a terminal) a readable report
  --trace        with assess or progress in json: add the rules that fired ("trace")
  -h, --help     show this help
  --version      show the engine version

Upstream gives self-care guidance, not a diagnosis.`;

const OPTIONS = {
  input: { type: "string" },
  format: { type: "string" },
  trace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

export interface Options {
  input?: string | undefined;
  format: "json" | "text";
  trace: boolean;
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
  const options: Options = { input: values.input, format, trace: values.trace === true };
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
        return runExercises(rest, options, io);
      case "explain":
        return runExplain(rest, options, io);
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
