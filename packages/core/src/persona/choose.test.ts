// Which of seed 000's persona programs a person gets, where two activities compete.
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.js";
import type { AssessmentInput } from "../contract/schema.js";

const person = (activities: AssessmentInput["activities"], region: "hamstring" | "calf" | "adductor") =>
  assess({
    age: 24,
    activities,
    complaints: [{ region, side: "left", kinds: ["strain"], weeks: 2, worstPain: 4 }],
  }).result.persona;

describe("persona", () => {
  it("someone who plays field sport and also runs is served by the field athlete's program (running is part of it)", () => {
    expect(person(["field_sport", "running"], "hamstring")).toBe("field_athlete");
    expect(person(["running", "field_sport"], "adductor")).toBe("field_athlete");
  });

  it("the runner's program stays with those who run, and with a calf, which the field athlete's row does not name", () => {
    expect(person(["running"], "hamstring")).toBe("runner");
    expect(person(["field_sport", "running"], "calf")).toBe("runner");
  });
});
