// The contract's public examples, Upstream's own clinical cases and an independent set, run through the engine in-process.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AssessmentInputSchema, ProgressInputSchema } from "../contract/schema.js";
import { reviewWeek } from "../progress/review.js";
import { checkAssessExpect, checkProgressExpect, type ContractCase } from "../testing/expectations.js";
import { assess } from "./assess.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const SETS = {
  "contract examples": join(here, "../../../../../shared/contract/examples"),
  "upstream cases": join(here, "../../test-cases"),
  // Written from the seeds and the contract alone, by authors who had not seen the engine.
  "independent cases": join(here, "../../test-cases/independent"),
};

function load(dir: string): ContractCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ContractCase);
}

for (const [name, root] of Object.entries(SETS)) {
  describe(name, () => {
    const assessCases = load(join(root, "assess"));
    const progressCases = load(join(root, "progress"));
    it("has cases", () => {
      // The contract examples must exist beside the repository; Upstream's own set ships with it.
      expect(assessCases.length + progressCases.length).toBeGreaterThan(0);
    });
    it.each(assessCases.map((c) => [c.id, c] as const))("assess %s", (_id, c) => {
      const input = AssessmentInputSchema.parse(c.input);
      expect(checkAssessExpect(c.expect, assess(input).result)).toEqual([]);
    });
    it.each(progressCases.map((c) => [c.id, c] as const))("progress %s", (_id, c) => {
      const input = ProgressInputSchema.parse(c.input);
      expect(checkProgressExpect(c.expect, input.current, reviewWeek(input).result)).toEqual([]);
    });
  });
}
