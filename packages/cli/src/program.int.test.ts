// The single-user program commands end to end on a PGlite data directory, and the lock between two processes.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "@upstream/store";
import { main } from "./main.js";
import { fakeIo } from "./testing/fake-io.js";

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const e02 = (
  JSON.parse(
    readFileSync(
      new URL(
        "../../../../shared/contract/examples/assess/e02-yellow-cyclist-S1-calf-weakness.json",
        import.meta.url,
      ),
      "utf8",
    ),
  ) as { input: unknown }
).input;

async function cli(data: string, argv: string[], stdin = "") {
  const io = fakeIo(stdin);
  io.env.UPSTREAM_DATA = data;
  const code = await main([...argv, "--format", argv.includes("--format") ? "" : "text"].filter(Boolean), io);
  return { code, out: io.out(), err: io.err() };
}

// Each command opens the store afresh (~0.6 s on PGlite), as a person's commands would: some 40 of them here,
// which on a loaded 2-core machine can take over a minute.
describe("upstream start, today, log, checkin, review, history, export, import", { timeout: 180_000 }, () => {
  it("runs a first week and keeps every record", async () => {
    const data = tempDir("upstream-cli-");
    const input = join(data, "..", `${data.split("/").pop()}-in.json`);
    writeFileSync(input, JSON.stringify(e02));
    dirs.push(input);
    expect((await cli(data, ["start", "--input", input, "--date", "2026-01-05"])).code).toBe(0);
    const today = await cli(data, ["today", "--date", "2026-01-05"]);
    expect(today.out).toMatch(/week 1, day 1, a hard day/);
    expect(today.out).toMatch(/Calf raise, bent knee/);
    for (let d = 0; d < 7; d++) {
      const day = `2026-01-${String(5 + d).padStart(2, "0")}`;
      if (d > 0) expect((await cli(data, ["checkin", "--pain", "1", "--date", day])).code).toBe(0);
      expect((await cli(data, ["log", "--pain", "2", "--date", day])).code).toBe(0);
    }
    expect((await cli(data, ["checkin", "--pain", "1", "--date", "2026-01-12"])).code).toBe(0);
    const review = await cli(data, ["review", "--date", "2026-01-11"]);
    expect(review.code).toBe(0);
    expect(review.out).toMatch(/plan version 2 \(progressed\)/);
    expect(review.out).toMatch(/Calf raise, bent knee.*: PROGRESS/);
    const history = await cli(data, ["history"]);
    expect(history.out).toMatch(/v2 {2}\d{4}-\d{2}-\d{2} {2}progressed/);
    expect(history.out).toMatch(/Single-leg calf raises \(reps\)/);
    expect(history.out).toMatch(/ {4}L █+·* 10/);

    // Bad input names the field and changes nothing.
    const before = await cli(data, ["export", "--out", "-", "--format", "json"]);
    for (const argv of [
      ["log", "--pain", "eleven", "--date", "2026-01-12"],
      ["log", "--pain", "3", "--date", "2026-02-30"],
      ["checkin", "--pain", "2", "--date", "2026-01-12"],
      ["checkin", "--pain", "2", "--red-flag", "headache", "--date", "2026-01-13"],
      ["log", "--pain", "2", "--skip", "copenhagen_plank", "--date", "2026-01-12"],
    ]) {
      const r = await cli(data, argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(/^upstream: invalid (input at|option) --(pain|date|red-flag|skip)/);
    }
    expect((await cli(data, ["export", "--out", "-", "--format", "json"])).out).toBe(before.out);

    // export → import → export is byte-identical.
    const file = join(data, "export.json");
    expect((await cli(data, ["export", "--out", file])).code).toBe(0);
    const other = tempDir("upstream-cli-copy-");
    expect((await cli(other, ["import", file])).code).toBe(0);
    const file2 = join(other, "export.json");
    await cli(other, ["export", "--out", file2]);
    expect(readFileSync(file2, "utf8")).toBe(readFileSync(file, "utf8"));
    const again = await cli(other, ["import", file]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/invalid input at person\.id: local already has data here/);
  });

  it("a second process on the same data directory is refused at once, naming the holder", async () => {
    const data = tempDir("upstream-lock-");
    const store = await openStore({ dataDir: data });
    try {
      const bin = fileURLToPath(new URL("../bin/upstream.js", import.meta.url));
      const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, "today", "--data", data], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        let err = "";
        child.stderr.on("data", (b: Buffer) => (err += b.toString()));
        child.on("exit", (code) => resolve({ code, err }));
      });
      expect(r.code).toBe(3);
      expect(r.err).toMatch(
        new RegExp(`^upstream: the data directory .* is in use by process ${process.pid} `),
      );
      expect(r.err.trim().split("\n")).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
