// Benchmarks of the store: session writes per second on PGlite and PostgreSQL (one writer each, one run),
// the time to open an existing PGlite store, and the time to review a year of daily logs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkins, openStore, ProgramService, sessionLogs, addDays } from "@upstream/store";
import { startTestPostgres } from "../test/postgres.js";

const INPUT = {
  age: 40,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["cramp"], weeks: 2, worstPain: 3 }],
  selfTests: { calfRaise: { left: 22, right: 14 } },
};

function clock() {
  let n = 0;
  return { now: () => new Date().toISOString(), newId: () => `b${n++}-${process.hrtime.bigint()}` };
}

/** Session logs per second, `inFlight` at a time (each answered only once durable). */
async function writesPerSecond(options, n, inFlight = 1) {
  const store = await openStore(options);
  try {
    const service = new ProgramService(store, clock());
    await service.start("bench", INPUT, "2026-01-05");
    let next = 0;
    const writer = async () => {
      for (let i = next++; i < n; i = next++) {
        const r = await service.logSession("bench", {
          day: addDays("2026-01-05", i % 300),
          painDuring: i % 4,
          clientId: `w${inFlight}-${i}`,
        });
        if (!r.ok) throw new Error(r.message);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: inFlight }, writer));
    return n / ((performance.now() - t0) / 1000);
  } finally {
    await store.close();
  }
}

async function openTimes(dataDir, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const store = await openStore({ dataDir });
    times.push(performance.now() - t0);
    await store.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A year of daily sessions and check-ins, then the 52 weekly reviews and a single review at the end. */
async function yearOfReviews(options) {
  const store = await openStore(options);
  try {
    const service = new ProgramService(store, clock());
    const start = "2025-01-06";
    await service.start("year", INPUT, start);
    const active = await service.activePlan("year");
    const logs = [];
    const pains = [];
    for (let d = 0; d < 365; d++) {
      const day = addDays(start, d);
      const exercises = active.plan.phases.flatMap((p) =>
        p.items.map((i) => ({ exercise: i.exercise, completed: true })),
      );
      logs.push({
        id: `l${d}`,
        personId: "year",
        planId: active.planId,
        planVersion: 1,
        day,
        loggedAt: `${day}T18:00:00Z`,
        exercises,
        painDuring: 1,
      });
      if (d > 0)
        pains.push({
          id: `c${d}`,
          personId: "year",
          day,
          createdAt: `${day}T07:00:00Z`,
          pain: 1,
          redFlags: {},
          red: false,
        });
    }
    await store.write(async (tx) => {
      await tx.insert(sessionLogs).values(logs);
      await tx.insert(checkins).values(pains);
    });
    const t0 = performance.now();
    for (let w = 1; w <= 52; w++) {
      const r = await service.review("year", addDays(start, w * 7 - 1));
      if (!r.ok) throw new Error(r.message);
    }
    const all = performance.now() - t0;
    return { all, each: all / 52 };
  } finally {
    await store.close();
  }
}

export async function runStoreBench() {
  const rows = [];
  const dir = mkdtempSync(join(tmpdir(), "upstream-bench-"));
  const pg = startTestPostgres();
  try {
    const t0 = performance.now();
    const created = await openStore({ dataDir: join(dir, "a") });
    await created.close();
    rows.push(["PGlite: create a new store (ms)", Math.round(performance.now() - t0)]);
    rows.push([
      "PGlite: open an existing store (ms, median of 3)",
      Math.round(await openTimes(join(dir, "a"))),
    ]);
    rows.push([
      "PGlite: session writes per second (one writer, durable)",
      Math.round(await writesPerSecond({ dataDir: join(dir, "a") }, 300)),
    ]);
    rows.push([
      "PGlite: session writes per second (50 in flight, durable: group commit)",
      Math.round(await writesPerSecond({ dataDir: join(dir, "a") }, 2000, 50)),
    ]);
    if (pg) {
      rows.push([
        "PostgreSQL: session writes per second (one writer)",
        Math.round(await writesPerSecond({ databaseUrl: pg.url }, 300)),
      ]);
      rows.push([
        "PostgreSQL: session writes per second (50 in flight, pool of 10)",
        Math.round(await writesPerSecond({ databaseUrl: pg.url }, 1000, 50)),
      ]);
    } else rows.push(["PostgreSQL: session writes per second", "not measured: PostgreSQL is not installed"]);
    const year = await yearOfReviews({ dataDir: join(dir, "b") });
    rows.push(["PGlite: 52 weekly reviews over a year of daily logs (ms total)", Math.round(year.all)]);
    rows.push(["PGlite: one weekly review with a year of logs stored (ms)", year.each.toFixed(1)]);
    if (pg) {
      const pgYear = await yearOfReviews({ databaseUrl: pg.url.replace("/postgres?", "/postgres?") });
      rows.push([
        "PostgreSQL: 52 weekly reviews over a year of daily logs (ms total)",
        Math.round(pgYear.all),
      ]);
    }
  } finally {
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
