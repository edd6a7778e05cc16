// Group commit on PGlite: concurrent writes share one commit and one WAL flush, yet each keeps its own
// outcome, and every write acknowledged before a SIGKILL is there after a restart.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { people, sessionLogs } from "./schema.js";
import { openStore } from "./store.js";
import { pgliteBackend } from "./testing/backends.js";

const STORE = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const KILLS = 5;
const CONCURRENCY = 16;

/** A writer that keeps CONCURRENCY session logs in flight and prints each one once the store acknowledged it. */
const WRITER = `
const { openStore, ProgramService } = await import(${JSON.stringify(STORE)});
const [dataDir, tag] = process.argv.slice(1);
const store = await openStore({ dataDir });
let n = 0;
const service = new ProgramService(store, { now: () => new Date().toISOString(), newId: () => tag + "-id-" + n++ });
if (!(await service.activePlan("crash")))
  await service.start("crash", { age: 40, complaints: [{ region: "calf", kinds: ["cramp"] }] }, "2026-01-05");
console.log("ready");
let next = 0;
async function worker() {
  for (;;) {
    const clientId = tag + "-" + next++;
    const r = await service.logSession("crash", { day: "2026-01-06", painDuring: 1, clientId });
    if (!r.ok) throw new Error(r.message);
    process.stdout.write("saved " + clientId + "\\n");
  }
}
await Promise.all(Array.from({ length: ${CONCURRENCY} }, worker));
`;

/** Runs the writer until it has acknowledged `acks` writes (plus a little), then SIGKILLs it; returns the acks. */
function runAndKill(dataDir: string, tag: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", WRITER, dataDir, tag], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let killing = false;
    const saved = () => out.split("\n").filter((l) => l.startsWith("saved "));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      // Kill while groups are in flight: some writes committed, others waiting for their flush.
      if (!killing && saved().length >= acks) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), acks % 7);
      }
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited ${code}: ${err}`));
      else resolve(saved().map((l) => l.slice(6)));
    });
    setTimeout(() => child.kill("SIGKILL"), 120_000).unref();
  });
}

describe("group commit on PGlite", () => {
  afterAll(() => pgliteBackend.cleanup());

  it("concurrent writes each get their own result, and a failing one is rolled back alone", async () => {
    const store = await openStore(await pgliteBackend.fresh());
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
      const outcomes = await Promise.allSettled(
        ids.map((id, i) =>
          store.write(async (tx) => {
            await tx.insert(people).values({ id, createdAt: "2026-01-05T00:00:00Z" });
            if (i % 5 === 3) throw new Error(`refused ${id}`);
            return id;
          }),
        ),
      );
      outcomes.forEach((o, i) => {
        if (i % 5 === 3) expect(o).toEqual({ status: "rejected", reason: new Error(`refused p${i}`) });
        else expect(o).toEqual({ status: "fulfilled", value: `p${i}` });
      });
      const stored = (await store.db.select({ id: people.id }).from(people)).map((r) => r.id).sort();
      expect(stored).toEqual(ids.filter((_, i) => i % 5 !== 3).sort());
      // A statement that fails inside one write (a duplicate key) spoils neither the others nor the group.
      const at = "2026-01-06T00:00:00Z";
      const again = await Promise.allSettled([
        store.write((tx) => tx.insert(people).values({ id: "first", createdAt: at })),
        store.write((tx) => tx.insert(people).values({ id: "p0", createdAt: at })),
        store.write((tx) => tx.insert(people).values({ id: "late", createdAt: at })),
      ]);
      expect(again.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
      expect(await store.db.select().from(people).where(eq(people.id, "late"))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it("writes that keep arriving turn after turn of the event loop join one group: one commit, one flush", async () => {
    let flushes = 0;
    const store = await openStore({ ...(await pgliteBackend.fresh()), observeWalSync: () => flushes++ });
    try {
      expect(await store.query("show wal_init_zero")).toEqual([{ wal_init_zero: "off" }]);
      flushes = 0;
      const writes: Promise<unknown>[] = [];
      // As requests do: one write now, then one in each of the next five turns, each queued before the store
      // looks again (an immediate set before the store's own runs first in its turn).
      await new Promise<void>((resolve) => {
        const arrive = (turn: number) => {
          if (turn < 5) setImmediate(() => arrive(turn + 1));
          else resolve();
          writes.push(
            store.write((tx) =>
              tx.insert(people).values({ id: `t${turn}`, createdAt: "2026-01-05T00:00:00Z" }),
            ),
          );
        };
        arrive(0);
      });
      await Promise.all(writes);
      expect(writes).toHaveLength(6);
      expect(flushes).toBe(1);
      expect(await store.db.select().from(people)).toHaveLength(6);
    } finally {
      await store.close();
    }
  });

  it("after a restart, a commit fsyncs the WAL segment being written, not the recycled ones named after it", async () => {
    const { dataDir } = await pgliteBackend.fresh();
    const first = await openStore({ dataDir });
    try {
      // Move through a few segments; the checkpoint at close then renames the old ones forward for reuse.
      for (let i = 0; i < 4; i++) {
        await first.write((tx) =>
          tx.insert(people).values({ id: `w${i}`, createdAt: "2026-01-05T00:00:00Z" }),
        );
        await first.query("select pg_switch_wal()");
      }
    } finally {
      await first.close();
    }
    const flushed: string[][] = [];
    const store = await openStore({ dataDir, observeWalSync: (segments) => flushed.push(segments) });
    try {
      const current = async () =>
        String((await store.query("select pg_walfile_name(pg_current_wal_insert_lsn()) as w"))[0]!.w);
      const recycled = readdirSync(join(dataDir!, "pg", "pg_wal")).filter(
        (f) => f > (flushed[0]?.at(-1) ?? ""),
      );
      expect(recycled.filter((f) => /^[0-9A-F]{24}$/.test(f)).length).toBeGreaterThan(0);
      flushed.length = 0;
      await store.write((tx) => tx.insert(people).values({ id: "after", createdAt: "2026-01-06T00:00:00Z" }));
      expect(flushed).toEqual([[await current()]]);
    } finally {
      await store.close();
    }
  });

  it("after a checkpoint, the next commit fsyncs the data directory, control file last; so does closing", async () => {
    const synced: string[][] = [];
    const store = await openStore({
      ...(await pgliteBackend.fresh()),
      observeDataSync: (files) => synced.push(files),
    });
    const insert = (id: string) =>
      store.write((tx) => tx.insert(people).values({ id, createdAt: "2026-01-05T00:00:00Z" }));
    try {
      expect(synced).toHaveLength(1); // on opening
      synced.length = 0;
      await insert("before");
      expect(synced).toEqual([]);
      await store.query("checkpoint");
      await insert("after");
      expect(synced).toHaveLength(1);
      // The pages the checkpoint wrote, the WAL segment its record went to, and the control file, last.
      expect(synced[0]!.some((f) => f.startsWith("base/"))).toBe(true);
      expect(synced[0]!.some((f) => f.startsWith("pg_wal/0"))).toBe(true);
      expect(synced[0]!.at(-1)).toBe("global/pg_control");
    } finally {
      await store.close();
    }
    expect(synced).toHaveLength(2);
    expect(synced[1]!.at(-1)).toBe("global/pg_control");
  });

  it("closing waits for the writes already queued, and answers every one", async () => {
    const store = await openStore(await pgliteBackend.fresh());
    const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);
    const writes = ids.map((id) =>
      store.write((tx) => tx.insert(people).values({ id, createdAt: "2026-01-05T00:00:00Z" })),
    );
    await store.close();
    expect((await Promise.allSettled(writes)).map((w) => w.status)).toEqual(ids.map(() => "fulfilled"));
  });

  it(`every write acknowledged before a SIGKILL is there after restart (${KILLS} kills, ${CONCURRENCY} writers)`, async () => {
    const { dataDir } = await pgliteBackend.fresh();
    const acknowledged: string[] = [];
    for (let k = 0; k < KILLS; k++) acknowledged.push(...(await runAndKill(dataDir!, `k${k}`, 20 + k * 13)));
    expect(acknowledged.length).toBeGreaterThan(KILLS * 20);
    const store = await openStore({ dataDir });
    try {
      const stored = new Set(
        (await store.db.select({ id: sessionLogs.clientId }).from(sessionLogs)).map((r) => r.id),
      );
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await store.close();
    }
  }, 600_000);
});
