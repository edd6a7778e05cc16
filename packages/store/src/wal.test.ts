// Which WAL segments a flush fsyncs: the ones written since the last flush, never the recycled ones ahead.
import { describe, expect, it } from "vitest";
import { walSegmentsToSync } from "./wal.js";

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
