import { describe, expect, it } from "vitest";
import { RED_FLAG_FIELDS, TRIAGE_REASON_IDS } from "../contract/ids.js";
import { assess } from "../assess/assess.js";
import { reasonIdOfFlag, reasonsToShow, urgentAction, urgentNow } from "./show.js";

const spine = { age: 50, complaints: [{ region: "low_back" as const, kinds: ["pain" as const] }] };

describe("what a red result tells the person to do", () => {
  it("each red-flag field names a contract reason id", () => {
    for (const field of RED_FLAG_FIELDS)
      expect(TRIAGE_REASON_IDS as readonly string[]).toContain(reasonIdOfFlag(field));
  });

  it("bladder or bowel change, saddle numbness, fast weakening and major trauma: now; the other flags: today", () => {
    const now = ["bladderBowelChange", "saddleNumbness", "progressiveWeakness", "majorTrauma"];
    for (const field of RED_FLAG_FIELDS) {
      const { result } = assess({ ...spine, redFlags: { [field]: true } });
      expect(result.triage.level, field).toBe("red");
      const ids = result.triage.reasons.map((r) => r.id);
      expect(urgentNow(ids), field).toBe(now.includes(field));
      expect(result.notice, field).toContain(now.includes(field) ? "emergency department now" : "today");
    }
    expect(urgentAction(["fever", "saddle_numbness"])).toMatch(/now/);
  });

  it("a reason its companion says again is shown once", () => {
    const reasons = [{ id: "cancer_history" }, { id: "cancer_history_with_spine_pain" }, { id: "fever" }];
    expect(reasonsToShow(reasons).map((r) => r.id)).toEqual(["cancer_history_with_spine_pain", "fever"]);
    expect(reasonsToShow([{ id: "cancer_history" }]).map((r) => r.id)).toEqual(["cancer_history"]);
  });
});
