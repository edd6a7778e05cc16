import { describe, expect, it } from "vitest";
import { dayIndex, niceTicks, shortDate, spread, withUnit } from "./scale";

describe("chart arithmetic", () => {
  it.each([
    [0, 10, [0, 2, 4, 6, 8, 10]],
    [0, 9, [0, 2, 4, 6, 8, 10]],
    [0, 26, [0, 10, 20, 30]],
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [0, 0, [0, 1]],
  ])("ticks from %i to %i", (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });

  it("spreads axis labels evenly, first and last always", () => {
    expect(spread(3, 4)).toEqual([0, 1, 2]);
    expect(spread(22, 4)).toEqual([0, 7, 14, 21]);
  });

  it("days and words", () => {
    expect(dayIndex("2026-01-06") - dayIndex("2025-12-31")).toBe(6);
    expect(shortDate("2026-01-06")).toBe("6 Jan");
    expect(withUnit(71, "%")).toBe("71%");
    expect(withUnit(19.25, "s")).toBe("19.3 s");
  });
});
