// The read cache keeps a read only while nothing but appends has written since, and never where other
// processes write (no generation).
import { describe, expect, it } from "vitest";
import { ReadCache } from "./read-cache.js";

function counted(values: Record<string, string>) {
  let reads = 0;
  const read = (key: string) => async () => {
    reads++;
    return values[key];
  };
  return { read, reads: () => reads };
}

describe("ReadCache", () => {
  it("answers from memory while the generation stands, and reads again once it moves", async () => {
    let generation = 0;
    const cache = new ReadCache<string>({ generation: () => generation });
    const { read, reads } = counted({ a: "A", b: "B" });
    expect(await cache.get("a", read("a"))).toBe("A");
    expect(await cache.get("a", read("a"))).toBe("A");
    expect(await cache.get("b", read("b"))).toBe("B");
    expect(reads()).toBe(2);
    generation++;
    expect(await cache.get("a", read("a"))).toBe("A");
    expect(reads()).toBe(3);
  });

  it("does not keep a read during which the generation moved, nor a miss", async () => {
    let generation = 0;
    const cache = new ReadCache<string>({ generation: () => generation });
    let reads = 0;
    const racing = async () => {
      reads++;
      generation++; // a write was queued or committed while this read ran
      return "stale?";
    };
    await cache.get("a", racing);
    await cache.get("a", racing);
    expect(reads).toBe(2);
    const missing = counted({});
    expect(await cache.get("x", missing.read("x"))).toBeUndefined();
    expect(await cache.get("x", missing.read("x"))).toBeUndefined();
    expect(missing.reads()).toBe(2);
  });

  it("always reads where the store has no generation (PostgreSQL), and stays within its size", async () => {
    const direct = new ReadCache<string>({ generation: undefined });
    const { read, reads } = counted({ a: "A" });
    await direct.get("a", read("a"));
    await direct.get("a", read("a"));
    expect(reads()).toBe(2);

    const small = new ReadCache<string>({ generation: () => 0 }, 2);
    const values = counted({ a: "A", b: "B", c: "C" });
    for (const key of ["a", "b", "c", "a"]) await small.get(key, values.read(key));
    // The third key cleared the two before it, so "a" was read twice.
    expect(values.reads()).toBe(4);
  });
});
