/** `upstream progress`: one exercise's finished week in, the decision for next week out. */
import { ProgressInputSchema, reviewWeek } from "@upstream/core";
import { CliError, EXIT, parseInputDocument, readInput, write, type Io } from "../io.js";
import type { Options } from "../main.js";
import { renderProgress } from "../report/progress.text.js";

export async function runProgress(options: Options, io: Io): Promise<number> {
  if (options.input === undefined && io.stdin.isTTY) {
    throw new CliError("invalid input at --input: required (a file, or - for standard input)");
  }
  const text = await readInput(io, options.input ?? "-");
  const input = parseInputDocument(ProgressInputSchema, text);
  const { result, trace } = reviewWeek(input);
  if (options.format === "json") {
    write(io.stdout, JSON.stringify(options.trace ? { ...result, trace } : result, null, 2));
  } else {
    write(io.stdout, renderProgress(input, result));
  }
  return EXIT.ok;
}
