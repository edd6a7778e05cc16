/** The follow-along routine's steps: durations from each item's dose, per-side holds split in two. */
import { describe, expect, it } from "vitest";
import { CHECKLISTS } from "@upstream/core";
import { minutesAndSeconds, routineSteps, SECONDS_PER_REP } from "./routine";

describe("routineSteps", () => {
  it("turns the 5-minute spine routine into timed steps of about five minutes", () => {
    const routine = CHECKLISTS.find((c) => c.id === "daily_spine_protectors")!;
    const steps = routineSteps(routine);
    expect(steps.map((s) => s.seconds)).toEqual([120, 10 * SECONDS_PER_REP, 20, 20, 60]);
    expect(steps[2]!.text).toMatch(/^Left side: /);
    expect(steps[3]!.text).toMatch(/^Right side: /);
    const total = steps.reduce((n, s) => n + s.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(4 * 60);
    expect(total).toBeLessThanOrEqual(6 * 60);
  });

  it("counts sets and gives an undosed item a minute", () => {
    const steps = routineSteps({
      items: [
        { text: "Hold, 2 × 10 seconds", dose: { sets: 2, holdSeconds: 10 } },
        { text: "Something without a dose" },
      ],
    });
    expect(steps.map((s) => s.seconds)).toEqual([20, 60]);
  });

  it("words a total", () => {
    expect(minutesAndSeconds(280)).toBe("4 min 40 s");
    expect(minutesAndSeconds(120)).toBe("2 min");
    expect(minutesAndSeconds(20)).toBe("20 s");
  });
});
