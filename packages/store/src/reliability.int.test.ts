// Reliability: the PGlite lock, and acknowledged writes surviving SIGKILL on both back ends.
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sessionLogs } from "./schema.js";
import { openStore, type StoreOptions } from "./store.js";
import { BACKENDS, pgliteBackend } from "./testing/backends.js";

const WRITER = fileURLToPath(new URL("../../../scripts/test/crash-writer.js", import.meta.url));
const KILLS = 20;

function envFor(options: StoreOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else env.UPSTREAM_DATA = options.dataDir;
  return env;
}

/** Runs the writer until it has saved some rows, then kills it with SIGKILL; resolves with its output. */
function runAndKill(options: StoreOptions, ledger: string, tag: string, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, ledger, tag], {
      env: envFor(options),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!timer && out.includes("ready\n")) timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal !== "SIGKILL") reject(new Error(`writer exited ${code}: ${err}`));
      else resolve(out);
    });
    setTimeout(() => child.kill("SIGKILL"), 30_000).unref();
  });
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`crash safety on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    it(`every write acknowledged before a SIGKILL is there after restart (${KILLS} kills)`, async () => {
      const options = await backend.fresh();
      const ledger = join(mkdtempSync(join(tmpdir(), "upstream-crash-")), "ledger.txt");
      let saved = 0;
      for (let k = 0; k < KILLS; k++) {
        // Kill at a different moment each time: early, mid-write, late.
        const out = await runAndKill(options, ledger, `k${k}`, 20 + ((k * 37) % 400));
        const verified = /^verified (\d+) missing (\d+)/m.exec(out);
        expect(verified, out.slice(0, 200)).not.toBeNull();
        expect(Number(verified![2]), `after kill ${k}: ${out.split("\n")[0]}`).toBe(0);
        const lines = out.split("\n").filter((l) => l.startsWith("saved "));
        saved += lines.length;
        if (lines.length) appendFileSync(ledger, `${lines.join("\n")}\n`);
      }
      expect(saved).toBeGreaterThan(KILLS);
      const store = await openStore(options);
      try {
        const stored = new Set(
          (await store.db.select({ id: sessionLogs.clientId }).from(sessionLogs)).map((r) => r.id),
        );
        const reported = readFileSync(ledger, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => l.slice(6));
        expect(reported.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await store.close();
      }
    }, 240_000);
  });
}

describe("the PGlite lock", () => {
  afterAll(() => pgliteBackend.cleanup());

  it("a second process opening the same directory fails at once, naming the holder", async () => {
    const options = await pgliteBackend.fresh();
    const store = await openStore(options);
    try {
      const started = Date.now();
      const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [WRITER, join(tmpdir(), "none"), "x"], {
          env: envFor(options),
          stdio: ["ignore", "pipe", "pipe"],
        });
        let err = "";
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.on("exit", (code) => resolve({ code, err }));
      });
      expect(result.code).not.toBe(0);
      expect(result.err).toMatch(new RegExp(`data directory .* is in use by process ${process.pid}`));
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await store.close();
    }
    // Released on close: the directory opens again.
    const again = await openStore(options);
    await again.close();
    expect(existsSync(join(options.dataDir!, "upstream.lock"))).toBe(false);
  });
});
