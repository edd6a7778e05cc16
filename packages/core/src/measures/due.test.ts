// The schedule: STarT Back once at intake (low back); NPRS weekly; RMDQ (back) and PSFS at intake and every 4 weeks.
import { describe, expect, it } from "vitest";
import { measuresDue, type DueInput } from "./due.js";
import type { MeasureId } from "./schema.js";

const START = "2026-01-05";
const due = (over: Partial<DueInput>) =>
  measuresDue({
    records: [],
    planStartDay: START,
    today: START,
    complaintRegions: ["low_back"],
    ...over,
  }).due.map((d) => d.instrument);
const rec = (instrument: MeasureId, day: string) => ({ instrument, day });
const ALL_AT_INTAKE = ["start_back", "nprs", "rmdq", "psfs"];

describe("measuresDue", () => {
  it("at intake with low back pain: all four, each with a reason", () => {
    const out = measuresDue({
      records: [],
      planStartDay: START,
      today: START,
      complaintRegions: ["low_back"],
    });
    expect(out.due.map((d) => d.instrument)).toEqual(ALL_AT_INTAKE);
    expect(out.due.find((d) => d.instrument === "start_back")!.reason).toMatch(/once, at the start/);
    expect(out.due.find((d) => d.instrument === "nprs")!.reason).toMatch(/every week/);
  });

  it("a calf complaint gets no back questionnaires (RMDQ, STarT Back)", () => {
    expect(due({ complaintRegions: ["calf"] })).toEqual(["nprs", "psfs"]);
  });

  it("a mid-back complaint gets the RMDQ but not STarT Back (Keele: low back pain only)", () => {
    expect(due({ complaintRegions: ["mid_back"] })).toEqual(["nprs", "rmdq", "psfs"]);
  });

  it("nothing before the plan starts, or without a plan", () => {
    expect(due({ today: "2026-01-04" })).toEqual([]);
    expect(due({ planStartDay: null })).toEqual([]);
  });

  it("STarT Back is asked once only", () => {
    expect(due({ records: [rec("start_back", START)], today: "2026-06-01" })).not.toContain("start_back");
  });

  it.each([
    { last: "2026-01-05", today: "2026-01-11", due: false },
    { last: "2026-01-05", today: "2026-01-12", due: true },
    { last: "2026-01-05", today: "2026-02-20", due: true },
  ])("NPRS last on $last is due on $today: $due (weekly)", (c) => {
    expect(due({ records: [rec("nprs", c.last)], today: c.today }).includes("nprs")).toBe(c.due);
  });

  it.each([
    { last: "2026-01-05", today: "2026-02-01", due: false },
    { last: "2026-01-05", today: "2026-02-02", due: true },
  ])("RMDQ and PSFS last on $last are due on $today: $due (every 4 weeks)", (c) => {
    const out = due({ records: [rec("rmdq", c.last), rec("psfs", c.last)], today: c.today });
    expect(out.includes("rmdq")).toBe(c.due);
    expect(out.includes("psfs")).toBe(c.due);
  });

  it("counts days across month ends and leap years", () => {
    expect(due({ records: [rec("nprs", "2028-02-23")], today: "2028-03-01" })).toContain("nprs");
    expect(due({ records: [rec("nprs", "2027-02-23")], today: "2027-03-01" })).not.toContain("nprs");
    expect(
      due({ records: [rec("psfs", "2026-12-10")], planStartDay: "2026-12-01", today: "2027-01-07" }),
    ).toContain("psfs");
  });

  it("counts from the latest response, so a late one does not make the next one early", () => {
    const records = [rec("nprs", "2026-01-05"), rec("nprs", "2026-01-20")];
    expect(due({ records, today: "2026-01-26" })).not.toContain("nprs");
    const out = measuresDue({
      records,
      planStartDay: START,
      today: "2026-01-27",
      complaintRegions: ["calf"],
    });
    expect(out.due[0]?.instrument).toBe("nprs");
    expect(out.due[0]?.reason).toMatch(/^Last filled in 7 days ago/);
  });
});
