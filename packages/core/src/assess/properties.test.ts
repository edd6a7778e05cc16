// Invariants of the engines over generated inputs (fast-check), and conformance to the contract's JSON Schemas.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RED_FLAG_FIELDS } from "../contract/ids.js";
import { AssessmentResultSchema, ProgressResultSchema, type Dose } from "../contract/schema.js";
import { EXERCISES, getExercise } from "../knowledge/exercises.js";
import { reviewWeek, volumeOf } from "../progress/review.js";
import { assessmentInputArb, progressInputArb } from "../testing/arbitraries.js";
import { assess } from "./assess.js";

const schema = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../../shared/contract/${name}.schema.json`, import.meta.url), "utf8"),
  ) as object;
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
const validAssessment = ajv.compile(schema("assessment-result"));
const validProgress = ajv.compile(schema("progress-result"));
const validAssessInput = ajv.compile(schema("assessment-input"));
const validProgressInput = ajv.compile(schema("progress-input"));

const RUNS = 2000;
const ALWAYS_RED = ["bladderBowelChange", "saddleNumbness", "progressiveWeakness", "majorTrauma"] as const;

describe("assess properties", () => {
  it("generated inputs are valid contract inputs", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => validAssessInput(input) === true),
      { numRuns: 300 },
    );
  });

  it("every valid input gives a result valid against the contract's JSON Schema and Upstream's schema", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        expect(validAssessment(result), JSON.stringify(validAssessment.errors)).toBe(true);
        expect(AssessmentResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("any always-red flag gives red, urgent care and no plan", () => {
    fc.assert(
      fc.property(assessmentInputArb, fc.constantFrom(...ALWAYS_RED), (input, flag) => {
        const { result } = assess({ ...input, redFlags: { ...input.redFlags, [flag]: true } });
        expect(result.triage.level).toBe("red");
        expect(result.triage.action).toBe("urgent_care");
        expect(result.plan).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("any red flag with a spine complaint gives red and no plan", () => {
    fc.assert(
      fc.property(assessmentInputArb, fc.constantFrom(...RED_FLAG_FIELDS), (input, flag) => {
        const withSpine = {
          ...input,
          complaints: [
            ...input.complaints.slice(0, 3),
            { region: "low_back" as const, kinds: ["pain" as const] },
          ],
        };
        const { result } = assess({ ...withSpine, redFlags: { [flag]: true } });
        expect(result.triage.level).toBe("red");
        expect(result.plan).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("long morning stiffness with systemic signs is red, and its reason names only the signs reported", () => {
    fc.assert(
      fc.property(
        assessmentInputArb,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 61, max: 600 }),
        (input, fever, unexplainedWeightLoss, minutes) => {
          fc.pre(fever || unexplainedWeightLoss);
          const { result } = assess({
            ...input,
            redFlags: { ...input.redFlags, fever, unexplainedWeightLoss },
            status: { ...input.status, morningStiffnessMinutes: minutes },
          });
          expect(result.triage.level).toBe("red");
          const reason = result.triage.reasons.find((r) => r.id === "stiffness_with_systemic_signs");
          expect(reason?.text).toMatch(/morning stiffness/i);
          expect(/fever/.test(reason!.text)).toBe(fever);
          expect(/weight loss/.test(reason!.text)).toBe(unexplainedWeightLoss);
          const escalation = result.escalations.find((e) => e.id === "stiffness_with_systemic_signs");
          if (escalation) {
            expect(/fever/.test(escalation.text)).toBe(fever);
            expect(/weight loss/.test(escalation.text)).toBe(unexplainedWeightLoss);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("'scans too soon, without red flags' is never said to someone who reported one", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const avoid = assess(input).result.plan?.avoid.map((a) => a.id) ?? [];
        const flagged = Object.values(input.redFlags ?? {}).some(Boolean);
        if (flagged) expect(avoid).not.toContain("early_imaging");
        else expect(avoid).toContain("early_imaging");
      }),
      { numRuns: RUNS },
    );
  });

  it("a plan is present exactly when the level is not red, and the action matches the level", () => {
    const action = { red: "urgent_care", yellow: "self_care_and_see_clinician", green: "self_care" };
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        expect(result.plan === null).toBe(result.triage.level === "red");
        expect(result.triage.action).toBe(action[result.triage.level]);
        expect(result.drivers.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("nerve glides appear only with radiating symptoms or a positive slump", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        const items = result.plan?.phases.flatMap((p) => p.items.map((i) => i.exercise)) ?? [];
        const slump = input.selfTests?.slump;
        const leg =
          input.nerveSymptoms?.some((n) => n.limb === "leg") ||
          slump?.left === "positive" ||
          slump?.right === "positive";
        if (items.includes("slump_nerve_glide")) expect(leg).toBe(true);
        if (items.includes("median_nerve_glide"))
          expect(input.nerveSymptoms?.some((n) => n.limb === "arm")).toBe(true);
      }),
      {
        numRuns: RUNS,
        // Found by a CI run: neck pain with arm weakness and no nerve symptoms gave median nerve glides.
        examples: [
          [
            {
              age: 16,
              complaints: [
                { region: "arm", kinds: ["weakness", "pain"] },
                { region: "arm", kinds: ["weakness"] },
                { region: "neck", kinds: ["pain"] },
              ],
            },
          ],
        ],
      },
    );
  });

  it("the side plank starts on the knees after a short self-test, or for an older adult who did not test it", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        const item = result.plan?.phases.flatMap((p) => p.items).find((i) => i.exercise === "side_plank");
        if (!item) return;
        const held = Object.values(input.selfTests?.sidePlank ?? {}).filter((v) => v !== undefined);
        const onKnees = held.length ? Math.min(...held) < 20 : result.persona === "older_adult";
        expect(item.note?.startsWith("Start on your knees") ?? false).toBe(onKnees);
      }),
      { numRuns: RUNS },
    );
  });

  it("an arm complaint's plan says how to reload the arm (the library has no exercise for it)", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        const reload = result.plan?.phases.find((p) => p.id === "reload");
        const said = reload?.guidance?.some((g) => g.startsWith("For the arm")) ?? false;
        expect(said).toBe(result.plan !== null && input.complaints.some((c) => c.region === "arm"));
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same input gives the same output", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        expect(JSON.stringify(assess(input))).toBe(JSON.stringify(assess(structuredClone(input))));
      }),
      { numRuns: 300 },
    );
  });
});

const VOLUME = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay"] as const;
const rose = (a: Dose, b: Dose, keys: readonly (keyof Dose)[]) => keys.some((k) => (b[k] ?? 0) > (a[k] ?? 0));

describe("progress properties", () => {
  it("generated inputs are valid contract inputs", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => validProgressInput(input) === true),
      { numRuns: 300 },
    );
  });

  it("never crashes and always gives a result valid against the contract", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        expect(validProgress(result), JSON.stringify(validProgress.errors)).toBe(true);
        expect(ProgressResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("never raises volume and intensity together", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        const volumeUp = volumeOf(result.next) > volumeOf(input.current);
        const loadUp = (result.next.loadKg ?? 0) > (input.current.loadKg ?? 0);
        expect(volumeUp && loadUp).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("a regress or a hold raises nothing", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        if (result.decision !== "progress") {
          expect(rose(input.current, result.next, [...VOLUME, "loadKg"])).toBe(false);
          expect(volumeOf(result.next)).toBeLessThanOrEqual(volumeOf(input.current));
        }
        if (result.decision === "regress") expect(result.changePercent).toBeLessThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("a clean week at the top of an exercise's range raises its volume and names the harder version", () => {
    const clean = [1, 3, 5].map((day) => ({ day, completed: true, painDuring: 1, painNextDay: 1 }));
    const topped = EXERCISES.filter((e) => e.harder.exercise && !e.ceiling.loadKg);
    expect(topped.length).toBeGreaterThan(5);
    for (const exercise of topped) {
      const current: Dose = { ...exercise.ceiling };
      const { result } = reviewWeek({
        exercise: exercise.id,
        current,
        baselinePain: 1,
        lastIncrease: null,
        sessions: clean,
      });
      expect(result, exercise.id).toMatchObject({ decision: "progress", changed: "volume" });
      expect(result.nextExercise, exercise.id).toBeUndefined();
      expect(volumeOf(result.next)).toBeGreaterThanOrEqual(volumeOf(current) * 1.1 - 1e-9);
      expect(result.reasons.join(" ")).toContain(getExercise(exercise.harder.exercise!).name);
    }
  });

  it("a progression stays within 10-20 % (whole units allowed), of the same exercise, and a bodyweight exercise rises in volume only", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        if (result.decision !== "progress") return;
        expect(result.nextExercise).toBeUndefined();
        if (!input.current.loadKg) expect(result.changed).toBe("volume");
        const [a, b] =
          result.changed === "intensity"
            ? [input.current.loadKg ?? 0, result.next.loadKg ?? 0]
            : [volumeOf(input.current), volumeOf(result.next)];
        expect(b).toBeGreaterThanOrEqual(a * 1.1 - 1e-9);
        expect(b).toBeLessThanOrEqual(Math.max(Math.ceil(a * 1.2 - 1e-9), a * 1.2 + 0.5) + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it("a progression that lowers one part of the dose (a set more, fewer reps) says the total it rises to", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        if (result.decision !== "progress" || result.changed !== "volume") return;
        const fields = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay"] as const;
        const fewer = fields.some((k) => (result.next[k] ?? 0) < (input.current[k] ?? 0));
        const said = result.reasons.some((r) => r.includes(` in all instead of ${volumeOf(input.current)}`));
        expect(said).toBe(fewer);
      }),
      { numRuns: RUNS },
    );
  });

  it("a progression is called a clean week only when every planned session was done", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const { result } = reviewWeek(input);
        if (result.decision !== "progress") return;
        const all = input.sessions.every((s) => s.completed);
        expect(result.reasons.some((r) => r.startsWith("A clean week"))).toBe(all);
      }),
      { numRuns: RUNS },
    );
  });

  it("reasons are plain words: no field names, a unit with every hold or time, 'session' for one, 'days 1 and 5'", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        for (const reason of reviewWeek(input).result.reasons) {
          expect(reason).not.toMatch(/holdSeconds|timesPerDay|loadKg|this week raises|\b1 of 1 sessions/);
          expect(reason).not.toMatch(/(hold|time) (from )?\d+(\.\d+)? (→|to) /);
          expect(reason, "days are listed as people say them").not.toMatch(/\bday \d+, \d+/);
          expect(reason, "a sentence goes on in lower case after a semicolon").not.toMatch(/; [A-Z][a-z]/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a spike to 5/10 or more always regresses", () => {
    fc.assert(
      fc.property(progressInputArb, fc.integer({ min: 5, max: 10 }), (input, pain) => {
        const sessions = [...input.sessions, { day: 7, completed: true, painDuring: pain, painNextDay: 0 }];
        expect(reviewWeek({ ...input, sessions }).result.decision).toBe("regress");
      }),
      { numRuns: RUNS },
    );
  });

  it("a regress lowers something, steps to an easier exercise, or says nothing can come down", () => {
    fc.assert(
      fc.property(progressInputArb, (input) => {
        const r = reviewWeek(input).result;
        if (r.decision !== "regress") return;
        const keys = Object.keys(input.current) as (keyof Dose)[];
        const lowered = keys.some((k) => (r.next[k] ?? 0) < (input.current[k] ?? 0));
        const said = r.reasons.some((x) => x.startsWith("Nothing in this dose can come down"));
        expect(lowered || r.nextExercise !== undefined || said).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
