// Outcome measures in the store, on both back ends: record, list, due, export/import, and erasure with the person.
import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { AssessmentInputSchema } from "@upstream/core";
import { afterAll, describe, expect, it } from "vitest";
import { measureResponses, people } from "../schema.js";
import { openStore, type Store } from "../store.js";
import { BACKENDS, testClock } from "../testing/backends.js";
import { canonicalJson, exportPerson, importDocument } from "./export.js";
import { MeasureService } from "./measures.js";
import { ProgramService } from "./service.js";

const example = (name: string) =>
  AssessmentInputSchema.parse(
    (
      JSON.parse(
        readFileSync(
          new URL(`../../../../../shared/contract/examples/assess/${name}.json`, import.meta.url),
          "utf8",
        ),
      ) as { input: unknown }
    ).input,
  );

const rmdq = (yes: number) => ({ instrument: "rmdq", items: Array.from({ length: 24 }, (_, i) => i < yes) });
const startBack = {
  instrument: "start_back",
  items: [true, true, false, false, true, false, false, false],
  bothersome: "moderately",
};

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`measures on ${backend.name}`, () => {
    const open: Store[] = [];
    const fresh = async () => {
      const store = await openStore(await backend.fresh());
      open.push(store);
      return store;
    };
    afterAll(async () => {
      for (const s of open.splice(0)) await s.close().catch(() => undefined);
      await backend.cleanup();
    });

    /** A person with low back pain and a plan starting 2026-01-05. */
    async function withPlan(store: Store) {
      const clock = testClock();
      const program = new ProgramService(store, clock);
      const input = example("e02-yellow-cyclist-S1-calf-weakness");
      const back = { ...input, complaints: [{ ...input.complaints[0]!, region: "low_back" as const }] };
      const started = await program.start("ana", back, "2026-01-05");
      expect(started.ok).toBe(true);
      return { clock, measures: new MeasureService(store, clock) };
    }

    it("records a response with its core score, and lists by day then saved time", async () => {
      const store = await fresh();
      const { clock, measures } = await withPlan(store);
      const later = await measures.record("ana", { day: "2026-02-02", answers: rmdq(4) });
      clock.advance(1000);
      const first = await measures.record("ana", { day: "2026-01-05", answers: rmdq(10) });
      clock.advance(1000);
      const sameDay = await measures.record("ana", {
        day: "2026-01-05",
        answers: { instrument: "nprs", pain: 6 },
      });
      expect(first).toMatchObject({
        ok: true,
        value: { instrument: "rmdq", result: { score: 10, max: 24 } },
      });
      const list = await measures.list("ana");
      expect(list.map((r) => r.id)).toEqual([first, sameDay, later].map((o) => (o.ok ? o.value.id : "")));
      expect(await measures.list("someone-else")).toEqual([]);
    });

    it("the change since last time uses the instrument's threshold (RMDQ 10 → 4: better, meaningful)", async () => {
      const store = await fresh();
      const { clock, measures } = await withPlan(store);
      const first = await measures.record("ana", { day: "2026-01-05", answers: rmdq(10) });
      expect(first.ok && "change" in first.value).toBe(false);
      clock.advance(1000);
      await measures.record("ana", { day: "2026-01-05", answers: { instrument: "nprs", pain: 4 } });
      clock.advance(1000);
      const second = await measures.record("ana", { day: "2026-02-02", answers: rmdq(4) });
      const change = { from: 10, to: 4, change: -6, direction: "better", meaningful: true };
      expect(second).toMatchObject({ ok: true, value: { change } });
      const listed = await measures.list("ana");
      expect(listed.map((r) => r.change?.change ?? null)).toEqual([null, null, -6]);
    });

    it("bad input names the field and stores nothing", async () => {
      const store = await fresh();
      const { measures } = await withPlan(store);
      const bad = await measures.record("ana", {
        day: "2026-01-05",
        answers: { instrument: "rmdq", items: [true, false] },
      });
      expect(bad).toMatchObject({ ok: false, code: "invalid", field: "answers.items" });
      const wrongDay = await measures.record("ana", { day: "2026-02-30", answers: startBack });
      expect(wrongDay).toMatchObject({ ok: false, field: "day" });
      expect(await measures.record("nobody", { day: "2026-01-05", answers: startBack })).toMatchObject({
        ok: false,
        code: "no_person",
      });
      expect(await measures.list("ana")).toEqual([]);
    });

    it("due: all four at intake for low back pain; after filling them in, only the weekly pain a week later", async () => {
      const store = await fresh();
      const { measures } = await withPlan(store);
      const names = async (day: string) => (await measures.due("ana", day)).due.map((d) => d.instrument);
      expect(await names("2026-01-04")).toEqual([]);
      expect(await names("2026-01-05")).toEqual(["start_back", "nprs", "rmdq", "psfs"]);
      await measures.record("ana", { day: "2026-01-05", answers: startBack });
      await measures.record("ana", { day: "2026-01-05", answers: { instrument: "nprs", pain: 5 } });
      await measures.record("ana", { day: "2026-01-05", answers: rmdq(8) });
      await measures.record("ana", {
        day: "2026-01-05",
        answers: {
          instrument: "psfs",
          activities: [
            { activity: "Cycling", score: 3 },
            { activity: "Lifting my child", score: 4 },
            { activity: "Sitting at work", score: 5 },
          ],
        },
      });
      expect(await names("2026-01-11")).toEqual([]);
      expect(await names("2026-01-12")).toEqual(["nprs"]);
      expect(await names("2026-02-02")).toEqual(["nprs", "rmdq", "psfs"]);
      expect(await measures.due("nobody", "2026-01-05")).toEqual({ due: [] });
    });

    it("export → import → export is identical with measures; an older document without them still imports", async () => {
      const source = await fresh();
      const { clock, measures } = await withPlan(source);
      await measures.record("ana", { day: "2026-01-05", answers: startBack });
      clock.advance(1000);
      await measures.record("ana", { day: "2026-01-05", answers: rmdq(7) });
      const first = canonicalJson(await exportPerson(source.db, "ana"));
      expect((JSON.parse(first) as { measures: unknown[] }).measures).toHaveLength(2);
      const target = await fresh();
      expect(await importDocument(target, first)).toEqual({ ok: true, personId: "ana" });
      expect(canonicalJson(await exportPerson(target.db, "ana"))).toBe(first);

      const older = JSON.parse(first) as Record<string, unknown>;
      delete older.measures;
      const elsewhere = await fresh();
      expect(await importDocument(elsewhere, JSON.stringify(older))).toEqual({ ok: true, personId: "ana" });
      expect((await exportPerson(elsewhere.db, "ana"))!.measures).toEqual([]);

      const broken = JSON.parse(first) as { measures: { answers: { items: unknown[] } }[] };
      broken.measures[1]!.answers.items.pop();
      expect(await importDocument(elsewhere, JSON.stringify(broken), { replace: true })).toMatchObject({
        ok: false,
        issue: { path: "measures[1].answers.items" },
      });
    });

    it("deleting the person erases their responses", async () => {
      const store = await fresh();
      const { measures } = await withPlan(store);
      await measures.record("ana", { day: "2026-01-05", answers: rmdq(3) });
      await store.write((tx) => tx.delete(people).where(eq(people.id, "ana")));
      const [left] = await store.db.select({ n: count() }).from(measureResponses);
      expect(left?.n).toBe(0);
    });
  });
}
