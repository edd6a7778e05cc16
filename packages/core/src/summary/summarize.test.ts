import { describe, expect, it } from "vitest";
import type { AssessmentInput } from "../contract/schema.js";
import { deriveFacts } from "../assess/facts.js";
import { evaluateEscalations } from "../escalations/evaluate.js";
import { addDays, dayFromNumber, dayNumber, daysBetween } from "../program/schedule.js";
import { describeProgress } from "./describe.js";
import { summarizeProgress, type ProgressRecord, type ScheduledPlanShape } from "./summarize.js";

const START = "2026-01-05";
const EMPTY: ProgressRecord = {
  assessments: [],
  plans: [],
  planVersions: [],
  sessionLogs: [],
  checkins: [],
  reviews: [],
};

/** Reload items are on the hard days only (index 0, 2, 4 of each week): three sessions a week. */
const HARD_DAYS_ONLY: ScheduledPlanShape = {
  phases: [{ id: "reload", items: [{ exercise: "calf_raise_bent_knee", frequency: "every other day" }] }],
};
/** A daily item: a session every day. */
const EVERY_DAY: ScheduledPlanShape = {
  phases: [
    { id: "reload", items: [{ exercise: "calf_raise_bent_knee", frequency: "every other day" }] },
    { id: "calm", items: [{ exercise: "walk_short_bouts", frequency: "daily" }] },
  ],
};

const assessment = (
  id: string,
  day: string,
  programWeeks: number,
  calf?: [number, number],
  plank?: [number, number],
) => ({
  id,
  createdAt: `${day}T07:00:00.000Z`,
  programWeeks,
  input: {
    selfTests: {
      ...(calf ? { calfRaise: { left: calf[0], right: calf[1] } } : {}),
      ...(plank ? { sidePlank: { left: plank[0], right: plank[1] } } : {}),
    },
  },
});

const decisions = (...ds: string[]) => ds.map((d, i) => ({ exercise: `e${i}`, result: { decision: d } }));

/** Two weeks and two days of a plan: version 2 (daily walks added) from the first review on day 7. */
function twoWeeks(): ProgressRecord {
  const day = (i: number) => addDays(START, i);
  return {
    assessments: [
      assessment("a1", START, 0, [10, 22], [15, 24]),
      assessment("a2", day(14), 2, [14, 22], [22, 26]),
    ],
    plans: [{ id: "p1", startDate: START, status: "active" }],
    planVersions: [
      {
        planId: "p1",
        version: 1,
        createdAt: `${START}T07:00:00.000Z`,
        cause: "created",
        plan: HARD_DAYS_ONLY,
      },
      {
        planId: "p1",
        version: 2,
        createdAt: `${day(7)}T07:00:00.000Z`,
        cause: "progressed",
        plan: EVERY_DAY,
      },
      { planId: "p1", version: 3, createdAt: `${day(14)}T07:00:00.000Z`, cause: "held", plan: EVERY_DAY },
    ],
    sessionLogs: [
      // Week 1: the hard days 0 and 2 logged, day 4 missed; a log on a day with nothing scheduled (1) is extra.
      { day: day(0), painDuring: 2, planId: "p1" },
      { day: day(0), painDuring: 4, planId: "p1" },
      { day: day(1), painDuring: 1, planId: "p1" },
      { day: day(2), painDuring: 3, planId: "p1" },
      // Week 2: every day scheduled; five of seven logged.
      ...[7, 8, 9, 10, 12].map((i) => ({ day: day(i), painDuring: 2, planId: "p1" })),
      // Week 3 so far (two days): one logged.
      { day: day(14), painDuring: 1, planId: "p1" },
    ],
    checkins: [
      // Days 1-7 at 4, days 8-14 at 2: the last 7 days (to day 15) hold days 9-15.
      ...Array.from({ length: 7 }, (_, i) => ({ day: day(i + 1), pain: 4 })),
      ...Array.from({ length: 7 }, (_, i) => ({ day: day(i + 8), pain: 2 })),
      { day: day(15), pain: 1 },
    ],
    reviews: [
      {
        planId: "p1",
        weekStart: day(7),
        weekEnd: day(13),
        toVersion: 3,
        decisions: decisions("hold", "hold"),
      },
      {
        planId: "p1",
        weekStart: START,
        weekEnd: day(6),
        toVersion: 2,
        decisions: decisions("progress", "hold"),
      },
    ],
    escalationEvents: [
      {
        createdAt: `${day(14)}T07:00:01.000Z`,
        escalation: "calf_raise_asymmetry_persists",
        action: "see_clinician",
        text: "After 2 weeks your single-leg calf raises still differ by 8 reps.",
      },
    ],
  };
}

describe("calendar arithmetic without a clock", () => {
  it("agrees with the Gregorian calendar across leap years and centuries", () => {
    for (let n = -700_000; n <= 2_900_000; n += 997) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayFromNumber(n)).toBe(iso);
      expect(dayNumber(iso)).toBe(n);
    }
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(daysBetween("2026-01-05", "2025-12-29")).toBe(-7);
    expect(dayNumber("5 January")).toBeNaN();
    expect(dayNumber("2026-02-29")).toBeNaN();
    expect(dayNumber("2026-13-01")).toBeNaN();
  });
});

describe("summarizeProgress", () => {
  it("an empty record gives empty series, no trend and no sentences", () => {
    const s = summarizeProgress(EMPTY);
    expect(s.asOf).toBeUndefined();
    expect(s.firstDay).toBeUndefined();
    expect(s.pain).toEqual({ during: [], nextDay: [] });
    expect(s.reviews).toEqual([]);
    expect(s.selfTests).toEqual({ calfRaise: [], sidePlank: [] });
    expect(s.adherence).toEqual([]);
    expect(s.trend.nextDay.direction).toBe("unknown");
    expect(s.calfRaiseStuck).toBe(false);
    expect(s.stuckCheckFrom).toBeUndefined();
    expect(describeProgress(s)).toEqual([]);
  });

  it("an empty record with today set still has no adherence weeks (no plan)", () => {
    const s = summarizeProgress(EMPTY, { today: "2026-02-01" });
    expect(s.asOf).toBe("2026-02-01");
    expect(s.adherence).toEqual([]);
    expect(s.trend.nextDay).toMatchObject({ change: null, direction: "unknown" });
  });

  it("pain series: the highest session pain of a day; check-ins by day", () => {
    const s = summarizeProgress(twoWeeks());
    expect(s.pain.during.slice(0, 3)).toEqual([
      { day: "2026-01-05", value: 4 },
      { day: "2026-01-06", value: 1 },
      { day: "2026-01-07", value: 3 },
    ]);
    expect(s.pain.nextDay).toHaveLength(15);
    expect(s.pain.nextDay[0]).toEqual({ day: "2026-01-06", value: 4 });
    expect(s.asOf).toBe("2026-01-20");
    expect(s.firstDay).toBe(START);
  });

  it("weekly review markers in date order, with the store's cause rule", () => {
    const s = summarizeProgress(twoWeeks());
    expect(s.reviews).toEqual([
      {
        weekStart: START,
        weekEnd: "2026-01-11",
        outcome: "progressed",
        progressed: 1,
        held: 1,
        regressed: 0,
      },
      {
        weekStart: "2026-01-12",
        weekEnd: "2026-01-18",
        outcome: "held",
        progressed: 0,
        held: 2,
        regressed: 0,
      },
    ]);
    const regressed = summarizeProgress({
      ...EMPTY,
      reviews: [
        {
          weekStart: START,
          weekEnd: "2026-01-11",
          toVersion: 2,
          decisions: decisions("progress", "regress"),
        },
      ],
    });
    expect(regressed.reviews[0]?.outcome).toBe("regressed");
  });

  it("adherence per program week follows the version in force and stops at today", () => {
    const s = summarizeProgress(twoWeeks());
    expect(s.adherence).toEqual([
      { planId: "p1", week: 1, start: START, end: "2026-01-11", scheduled: 3, logged: 2, ratio: 0.67 },
      { planId: "p1", week: 2, start: "2026-01-12", end: "2026-01-18", scheduled: 7, logged: 5, ratio: 0.71 },
      { planId: "p1", week: 3, start: "2026-01-19", end: "2026-01-20", scheduled: 2, logged: 1, ratio: 0.5 },
    ]);
    // Later, with nothing logged since: the missed days count against the week.
    const later = summarizeProgress(twoWeeks(), { today: "2026-01-25" });
    expect(later.adherence.at(-1)).toMatchObject({ week: 3, end: "2026-01-25", scheduled: 7, logged: 1 });
  });

  it("a stopped plan and a new one: each plan's weeks end where it stopped or the next began", () => {
    const rec = twoWeeks();
    const s = summarizeProgress(
      {
        ...rec,
        plans: [
          { id: "p1", startDate: START, status: "stopped" },
          { id: "p2", startDate: "2026-01-15", status: "active" },
        ],
        planVersions: [
          ...rec.planVersions.slice(0, 2),
          {
            planId: "p1",
            version: 3,
            createdAt: "2026-01-14T07:00:00.000Z",
            cause: "stopped",
            plan: EVERY_DAY,
          },
          {
            planId: "p2",
            version: 1,
            createdAt: "2026-01-15T07:00:00.000Z",
            cause: "created",
            plan: EVERY_DAY,
          },
        ],
        sessionLogs: [
          ...rec.sessionLogs.filter((l) => l.day < "2026-01-14"),
          { day: "2026-01-15", painDuring: 1, planId: "p2" },
        ],
      },
      { today: "2026-01-16" },
    );
    expect(s.adherence.map((w) => [w.planId, w.week, w.end, w.scheduled, w.logged])).toEqual([
      ["p1", 1, "2026-01-11", 3, 2],
      ["p1", 2, "2026-01-13", 2, 2],
      ["p2", 1, "2026-01-16", 2, 1],
    ]);
    expect(s.stuckCheckFrom).toBe("2026-01-29");
  });

  it("the pain trend compares the mean of the last 7 days with the 7 before", () => {
    const s = summarizeProgress(twoWeeks());
    // Last 7 days to 2026-01-20 (days 9-15): six at 2 and one at 1. The 7 before (days 2-8): six at 4, one at 2.
    expect(s.trend.nextDay.last7).toEqual({ from: "2026-01-14", to: "2026-01-20", mean: 1.9, count: 7 });
    expect(s.trend.nextDay.previous7).toEqual({ from: "2026-01-07", to: "2026-01-13", mean: 3.7, count: 7 });
    expect(s.trend.nextDay).toMatchObject({ change: -1.8, direction: "lower" });
    const worse = summarizeProgress(
      {
        ...EMPTY,
        checkins: [
          { day: "2026-01-01", pain: 1 },
          { day: "2026-01-10", pain: 3 },
        ],
      },
      { today: "2026-01-10" },
    );
    expect(worse.trend.nextDay).toMatchObject({ change: 2, direction: "higher" });
  });

  it("self-tests at each assessment, with the gap and the stuck? rule's verdict", () => {
    const s = summarizeProgress(twoWeeks());
    expect(s.selfTests.calfRaise).toEqual([
      { day: START, assessmentId: "a1", programWeeks: 0, left: 10, right: 22, gap: 12 },
      { day: "2026-01-19", assessmentId: "a2", programWeeks: 2, left: 14, right: 22, gap: 8 },
    ]);
    expect(s.selfTests.sidePlank.map((p) => [p.left, p.right])).toEqual([
      [15, 24],
      [22, 26],
    ]);
    expect(s.calfRaiseStuck).toBe(true);
    expect(s.thresholds.calfRaiseGap).toMatchObject({ reps: 5, afterWeeks: 2 });
    expect(s.thresholds.calfRaiseGap.source.section).toMatch(/Runner with calf\/hamstring issues › Stuck\?/);
    expect(s.thresholds.sidePlank).toMatchObject({ seconds: 20, goodSeconds: 30 });
    expect(s.escalations).toEqual([
      expect.objectContaining({ day: "2026-01-19", id: "calf_raise_asymmetry_persists" }),
    ]);
  });

  it("a self-test with one side only is kept, without a gap", () => {
    const s = summarizeProgress({
      ...EMPTY,
      assessments: [
        { id: "a", createdAt: "2026-01-05T10:00:00Z", input: { selfTests: { calfRaise: { left: 12 } } } },
      ],
    });
    expect(s.selfTests.calfRaise).toEqual([
      { day: "2026-01-05", assessmentId: "a", programWeeks: 0, left: 12, right: null, gap: null },
    ]);
    expect(s.calfRaiseStuck).toBe(false);
  });

  // The summary's "stuck?" verdict must be the escalation engine's own (seed 000, runner persona, Stuck?).
  it.each([
    [10, 22, 2, true],
    [16, 22, 2, true],
    [17, 22, 2, false],
    [10, 22, 1, false],
    [22, 10, 3, true],
  ])(
    "calf raises left %i right %i after %i weeks: stuck %s, as the escalation engine says",
    (l, r, w, stuck) => {
      const input: AssessmentInput = {
        age: 35,
        complaints: [{ region: "calf", side: "left", kinds: ["cramp"], weeks: 3, worstPain: 3 }],
        selfTests: { calfRaise: { left: l, right: r } },
        programWeeks: w,
      };
      const fired = evaluateEscalations(deriveFacts(input), false).result.some(
        (e) => e.id === "calf_raise_asymmetry_persists",
      );
      const s = summarizeProgress({
        ...EMPTY,
        assessments: [{ id: "a", createdAt: "2026-01-05T10:00:00Z", programWeeks: w, input }],
      });
      expect(s.calfRaiseStuck).toBe(stuck);
      expect(fired).toBe(stuck);
    },
  );

  it("describes the record in plain sentences", () => {
    const lines = describeProgress(summarizeProgress(twoWeeks()));
    expect(lines).toEqual([
      "Morning pain averaged 1.9/10 over the last 7 days, down from 3.7/10 the 7 days before.",
      "Week 3 of your plan: 1 of 2 planned sessions logged.",
      "2 weekly reviews: 1 moved up, 1 held.",
      "Single-leg calf raises at your latest test: left 14, right 22 (a difference of 8 reps). After 2 weeks on the plan a difference of more than 5 is a reason to see a clinician.",
      "Side plank at your latest test: left 22 s, right 26 s.",
    ]);
  });

  it("ignores rows whose days are not dates instead of failing", () => {
    const s = summarizeProgress({
      ...EMPTY,
      sessionLogs: [{ day: "not a day", painDuring: 3 }],
      checkins: [{ day: "2026-02-30", pain: 2 }],
    });
    expect(s.pain).toEqual({ during: [], nextDay: [] });
    expect(s.asOf).toBeUndefined();
  });
});
