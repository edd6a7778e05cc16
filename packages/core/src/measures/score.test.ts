// Scoring of every instrument from its published rule, including unanswered items and every STarT Back boundary.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOTHERSOME, MeasureAnswersSchema, MeasureScoreSchema, type MeasureAnswers } from "./schema.js";
import { compareMeasures, scoreMeasure, startBackRisk, type Scored } from "./score.js";

type Bothersome = (typeof BOTHERSOME)[number];
const rmdq = (items: (boolean | null)[]): MeasureAnswers => ({ instrument: "rmdq", items });
const rmdqYes = (n: number) => rmdq(Array.from({ length: 24 }, (_, i) => i < n));
/** Items 1-4 agreed `physical` times, items 5-8 agreed `psycho` times, item 9 as given. */
const sbt = (physical: number, psycho: number, bothersome: Bothersome | null): MeasureAnswers => ({
  instrument: "start_back",
  items: [
    ...Array.from({ length: 4 }, (_, i) => i < physical),
    ...Array.from({ length: 4 }, (_, i) => i < psycho),
  ],
  bothersome,
});
const psfs = (...scores: (number | null)[]): MeasureAnswers => ({
  instrument: "psfs",
  activities: scores.map((score, i) => ({ activity: `activity ${i + 1}`, score })),
});
const scored = (answers: MeasureAnswers): Scored => ({
  instrument: answers.instrument,
  result: scoreMeasure(answers),
});

describe("NPRS (the number chosen, 0-10)", () => {
  it.each([0, 4, 10])("pain %i scores %i out of 10", (pain) => {
    const r = scoreMeasure({ instrument: "nprs", pain });
    expect(r).toMatchObject({ score: pain, max: 10, missing: [] });
    expect(r.summary).toContain(`${pain} out of 10`);
  });
});

describe("RMDQ (Roland & Morris 1983: the number of statements ticked, 0-24)", () => {
  it.each([0, 1, 12, 24])("%i statements ticked score %i", (n) => {
    expect(scoreMeasure(rmdqYes(n))).toMatchObject({ score: n, max: 24, missing: [] });
  });

  it("counts the ticked statements wherever they are (property: score = number of yes)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (items) => {
        expect(scoreMeasure(rmdq(items)).score).toBe(items.filter(Boolean).length);
      }),
    );
  });

  it("gives no score and lists the items when any statement is unanswered (no standard method: Kent & Lauridsen)", () => {
    const items: (boolean | null)[] = Array.from({ length: 24 }, () => true);
    items[2] = null;
    items[23] = null;
    const r = scoreMeasure(rmdq(items));
    expect(r.score).toBeNull();
    expect(r.missing).toEqual([3, 24]);
    expect(r.summary).toMatch(/2 statements unanswered \(3, 24\)/);
  });
});

describe("PSFS (Stratford et al. 1995: sum of the ratings / number of activities)", () => {
  it.each([
    { scores: [3, 4, 5], mean: 4 },
    { scores: [0, 0, 0], mean: 0 },
    { scores: [10, 10, 10, 10, 10], mean: 10 },
    { scores: [2, 3, 3], mean: 2.67 },
    { scores: [1, 2, 4, 8], mean: 3.75 },
  ])("$scores average $mean", ({ scores, mean }) => {
    expect(scoreMeasure(psfs(...scores))).toMatchObject({ score: mean, max: 10, missing: [] });
  });

  it("leaves an unrated activity out of the average when at least 3 are rated", () => {
    const r = scoreMeasure(psfs(2, null, 4, 6));
    expect(r).toMatchObject({ score: 4, missing: [2] });
    expect(r.summary).toMatch(/1 activity not rated \(2\) is left out/);
  });

  it("gives no score when fewer than 3 activities are rated", () => {
    const r = scoreMeasure(psfs(5, null, 7));
    expect(r).toMatchObject({ score: null, missing: [2] });
    expect(r.summary).toMatch(/at least 3/);
  });
});

describe("STarT Back (Hill et al. 2008: total 0-9; subscale items 5-9; low / medium / high)", () => {
  it.each<{
    name: string;
    answers: MeasureAnswers;
    total: number;
    sub: number;
    risk: "low" | "medium" | "high";
  }>([
    { name: "nothing agreed", answers: sbt(0, 0, "not_at_all"), total: 0, sub: 0, risk: "low" },
    { name: "total 3 (the top of low)", answers: sbt(3, 0, "not_at_all"), total: 3, sub: 0, risk: "low" },
    { name: "total 3 with a subscale of 3", answers: sbt(0, 3, "not_at_all"), total: 3, sub: 3, risk: "low" },
    {
      name: "total 4, subscale 0 (the bottom of medium)",
      answers: sbt(4, 0, "slightly"),
      total: 4,
      sub: 0,
      risk: "medium",
    },
    {
      name: "total 4, subscale 3 (the top of medium's subscale)",
      answers: sbt(1, 3, "moderately"),
      total: 4,
      sub: 3,
      risk: "medium",
    },
    {
      name: "a high total is still medium with a subscale of 3",
      answers: sbt(4, 3, "not_at_all"),
      total: 7,
      sub: 3,
      risk: "medium",
    },
    {
      name: "subscale 4 (the bottom of high)",
      answers: sbt(0, 4, "not_at_all"),
      total: 4,
      sub: 4,
      risk: "high",
    },
    {
      name: "subscale 4 through item 9 'very much'",
      answers: sbt(0, 3, "very_much"),
      total: 4,
      sub: 4,
      risk: "high",
    },
    {
      name: "everything agreed, 'extremely'",
      answers: sbt(4, 4, "extremely"),
      total: 9,
      sub: 5,
      risk: "high",
    },
  ])("$name: total $total, subscale $sub, $risk risk", ({ answers, total, sub, risk }) => {
    expect(scoreMeasure(answers)).toMatchObject({ score: total, subscale: sub, risk, max: 9, missing: [] });
  });

  it.each<[Bothersome, number]>([
    ["not_at_all", 0],
    ["slightly", 0],
    ["moderately", 0],
    ["very_much", 1],
    ["extremely", 1],
  ])("item 9 '%s' scores %i", (answer, points) => {
    expect(scoreMeasure(sbt(0, 0, answer))).toMatchObject({ score: points, subscale: points });
  });

  it("the rule matches the published thresholds on the whole grid (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...BOTHERSOME),
        (a, b, c) => {
          const r = scoreMeasure(sbt(a, b, c));
          const item9 = c === "very_much" || c === "extremely" ? 1 : 0;
          expect(r.score).toBe(a + b + item9);
          expect(r.subscale).toBe(b + item9);
          const expected = b + item9 >= 4 ? "high" : a + b + item9 <= 3 ? "low" : "medium";
          expect(r.risk).toBe(expected);
          expect(startBackRisk(a + b + item9, b + item9)).toBe(expected);
        },
      ),
    );
  });

  describe("unanswered items: no total; a risk group only when no answer to them could change it", () => {
    it("gives the group when the missing items cannot change it (medium either way)", () => {
      const answers: MeasureAnswers = {
        instrument: "start_back",
        items: [true, true, true, true, true, null, false, false],
        bothersome: "slightly",
      };
      // Known: total 5, subscale 1; with item 6 agreed: total 6, subscale 2. Medium either way.
      expect(scoreMeasure(answers)).toMatchObject({
        score: null,
        subscale: null,
        risk: "medium",
        missing: [6],
      });
    });

    it("gives no group when a missing item is needed for the low/medium decision", () => {
      expect(scoreMeasure(sbt(3, 0, null))).toMatchObject({ score: null, risk: null, missing: [9] });
    });

    it("gives no group when a missing item is needed for the medium/high decision", () => {
      const answers: MeasureAnswers = {
        instrument: "start_back",
        items: [true, true, false, false, true, true, true, null],
        bothersome: "moderately",
      };
      expect(scoreMeasure(answers)).toMatchObject({ risk: null, missing: [8] });
      expect(scoreMeasure(answers).summary).toMatch(/could change the risk group/);
    });

    it("gives low when even all missing items agreed would stay at 3 or less", () => {
      expect(scoreMeasure(sbt(0, 0, null))).toMatchObject({ score: null, risk: "low", missing: [9] });
    });

    it("never gives a group that some answer to the missing items would contradict (property)", () => {
      const answer = fc.option(fc.boolean(), { nil: null });
      fc.assert(
        fc.property(
          fc.array(answer, { minLength: 8, maxLength: 8 }),
          fc.option(fc.constantFrom(...BOTHERSOME), { nil: null }),
          (items, bothersome) => {
            const r = scoreMeasure({ instrument: "start_back", items, bothersome });
            if (r.risk === null || r.risk === undefined) return;
            // Every completion of the missing items must land in the same group.
            const gaps = items.flatMap((v, i) => (v === null ? [i] : []));
            const options9 = bothersome === null ? BOTHERSOME : [bothersome];
            for (let mask = 0; mask < 1 << gaps.length; mask++) {
              const filled = items.map((v, i) => (v === null ? ((mask >> gaps.indexOf(i)) & 1) === 1 : v));
              for (const o of options9) {
                expect(scoreMeasure({ instrument: "start_back", items: filled, bothersome: o }).risk).toBe(
                  r.risk,
                );
              }
            }
          },
        ),
      );
    });
  });
});

describe("every score fits the shared shape", () => {
  it("for generated valid answers (property)", () => {
    const answers = fc.oneof(
      fc.integer({ min: 0, max: 10 }).map((pain): MeasureAnswers => ({ instrument: "nprs", pain })),
      fc.array(fc.option(fc.boolean(), { nil: null }), { minLength: 24, maxLength: 24 }).map(rmdq),
      fc
        .array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 3, maxLength: 5 })
        .map((s) => psfs(...s)),
    );
    fc.assert(
      fc.property(answers, (a) => {
        expect(MeasureAnswersSchema.safeParse(a).success).toBe(true);
        const r = scoreMeasure(a);
        expect(MeasureScoreSchema.parse(r)).toEqual(r);
        if (r.score !== null) expect(r.score).toBeLessThanOrEqual(r.max);
      }),
    );
  });
});

describe("compareMeasures: change, percent, and the published threshold in the instrument's direction", () => {
  const nprs = (pain: number) => scored({ instrument: "nprs", pain });
  it.each([
    // Farrar 2001 / Childs 2005 / Ostelo 2008: 2 points or 30%.
    { from: 7, to: 5, change: -2, pct: -28.6, direction: "better", meaningful: true },
    { from: 8, to: 7, change: -1, pct: -12.5, direction: "better", meaningful: false },
    { from: 3, to: 2, change: -1, pct: -33.3, direction: "better", meaningful: true },
    { from: 5, to: 7, change: 2, pct: 40, direction: "worse", meaningful: true },
    { from: 6, to: 6, change: 0, pct: 0, direction: "same", meaningful: false },
    { from: 0, to: 1, change: 1, pct: null, direction: "worse", meaningful: false },
  ])("NPRS $from → $to: $change ($pct%), $direction, meaningful $meaningful", (c) => {
    expect(compareMeasures(nprs(c.from), nprs(c.to))).toMatchObject({
      change: c.change,
      percentChange: c.pct,
      direction: c.direction,
      meaningful: c.meaningful,
    });
  });

  it.each([
    // Ostelo 2008: 5 points or 30%.
    { from: 20, to: 16, direction: "better", meaningful: false },
    { from: 20, to: 15, direction: "better", meaningful: true },
    { from: 10, to: 7, direction: "better", meaningful: true },
    { from: 4, to: 9, direction: "worse", meaningful: true },
  ])("RMDQ $from → $to: $direction, meaningful $meaningful", (c) => {
    expect(compareMeasures(scored(rmdqYes(c.from)), scored(rmdqYes(c.to)))).toMatchObject({
      direction: c.direction,
      meaningful: c.meaningful,
    });
  });

  it.each([
    // Stratford 1995: minimal detectable change of the average, 2 points; higher is better; no percent rule.
    { from: [3, 3, 3], to: [5, 5, 5], direction: "better", meaningful: true },
    { from: [3, 3, 3], to: [4, 5, 5], direction: "better", meaningful: false },
    { from: [2, 2, 2], to: [3, 3, 2], direction: "better", meaningful: false },
    { from: [6, 6, 6], to: [4, 4, 4], direction: "worse", meaningful: true },
  ])("PSFS $from → $to: $direction, meaningful $meaningful", (c) => {
    expect(compareMeasures(scored(psfs(...c.from)), scored(psfs(...c.to)))).toMatchObject({
      direction: c.direction,
      meaningful: c.meaningful,
    });
  });

  it("STarT Back has no change threshold: meaningful is null", () => {
    const r = compareMeasures(scored(sbt(4, 0, "not_at_all")), scored(sbt(1, 0, "not_at_all")));
    expect(r).toMatchObject({ change: -3, direction: "better", meaningful: null });
  });

  it("no change when either response has no score", () => {
    const items: (boolean | null)[] = Array.from({ length: 24 }, () => false);
    items[0] = null;
    expect(compareMeasures(scored(rmdq(items)), scored(rmdqYes(3)))).toMatchObject({
      change: null,
      meaningful: null,
    });
  });

  it("refuses to compare two different instruments", () => {
    expect(() => compareMeasures(nprs(3), scored(rmdqYes(3)))).toThrow(/cannot compare/);
  });
});
