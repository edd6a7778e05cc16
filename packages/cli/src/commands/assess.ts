/** `upstream assess`: a document in, the assessment out; on a terminal with no input, the questionnaire. */
import { assess, AssessmentInputSchema } from "@upstream/core";
import { runQuestionnaire } from "../interactive/questionnaire.js";
import { EXIT, parseInputDocument, readInput, write, type Io } from "../io.js";
import type { Options } from "../main.js";
import { renderAssessment } from "../report/assessment.text.js";

export async function runAssess(options: Options, io: Io): Promise<number> {
  if (options.input === undefined && io.stdin.isTTY) {
    const input = await runQuestionnaire(io);
    // Stopped by the person (Ctrl+C or Ctrl+D): nothing assessed, the conventional exit code for an interrupt.
    if (!input) return EXIT.interrupted;
    write(io.stdout, renderAssessment(assess(input).result));
    return EXIT.ok;
  }
  const text = await readInput(io, options.input ?? "-");
  const input = parseInputDocument(AssessmentInputSchema, text);
  const { result, trace } = assess(input, { trace: options.trace });
  if (options.format === "json") {
    write(io.stdout, JSON.stringify(options.trace ? { ...result, trace } : result, null, 2));
  } else {
    write(io.stdout, renderAssessment(result));
  }
  return EXIT.ok;
}
