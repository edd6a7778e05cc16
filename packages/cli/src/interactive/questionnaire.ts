/** The guided questionnaire (placeholder until the full version lands). */
import type { AssessmentInput } from "@upstream/core";
import type { Io } from "../io.js";

export async function runQuestionnaire(_io: Io): Promise<AssessmentInput | undefined> {
  return undefined;
}
