// A writer for the crash test: checks that every write reported before the last kill is there, then writes
// session logs and reports each one only after the store acknowledged it. Killed with SIGKILL from outside.
import { readFileSync, existsSync } from "node:fs";
import { openStore, ProgramService, sessionLogs } from "@upstream/store";

const [ledger, tag] = process.argv.slice(2);
const store = await openStore(
  process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL }
    : { dataDir: process.env.UPSTREAM_DATA },
);
const reported = existsSync(ledger)
  ? readFileSync(ledger, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("saved "))
      .map((l) => l.slice(6))
  : [];
const stored = new Set(
  (await store.db.select({ id: sessionLogs.clientId }).from(sessionLogs)).map((r) => r.id),
);
const missing = reported.filter((id) => !stored.has(id));
console.log(
  `verified ${reported.length - missing.length} missing ${missing.length}${missing.length ? ` ${missing.slice(0, 5).join(",")}` : ""}`,
);
let n = 0;
const service = new ProgramService(store, {
  now: () => new Date().toISOString(),
  newId: () => `${tag}-${n++}-${Math.random().toString(36).slice(2)}`,
});
const active = await service.activePlan("crash");
if (!active) {
  await service.start("crash", { age: 40, complaints: [{ region: "calf", kinds: ["cramp"] }] }, "2026-01-05");
}
console.log("ready");
for (let i = 0; ; i++) {
  const clientId = `${tag}-${i}`;
  const r = await service.logSession("crash", { day: "2026-01-06", painDuring: i % 4, clientId });
  if (!r.ok) throw new Error(r.message);
  process.stdout.write(`saved ${clientId}\n`);
}
