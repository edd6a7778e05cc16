// The one store suite, run against both back ends: PGlite (embedded) and PostgreSQL.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import pg from "pg";
import { AssessmentInputSchema, type AssessmentInput } from "@upstream/core";
import { afterAll, describe, expect, it } from "vitest";
import { Accounts } from "./accounts.js";
import { canonicalJson, exportPerson, importDocument } from "./program/export.js";
import { ProgramService } from "./program/service.js";
import { checkins, people, planVersions, plans, sessionLogs } from "./schema.js";
import type { Store } from "./store.js";
import { MIGRATIONS_DIR, openStore } from "./store.js";
import { BACKENDS, postgresBackend, testClock } from "./testing/backends.js";
import { simulate, type Scenario } from "./testing/simulate.js";

const example = (name: string) =>
  AssessmentInputSchema.parse(
    (
      JSON.parse(
        readFileSync(
          new URL(`../../../../shared/contract/examples/assess/${name}.json`, import.meta.url),
          "utf8",
        ),
      ) as { input: unknown }
    ).input,
  );
const S1_CYCLIST = example("e02-yellow-cyclist-S1-calf-weakness");
const DESK = example("e03-green-programmer-neck-shoulder");
const RED = example("e01-red-saddle-numbness-and-bladder-change");

async function counts(store: Store) {
  const n = async (
    t: typeof people | typeof plans | typeof sessionLogs | typeof checkins | typeof planVersions,
  ) => (await store.db.select({ n: count() }).from(t))[0]?.n ?? 0;
  return {
    people: await n(people),
    plans: await n(plans),
    versions: await n(planVersions),
    logs: await n(sessionLogs),
    checkins: await n(checkins),
  };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`store on ${backend.name}`, () => {
    const open: Store[] = [];
    const fresh = async (limit?: number) => {
      const store = await openStore(await backend.fresh(limit));
      open.push(store);
      return store;
    };
    afterAll(async () => {
      for (const s of open.splice(0)) await s.close().catch(() => undefined);
      await backend.cleanup();
    });

    it("migrates a new store to the latest schema", async () => {
      const store = await fresh();
      const rows = await store.query(
        "select column_name from information_schema.columns where table_name = 'escalation_events' and column_name = 'acknowledged_at'",
      );
      expect(rows).toHaveLength(1);
    });

    it("first migration only, filled, then migrated to the latest: nothing is lost", async () => {
      const options = await backend.fresh(1);
      const old = await openStore(options);
      const columns = await old.query(
        "select column_name from information_schema.columns where table_name = 'escalation_events'",
      );
      expect(columns.map((c) => c.column_name)).not.toContain("acknowledged_at");
      // Filled as the first release wrote it: through SQL of that schema, not today's code.
      for (const statement of OLD_ROWS) await old.query(statement);
      const before = await snapshot(old);
      await old.close();
      const { migrationsLimit: _, ...latestOptions } = options;
      const latest = await openStore(latestOptions);
      open.push(latest);
      const after = await snapshot(latest);
      const events = after.escalation_events ?? [];
      expect(events.length).toBe(1);
      expect(events.every((row) => row.acknowledged_at === null)).toBe(true);
      for (const row of events) delete row.acknowledged_at;
      expect(after).toEqual(before);
      // The migrated store works with today's code.
      const service = new ProgramService(latest, testClock("2026-01-06T08:00:00.000Z"));
      expect((await service.logSession("ana", { day: "2026-01-06", painDuring: 2 })).ok).toBe(true);
    });

    it("start saves the assessment and a first plan version; today schedules hard and easy days", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      const started = await service.start("ana", S1_CYCLIST, "2026-01-05");
      expect(started.ok && started.value.result.triage.level).toBe("yellow");
      const hard = await service.today("ana", "2026-01-05");
      const easy = await service.today("ana", "2026-01-06");
      expect(hard.ok && hard.value.kind).toBe("hard");
      expect(easy.ok && easy.value.kind).toBe("easy");
      const ids = (t: typeof hard) => (t.ok ? t.value.items.map((i) => i.exercise) : []);
      // Reloading on hard days, nerve glides on easy days: they alternate.
      expect(ids(hard)).toContain("calf_raise_bent_knee");
      expect(ids(hard)).not.toContain("slump_nerve_glide");
      expect(ids(easy)).toContain("slump_nerve_glide");
      expect(ids(easy)).not.toContain("calf_raise_bent_knee");
      const active = await service.activePlan("ana");
      expect(active?.version).toBe(1);
      expect(active?.cause).toBe("created");
    });

    it("a red assessment is saved with no plan", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      const started = await service.start("bo", RED, "2026-01-05");
      expect(started.ok && started.value.planId).toBeUndefined();
      expect((await counts(store)).plans).toBe(0);
      expect((await service.today("bo", "2026-01-05")).ok).toBe(false);
    });

    it("a log sent twice with the same client id is stored once", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", DESK, "2026-01-05");
      const first = await service.logSession("ana", {
        day: "2026-01-05",
        painDuring: 1,
        clientId: "phone-1",
      });
      const again = await service.logSession("ana", {
        day: "2026-01-05",
        painDuring: 1,
        clientId: "phone-1",
      });
      expect(again.ok && again.value).toEqual({ id: first.ok ? first.value.id : "", duplicate: true });
      expect((await counts(store)).logs).toBe(1);
    });

    it("the same offline log arriving twice at once is stored once", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", DESK, "2026-01-05");
      const log = { day: "2026-01-05", painDuring: 1, clientId: "phone-2" };
      const results = await Promise.all([service.logSession("ana", log), service.logSession("ana", log)]);
      expect(results.map((r) => r.ok && r.value.duplicate).sort()).toEqual([false, true]);
      expect((await counts(store)).logs).toBe(1);
    });

    it("logs go into the plan's newest version, and stop with the plan, as soon as either changes", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", DESK, "2026-01-05");
      const log = { day: "2026-01-06", painDuring: 1 };
      const versionOf = async (r: Awaited<ReturnType<typeof service.logSession>>) => {
        if (!r.ok) throw new Error(r.message);
        const [row] = await store.db.select().from(sessionLogs).where(eq(sessionLogs.id, r.value.id));
        return row?.planVersion;
      };
      expect(await versionOf(await service.logSession("ana", log))).toBe(1);
      const current = await service.currentPlan("ana");
      const edited = await service.editPlan("ana", current!.plan, "clinician-1", "fewer sets");
      expect(edited).toEqual({ ok: true, value: { version: 2 } });
      expect(await versionOf(await service.logSession("ana", log))).toBe(2);
      const red = await service.checkin("ana", {
        day: "2026-01-07",
        pain: 3,
        redFlags: { bladderBowelChange: true },
      });
      // A change in bladder or bowel control cannot wait for the day.
      expect(red.ok && red.value.red && red.value.message).toMatch(
        /care now\. Go to an emergency department now/,
      );
      expect(await service.logSession("ana", log)).toMatchObject({ ok: false, code: "plan_stopped" });
    });

    it("logs that arrive together are stored together, and one whose plan is gone or another person's fails alone", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", DESK, "2026-01-05");
      await service.start("bo", DESK, "2026-01-05");
      const plan = (await service.currentPlan("ana"))!;
      const row = (id: string, planId = plan.planId) => ({
        id,
        personId: "ana",
        planId,
        planVersion: 1,
        day: "2026-01-06",
        loggedAt: "2026-01-06T08:00:00.000Z",
        exercises: [{ exercise: "chin_tucks", completed: true }],
        painDuring: 2,
        note: null,
        clientId: id === "b" ? "phone-b" : null,
      });
      const outcomes = await Promise.allSettled([
        store.appendSessionLog(row("a")),
        store.appendSessionLog(row("b")),
        store.appendSessionLog(row("gone", "no-such-plan")),
        store.appendSessionLog({ ...row("b2"), clientId: "phone-b" }),
        // Bo's log on Ana's plan: the foreign key is the plan and its person together.
        store.appendSessionLog({ ...row("theirs"), personId: "bo" }),
        store.appendSessionLog(row("c")),
      ]);
      expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : "rejected"))).toEqual([
        true,
        true,
        "rejected",
        false,
        "rejected",
        true,
      ]);
      const stored = await store.db.select({ id: sessionLogs.id }).from(sessionLogs);
      expect(stored.map((r) => r.id).sort()).toEqual(["a", "b", "c"]);
    });

    it("a session read before is refused at once after logout, expiry or deletion of the account", async () => {
      const store = await fresh();
      const clock = testClock();
      const accounts = new Accounts(store, clock.now, clock.newId);
      const user = (await accounts.createUser({
        email: "a@example.com",
        passwordHash: "x",
        role: "patient",
      }))!;
      const hour = 3_600_000;
      const [out, old, gone] = [
        await accounts.createSession(user.id, hour),
        await accounts.createSession(user.id, hour),
        await accounts.createSession(user.id, 10 * hour),
      ];
      for (const s of [out, old, gone]) expect((await accounts.getSession(s.token))?.user.id).toBe(user.id);
      await accounts.deleteSession(out.token);
      expect(await accounts.getSession(out.token)).toBeUndefined();
      clock.advance(hour + 1);
      expect(await accounts.getSession(old.token)).toBeUndefined();
      expect((await accounts.getSession(gone.token))?.user.id).toBe(user.id);
      await accounts.deleteAccount(user.id);
      expect(await accounts.getSession(gone.token)).toBeUndefined();
    });

    it("bad input names the field and changes nothing already saved", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", DESK, "2026-01-05");
      await service.checkin("ana", { day: "2026-01-06", pain: 2 });
      const before = await counts(store);
      const stray = await service.logSession("ana", {
        day: "2026-01-06",
        painDuring: 2,
        exercises: [
          { exercise: "chin_tucks", completed: true },
          { exercise: "copenhagen_plank", completed: true },
        ],
      });
      expect(stray).toMatchObject({ ok: false, field: "exercises[1].exercise" });
      const early = await service.logSession("ana", { day: "2026-01-01", painDuring: 2 });
      expect(early).toMatchObject({ ok: false, field: "day" });
      const twice = await service.checkin("ana", { day: "2026-01-06", pain: 9 });
      expect(twice).toMatchObject({ ok: false, code: "conflict", field: "day" });
      const review = await service.review("ana", "2026-01-07");
      expect(review).toMatchObject({ ok: false, field: "day" });
      expect(await counts(store)).toEqual(before);
      const [kept] = await store.db.select().from(checkins).where(eq(checkins.day, "2026-01-06"));
      expect(kept?.pain).toBe(2);
    });

    it("a red flag at the check-in stops the plan at once", async () => {
      const store = await fresh();
      const service = new ProgramService(store, testClock());
      await service.start("ana", S1_CYCLIST, "2026-01-05");
      const c = await service.checkin("ana", {
        day: "2026-01-06",
        pain: 6,
        redFlags: { saddleNumbness: true },
      });
      expect(c.ok && c.value.red).toBe(true);
      expect(c.ok && c.value.message).toMatch(/urgent medical care/);
      const active = await service.activePlan("ana");
      expect(active?.status).toBe("stopped");
      expect(active?.cause).toBe("stopped");
      expect((await service.today("ana", "2026-01-06")).ok).toBe(false);
      expect((await service.logSession("ana", { day: "2026-01-06", painDuring: 1 })).ok).toBe(false);
    });

    it("export → import → export is byte-identical; an import never half-writes", async () => {
      const source = await fresh();
      const clock = testClock();
      await simulate(new ProgramService(source, clock), clock, "ana", CLEAN, "2026-01-05", 2);
      const first = canonicalJson(await exportPerson(source.db, "ana"));
      const target = await fresh();
      expect(await importDocument(target, first)).toEqual({ ok: true, personId: "ana" });
      const second = canonicalJson(await exportPerson(target.db, "ana"));
      expect(second).toBe(first);
      // Importing again is refused without --replace, and a broken document changes nothing.
      expect(await importDocument(target, first)).toMatchObject({ ok: false, issue: { path: "person.id" } });
      const doc = JSON.parse(first) as { sessionLogs: { painDuring: number }[] };
      doc.sessionLogs[1]!.painDuring = 11;
      const broken = JSON.stringify(doc);
      expect(await importDocument(target, broken, { replace: true })).toMatchObject({
        ok: false,
        issue: { path: "sessionLogs[1].painDuring" },
      });
      expect(canonicalJson(await exportPerson(target.db, "ana"))).toBe(first);
      expect(await importDocument(target, first, { replace: true })).toEqual({ ok: true, personId: "ana" });
      expect(canonicalJson(await exportPerson(target.db, "ana"))).toBe(first);
    });

    describe("a simulated 6-week program", () => {
      it("a clean responder progresses every week, one variable at a time", async () => {
        const store = await fresh();
        const clock = testClock();
        const log = await simulate(new ProgramService(store, clock), clock, "ana", CLEAN, "2026-01-05");
        expect(log.reviews).toHaveLength(6);
        expect(log.reviews.map((r) => r.cause)).toEqual(Array(6).fill("progressed"));
        const raise = log.reviews[0]!.decisions.find((d) => d.exercise === "calf_raise_bent_knee")!;
        expect(raise.result).toMatchObject({ decision: "progress", changed: "volume" });
        expect(raise.input.sessions.filter((s) => s.completed)).toHaveLength(3);
        for (const r of log.reviews) {
          for (const d of r.decisions) {
            // A bodyweight exercise rises in volume only (the contract), past the library's range too.
            if (!d.input.current.loadKg) expect(d.result.changed).toBe("volume");
          }
        }
        const active = await new ProgramService(store, clock).activePlan("ana");
        expect(active?.version).toBeGreaterThanOrEqual(7);
      });

      it("a person who flares in week 3 regresses that week, then holds or climbs back", async () => {
        const store = await fresh();
        const clock = testClock();
        const log = await simulate(new ProgramService(store, clock), clock, "bo", FLARE_WEEK_3, "2026-01-05");
        expect(log.reviews.map((r) => r.cause)).toEqual([
          "progressed",
          "progressed",
          "regressed",
          "progressed",
          "progressed",
          "progressed",
        ]);
        const week3 = log.reviews[2]!;
        const flared = week3.decisions.filter((d) => d.result.decision === "regress");
        expect(flared.length).toBeGreaterThan(0);
        for (const d of flared) expect(d.result.reasons.join(" ")).toMatch(/5\/10 or more|lingers/);
      });

      it("a calf-raise gap that stays over 5 reps raises the stuck? escalation at re-assessment", async () => {
        const store = await fresh();
        const clock = testClock();
        const log = await simulate(new ProgramService(store, clock), clock, "cy", GAP_STAYS, "2026-01-05");
        expect(log.escalations).toHaveLength(3);
        for (const ids of log.escalations) expect(ids).toContain("calf_raise_asymmetry_persists");
        const clean = await simulate(
          new ProgramService(store, clock),
          clock,
          "di",
          { ...GAP_STAYS, reassessInput: closingGap },
          "2026-03-02",
        );
        expect(clean.escalations.flat()).not.toContain("calf_raise_asymmetry_persists");
      });
    });
  });
}

describe.skipIf(!postgresBackend.available)("PostgreSQL shared by several servers", () => {
  const backend = postgresBackend;
  const open: Store[] = [];
  afterAll(async () => {
    for (const s of open.splice(0)) await s.close();
    await backend.cleanup();
  });

  it("several processes opening a new database at once migrate it once", async () => {
    // Regression: two servers starting together raced on CREATE SCHEMA and one of them exited.
    const options = await backend.fresh(0);
    const { migrationsLimit: _, ...latest } = options;
    const stores = await Promise.all([openStore(latest), openStore(latest), openStore(latest)]);
    open.push(...stores);
    const rows = await stores[0].query("select count(*)::int as n from drizzle.__drizzle_migrations");
    // Every migration in the journal, once each (counted from the journal so a new migration needs no edit here).
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    expect(rows).toEqual([{ n: journal.entries.length }]);
  });

  it("a connection the database drops while idle (a restart, a failover) does not take the process down", async () => {
    const options = await backend.fresh();
    const lost: (string | undefined)[] = [];
    const store = await openStore({ ...options, onConnectionLost: (error) => lost.push(error.code) });
    open.push(store);
    // Two idle connections in the pool.
    await Promise.all([store.query("select pg_sleep(0.05)"), store.query("select pg_sleep(0.05)")]);
    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    let ended: pg.QueryResult;
    try {
      ended = await admin.query(
        "select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      expect(ended.rows.length).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    // The pool hears of it (an 'error' event per idle connection), drops them and connects again when asked.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lost).toEqual(ended.rows.map(() => "57P01"));
    expect(await store.query("select 1 as one")).toEqual([{ one: 1 }]);
  });
});

const runnerCalf: AssessmentInput = {
  age: 38,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["tightness", "cramp"], weeks: 2, worstPain: 3 }],
  selfTests: { calfRaise: { left: 24, right: 16 }, slump: { left: "negative", right: "negative" } },
};
const CLEAN: Scenario = {
  name: "clean responder",
  input: runnerCalf,
  painDuring: () => 1,
  morningPain: () => 1,
};
const FLARE_WEEK_3: Scenario = {
  name: "flare in week 3",
  input: runnerCalf,
  painDuring: (d) => (d >= 14 && d < 21 ? (d === 16 ? 6 : 3) : 1),
  morningPain: (d) => (d >= 15 && d <= 18 ? 4 : 1),
};
const gapInput = (left: number, right: number): AssessmentInput => ({
  ...runnerCalf,
  selfTests: { calfRaise: { left, right }, slump: { left: "negative", right: "negative" } },
});
const GAP_STAYS: Scenario = { ...CLEAN, name: "calf-raise gap stays", reassessInput: () => gapInput(24, 15) };
const closingGap = (week: number) => gapInput(24, 16 + week * 2);

const TABLES = [
  "people",
  "assessments",
  "plans",
  "plan_versions",
  "prescriptions",
  "session_logs",
  "checkins",
  "reviews",
  "escalation_events",
];

async function snapshot(store: Store): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLES) out[table] = await store.query(`select * from ${table} order by 1, 2`);
  return out;
}

const PLAN_JSON = JSON.stringify({
  phases: [{ id: "calm", title: "Calm", why: "w", items: [] }],
  avoid: [],
  rules: {},
});
const OLD_ROWS = [
  "insert into people (id, created_at, baseline_pain) values ('ana', '2026-01-05T08:00:00Z', 2)",
  `insert into assessments (id, person_id, created_at, engine_version, input, result, triage_level, program_weeks)
     values ('a1', 'ana', '2026-01-05T08:00:00Z', '1.0.0', '{"age": 40, "complaints": [{"region": "calf", "kinds": ["pain"]}]}',
     '{"triage": {"level": "green"}}', 'green', 0)`,
  "insert into plans (id, person_id, created_at, start_date, status) values ('p1', 'ana', '2026-01-05T08:00:00Z', '2026-01-05', 'active')",
  `insert into plan_versions (plan_id, version, created_at, cause, author, assessment_id, plan)
     values ('p1', 1, '2026-01-05T08:00:00Z', 'created', 'engine', 'a1', '${PLAN_JSON}')`,
  `insert into prescriptions (plan_id, version, exercise, phase, position, dose, frequency)
     values ('p1', 1, 'walk_short_bouts', 'calm', 0, '{"minutes": 5, "timesPerDay": 4}', 'daily')`,
  `insert into session_logs (id, person_id, plan_id, plan_version, day, logged_at, exercises, pain_during, client_id)
     values ('s1', 'ana', 'p1', 1, '2026-01-05', '2026-01-05T18:00:00Z', '[{"exercise": "walk_short_bouts", "completed": true}]', 2, 'c1')`,
  "insert into checkins (id, person_id, day, created_at, pain, red_flags, red) values ('k1', 'ana', '2026-01-06', '2026-01-06T07:00:00Z', 1, '{}', false)",
  `insert into reviews (id, person_id, plan_id, from_version, to_version, week_start, week_end, created_at, decisions)
     values ('r1', 'ana', 'p1', 1, 1, '2026-01-05', '2026-01-11', '2026-01-12T07:00:00Z', '[]')`,
  `insert into escalation_events (id, person_id, created_at, escalation, action, text, origin)
     values ('e1', 'ana', '2026-01-05T08:00:00Z', 'persistent_beyond_6_weeks', 'see_clinician', 'See a clinician.', 'assessment')`,
];
