// Which WAL segments a flush fsyncs: the ones written since the last flush, never the recycled ones ahead; and
// which files of the data directory a sync after a checkpoint fsyncs, in which order.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dataDirSyncer, walSegmentsToSync } from "./wal.js";

const seg = (n: number) => `00000001000000000000${n.toString(16).toUpperCase().padStart(4, "0")}`;

describe("walSegmentsToSync", () => {
  // After a checkpoint PostgreSQL renames old segments forward: 0x10 is being written, 0x11-0x14 wait.
  const dir = [seg(0x10), seg(0x11), seg(0x12), seg(0x13), seg(0x14), "archive_status", "00000001.history"];

  it("at the first flush, every segment up to the current one and none of the recycled ones", () => {
    expect(walSegmentsToSync([seg(0x0e), seg(0x0f), ...dir], undefined, seg(0x10))).toEqual([
      seg(0x0e),
      seg(0x0f),
      seg(0x10),
    ]);
  });

  it("the current segment alone while writes stay in it", () => {
    expect(walSegmentsToSync([], seg(0x10), seg(0x10))).toEqual([seg(0x10)]);
  });

  it("every segment from the last flush's to the current one once writes moved on", () => {
    expect(walSegmentsToSync(dir, seg(0x10), seg(0x12))).toEqual([seg(0x10), seg(0x11), seg(0x12)]);
  });
});

describe("dataDirSyncer", () => {
  const HOUR_AGO = Date.now() / 1000 - 3600;
  let root: string;
  let pgDir: string;
  const write = (path: string, text = "x") => {
    mkdirSync(dirname(join(pgDir, path)), { recursive: true });
    writeFileSync(join(pgDir, path), text);
  };
  /** Dates every file and directory under pgDir an hour back, as if nothing had changed for a while. */
  const age = (dir = pgDir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) age(join(dir, e.name));
      else utimesSync(join(dir, e.name), HOUR_AGO, HOUR_AGO);
    utimesSync(dir, HOUR_AGO, HOUR_AGO);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "upstream-sync-"));
    pgDir = join(root, "pg");
    write("global/pg_control");
    write("base/5/1259");
    write(`pg_wal/${seg(1)}`);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("the first time, every file and directory, the control file last", () => {
    age();
    const synced = dataDirSyncer(pgDir)();
    expect(new Set(synced)).toEqual(
      new Set([
        "global/pg_control",
        "base/5/1259",
        `pg_wal/${seg(1)}`,
        "global",
        "base/5",
        "base",
        "pg_wal",
        ".",
      ]),
    );
    expect(synced.at(-1)).toBe("global/pg_control");
  });

  it("then only what changed since: files, then their directories, then the control file", () => {
    age();
    const sync = dataDirSyncer(pgDir);
    sync();
    expect(sync()).toEqual([]);
    write("global/pg_control", "checkpoint");
    write("base/5/16384", "new relation");
    expect(sync()).toEqual(["base/5/16384", "base/5", "global/pg_control"]);
  });

  it("everything again once the wall clock was set back: files changed since may be dated before the mark", () => {
    age();
    const hour = 3600_000;
    let wall = 0;
    let monotonic = 0;
    const sync = dataDirSyncer(pgDir, {
      wall: () => Date.now() + wall,
      monotonic: () => performance.now() + monotonic,
    });
    sync();
    expect(sync()).toEqual([]);
    // Two hours pass, but the clock was set back one hour on the way: it reads one hour after the mark, and a
    // file written soon after it was set back is dated half an hour before the mark.
    monotonic = 2 * hour;
    wall = hour;
    write("base/5/16384", "new relation");
    const dated = (Date.now() - hour / 2) / 1000;
    utimesSync(join(pgDir, "base/5/16384"), dated, dated);
    expect(sync()).toContain("base/5/16384");
  });

  it("everything in a process that finds the mark dated ahead of its clock (set back between two runs)", () => {
    age();
    dataDirSyncer(pgDir)();
    write("base/5/16384", "new relation");
    const dated = Date.now() / 1000 - 5400;
    utimesSync(join(pgDir, "base/5/16384"), dated, dated);
    const behind = { wall: () => Date.now() - 2 * 3600_000, monotonic: () => performance.now() };
    expect(dataDirSyncer(pgDir, behind)()).toContain("base/5/16384");
  });
});
