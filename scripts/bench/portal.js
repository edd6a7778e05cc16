// The clinician portal's patient list: 500 linked patients with a year of logs each on PostgreSQL (seeded by
// scripts/bench/seed-clinic.js), then the overview query many times; p50 and p95 beside the target.
import pg from "pg";
import { clinicianOverview, openStore } from "@upstream/store";
import { startTestPostgres } from "../test/postgres.js";
import { seedClinic } from "./seed-clinic.js";

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 500);
const RUNS = 60;
const TARGET_MS = 100;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function runPortalBench() {
  const server = startTestPostgres();
  if (!server)
    return [["Patient list (500 patients, a year each)", "not measured: PostgreSQL is not installed"]];
  const url = server.url;
  const store = await openStore({ databaseUrl: url });
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const t0 = performance.now();
    const { clinicianId, today, counts } = await seedClinic((sql, params) => client.query(sql, params), {
      patients: PATIENTS,
      start: "2025-03-03",
      days: 365,
    });
    const seeded = performance.now() - t0;
    const logs = counts.find(([name]) => name === "session logs")?.[1] ?? 0;
    const checkins = counts.find(([name]) => name === "check-ins")?.[1] ?? 0;
    let rows = [];
    for (let i = 0; i < 5; i++) rows = await clinicianOverview(store.db, clinicianId, today);
    if (rows.length !== PATIENTS)
      throw new Error(`the overview listed ${rows.length} of ${PATIENTS} patients`);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await clinicianOverview(store.db, clinicianId, today);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const needing = rows.filter((r) => r.rank > 0).length;
    return [
      [
        `Seed ${PATIENTS} patients: ${logs} session logs, ${checkins} check-ins, reviews, versions (s)`,
        (seeded / 1000).toFixed(1),
      ],
      [
        `Patient list of ${PATIENTS} (${needing} need attention): p50 of ${RUNS} (ms)`,
        times[Math.floor(RUNS / 2)].toFixed(1),
      ],
      [
        `Patient list of ${PATIENTS}: p95 of ${RUNS} (ms; target < ${TARGET_MS})`,
        quantile(times, 0.95).toFixed(1),
      ],
    ];
  } finally {
    await client.end().catch(() => undefined);
    await store.close();
    server.stop();
  }
}

// `node scripts/bench/portal.js` runs this one alone.
if (import.meta.url === `file://${process.argv[1]}`)
  for (const [name, value] of await runPortalBench()) console.log(`  ${name.padEnd(76)} ${value}`);
