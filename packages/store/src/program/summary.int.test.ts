// The progress summary over a record the store really wrote: the export document is a ProgressRecord.
import { afterAll, describe, expect, it } from "vitest";
import { summarizeProgress, type AssessmentInput, type ProgressRecord } from "@upstream/core";
import { openStore, type Store } from "../store.js";
import { pgliteBackend, testClock } from "../testing/backends.js";
import { simulate } from "../testing/simulate.js";
import { addDays } from "./schedule.js";
import { exportPerson } from "./export.js";
import { ProgramService } from "./service.js";

const runner = (left: number, right: number, plank: number): AssessmentInput => ({
  age: 38,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["tightness", "cramp"], weeks: 2, worstPain: 3 }],
  selfTests: { calfRaise: { left, right }, sidePlank: { left: plank, right: plank + 4 } },
});

describe("summarizeProgress over a simulated program (PGlite)", () => {
  const open: Store[] = [];
  afterAll(async () => {
    for (const s of open.splice(0)) await s.close();
    await pgliteBackend.cleanup();
  });

  it("counts every logged session, review and re-assessment the store kept", async () => {
    const store = await openStore(await pgliteBackend.fresh());
    open.push(store);
    const clock = testClock();
    const start = "2026-01-05";
    const log = await simulate(
      new ProgramService(store, clock),
      clock,
      "eve",
      {
        name: "gap stays, pain eases",
        input: runner(24, 15, 14),
        painDuring: (d) => (d < 7 ? 3 : 1),
        morningPain: (d) => (d <= 14 ? 3 : 1),
        reassessInput: (week) => runner(24, 16, 14 + week * 3),
      },
      start,
      3,
    );
    const doc = await exportPerson(store.db, "eve");
    // Compile-time: the store's document is what the summary reads, without a cast.
    const record: ProgressRecord = doc!;
    const today = addDays(start, 21);
    const s = summarizeProgress(record, { today });
    expect(s.adherence.reduce((n, w) => n + w.logged, 0)).toBe(log.sessions);
    expect(s.adherence.slice(0, 3).map((w) => w.ratio)).toEqual([1, 1, 1]);
    expect(s.reviews.map((r) => r.weekEnd)).toEqual(log.reviews.map((r) => r.weekEnd));
    expect(s.reviews.map((r) => r.outcome)).toEqual(log.reviews.map((r) => r.cause));
    expect(s.selfTests.calfRaise.map((p) => [p.programWeeks, p.gap])).toEqual([
      [0, 9],
      [2, 8],
    ]);
    expect(s.selfTests.sidePlank.map((p) => p.left)).toEqual([14, 20]);
    expect(s.calfRaiseStuck).toBe(log.escalations.flat().includes("calf_raise_asymmetry_persists"));
    expect(s.calfRaiseStuck).toBe(true);
    expect(s.trend.nextDay).toMatchObject({ last7: { mean: 1 }, previous7: { mean: 3 }, direction: "lower" });
  });
});
