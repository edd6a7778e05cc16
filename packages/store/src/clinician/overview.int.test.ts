// The clinician's overview on both back ends: who is listed, each attention reason, and the ranking.
import { and, eq, isNull } from "drizzle-orm";
import { AssessmentInputSchema } from "@upstream/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Accounts } from "../accounts.js";
import { ProgramService } from "../program/service.js";
import { addDays } from "../program/schedule.js";
import { escalationEvents } from "../schema.js";
import { openStore, type Store } from "../store.js";
import { BACKENDS, testClock } from "../testing/backends.js";
import { contractInput } from "../testing/contract.js";
import { acknowledgeEscalation } from "./escalations.js";
import { clinicianOverview, type OverviewRow } from "./overview.js";

const S1_CYCLIST = AssessmentInputSchema.parse(contractInput("assess/e02-yellow-cyclist-S1-calf-weakness"));

const START = "2026-02-02";
/** Four weeks after the start: the adherence windows are full. */
const TODAY = "2026-03-02";

interface Course {
  /** Pain during the session on day index d, or null for no session that day. */
  session: (d: number) => number | null;
  /** Morning pain at the check-in of day index d (from d = 1). */
  morning: (d: number) => number;
  /** A red flag at the check-in of this day index; the plan stops and nothing is logged after it. */
  redOn?: number;
  /** Also log a session today (its time makes the latest activity). */
  today?: boolean;
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`clinician overview on ${backend.name}`, () => {
    let store: Store;
    let rows: OverviewRow[];
    const ids: Record<string, string> = {};
    let clinicianId = "";
    let otherClinician = "";

    async function follow(
      service: ProgramService,
      clock: ReturnType<typeof testClock>,
      id: string,
      c: Course,
    ) {
      clock.set(`${START}T07:00:00.000Z`);
      const started = await service.start(id, S1_CYCLIST, START);
      if (!started.ok) throw new Error(started.message);
      for (let d = 0; d <= 28; d++) {
        const day = addDays(START, d);
        if (d > 0) {
          clock.set(`${day}T07:00:00.000Z`);
          const red = c.redOn === d;
          const checked = await service.checkin(id, {
            day,
            pain: c.morning(d),
            ...(red ? { redFlags: { fever: true } } : {}),
          });
          if (!checked.ok) throw new Error(checked.message);
        }
        if (c.redOn !== undefined && d >= c.redOn) continue;
        if (d === 28 && !c.today) continue;
        const pain = c.session(d);
        if (pain === null) continue;
        clock.set(`${day}T18:00:00.000Z`);
        const logged = await service.logSession(id, { day, painDuring: pain });
        if (!logged.ok) throw new Error(logged.message);
      }
    }

    beforeAll(async () => {
      store = await openStore(await backend.fresh());
      const clock = testClock(`${START}T07:00:00.000Z`);
      const accounts = new Accounts(store, clock.now, clock.newId);
      const service = new ProgramService(store, clock);
      const user = async (email: string, role: "patient" | "clinician") =>
        (await accounts.createUser({ email, passwordHash: "x", role, displayName: email.split("@")[0] }))!.id;
      clinicianId = await user("dr@example.test", "clinician");
      otherClinician = await user("other-dr@example.test", "clinician");
      const linkTo = async (clinician: string, person: string) => {
        const { code } = await accounts.createInvite(person, 30 * 86_400_000);
        expect(await accounts.redeemInvite(clinician, code)).toBe(person);
      };
      const steady: Course = { session: () => 1, morning: () => 1 };
      const courses: Record<string, Course> = {
        calm: steady,
        red: { ...steady, redOn: 27 },
        escalated: steady,
        flare: { session: (d) => (d === 25 ? 6 : 1), morning: () => 1, today: true },
        aching: { session: () => 1, morning: (d) => (d >= 23 ? 3 : 1) },
        lapsing: { session: (d) => (d < 21 ? 1 : null), morning: () => 1 },
        revoked: steady,
        stranger: steady,
      };
      for (const [name, course] of Object.entries(courses)) {
        ids[name] = await user(`${name}@example.test`, "patient");
        await follow(service, clock, ids[name], course);
      }
      clock.set(`${TODAY}T19:00:00.000Z`);
      for (const name of ["calm", "red", "escalated", "flare", "aching", "lapsing", "revoked"])
        await linkTo(clinicianId, ids[name]!);
      await linkTo(otherClinician, ids.stranger!);
      expect(await accounts.revokeLink(ids.revoked!, clinicianId)).toBe(true);
      // The assessment's escalation (nerve symptoms: see a clinician) is acknowledged for all but one.
      for (const name of ["calm", "red", "flare", "aching", "lapsing"]) {
        const open = await store.db
          .select({ id: escalationEvents.id })
          .from(escalationEvents)
          .where(
            and(
              eq(escalationEvents.personId, ids[name]!),
              eq(escalationEvents.escalation, "nerve_symptoms_need_review"),
              isNull(escalationEvents.acknowledgedAt),
            ),
          );
        expect(open).toHaveLength(1);
        expect(await acknowledgeEscalation(store, ids[name]!, open[0]!.id, clock.now())).toBe("acknowledged");
        expect(await acknowledgeEscalation(store, ids[name]!, open[0]!.id, clock.now())).toBe("already");
      }
      rows = await clinicianOverview(store.db, clinicianId, TODAY);
    }, 180_000);
    afterAll(async () => {
      await store?.close().catch(() => undefined);
      await backend.cleanup();
    });

    const row = (name: string) => {
      const found = rows.find((r) => r.personId === ids[name]);
      if (!found) throw new Error(`${name} is not in the overview`);
      return found;
    };
    const codes = (name: string) => row(name).reasons.map((r) => r.code);

    it("lists linked patients only: not a revoked link, not another clinician's patient", () => {
      expect(rows.map((r) => r.personId).sort()).toEqual(
        ["calm", "red", "escalated", "flare", "aching", "lapsing"].map((n) => ids[n]).sort(),
      );
      expect(rows.find((r) => r.personId === ids.revoked)).toBeUndefined();
      expect(rows.find((r) => r.personId === ids.stranger)).toBeUndefined();
    });

    it("ranks a red flag first, then an open escalation, then flares (latest first), falling adherence, the rest", () => {
      const order = rows.map((r) => Object.keys(ids).find((n) => ids[n] === r.personId));
      expect(order).toEqual(["red", "escalated", "flare", "aching", "lapsing", "calm"]);
      expect(rows.map((r) => r.rank)).toEqual([...rows.map((r) => r.rank)].sort((a, b) => b - a));
    });

    it("a red flag at a check-in: the reason names the day; its open escalation counts too", () => {
      expect(codes("red")).toEqual(["red_flag", "escalation"]);
      expect(row("red").reasons[0]!.text).toContain(addDays(START, 27));
      expect(row("red").plan?.status).toBe("stopped");
      // A stopped plan schedules nothing from the day it stopped: the sessions up to then are all of them.
      expect(row("red").adherence).toEqual({ last7: 100, last28: 100, previous21: 100 });
    });

    it("an unacknowledged escalation, and nothing else", () => {
      expect(codes("escalated")).toEqual(["escalation"]);
      expect(row("escalated").reasons[0]!.text).toMatch(/book a clinician visit/);
    });

    it("a flare: a session with pain 5/10 or more in the last 7 days", () => {
      expect(codes("flare")).toEqual(["flare"]);
      expect(row("flare").reasons[0]!.text).toContain("pain 6/10 during a session");
    });

    it("a flare: morning pain above the usual on two or more days; the pain trend rises", () => {
      expect(codes("aching")).toEqual(["flare"]);
      expect(row("aching").reasons[0]!.text).toContain("above the usual 1/10");
      const pain = row("aching").pain;
      expect(pain.last7).toBeGreaterThan(pain.previous7!);
      expect(pain.change).toBeGreaterThan(0);
    });

    it("falling adherence: no sessions in the last 7 days after three full weeks", () => {
      expect(codes("lapsing")).toEqual(["falling_adherence"]);
      expect(row("lapsing").adherence).toEqual({ last7: 0, last28: 75, previous21: 100 });
    });

    it("a steady patient needs nothing; the row has triage, driver, phase, week, adherence and pain", () => {
      const calm = row("calm");
      expect(calm.reasons).toEqual([]);
      expect(calm.rank).toBe(0);
      expect(calm.triage?.level).toBe("yellow");
      expect(calm.driver).toBe("lumbar_nerve_root");
      expect(calm.plan).toMatchObject({ status: "active", week: 5, phase: "reload" });
      expect(calm.adherence).toEqual({ last7: 100, last28: 100, previous21: 100 });
      expect(calm.pain).toEqual({ last7: 1, previous7: 1, change: 0 });
      expect(calm.lastActivity).toBe(`${TODAY}T07:00:00.000Z`);
    });

    it("an empty list for a clinician with no patients", async () => {
      expect(await clinicianOverview(store.db, "nobody", TODAY)).toEqual([]);
    });

    it("acknowledging is refused for another person's escalation", async () => {
      const [event] = await store.db
        .select({ id: escalationEvents.id })
        .from(escalationEvents)
        .where(eq(escalationEvents.personId, ids.escalated!));
      expect(await acknowledgeEscalation(store, ids.calm!, event!.id, `${TODAY}T20:00:00.000Z`)).toBe(
        "not_found",
      );
    });
  });
}
