// The instruments as published: item counts and order, the subscale items, item 9's options, and a source for each.
import { describe, expect, it } from "vitest";
import { INSTRUMENTS, RMDQ, START_BACK } from "./instruments.js";
import { BOTHERSOME, MEASURE_IDS } from "./schema.js";

describe("instruments", () => {
  it("RMDQ has the 24 statements of Roland & Morris 1983, first and last in place", () => {
    expect(RMDQ.items).toHaveLength(24);
    expect(new Set(RMDQ.items).size).toBe(24);
    expect(RMDQ.items[0]).toBe("I stay at home most of the time because of my back.");
    expect(RMDQ.items[23]).toBe("I stay in bed most of the time because of my back.");
  });

  it("STarT Back has 8 agree/disagree items, items 5-8 psychosocial, and item 9's five options (Hill et al. 2008)", () => {
    expect(START_BACK.items).toHaveLength(8);
    expect(START_BACK.items.map((i) => i.psychosocial)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(START_BACK.bothersome.options.map((o) => o.value)).toEqual([...BOTHERSOME]);
    expect(START_BACK.bothersome.options.filter((o) => o.scores === 1).map((o) => o.value)).toEqual([
      "very_much",
      "extremely",
    ]);
    expect(START_BACK.copyright).toMatch(/© Keele University/);
    expect(START_BACK.copyright).toMatch(/No licence is required for non-commercial use/);
  });

  it.each(MEASURE_IDS)("%s names its published sources and its missing-item rule", (id) => {
    const instrument = INSTRUMENTS[id];
    expect(instrument.id).toBe(id);
    expect(instrument.references.length).toBeGreaterThan(0);
    for (const r of [...instrument.references, ...(instrument.change?.source ?? [])])
      // A journal reference carries its year; a web source its address.
      expect(/(19|20)\d\d/.test(r.citation) || r.url?.startsWith("https://")).toBe(true);
    expect(instrument.missing.length).toBeGreaterThan(20);
  });
});
