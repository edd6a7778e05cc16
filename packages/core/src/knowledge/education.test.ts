/** Education topics: the ones the issue asks for, each with pictures that draw and sources that name a seed section. */
import { describe, expect, it } from "vitest";
import { DRIVER_IDS } from "../contract/ids.js";
import { BODY_REGION_BY_ID, chainFor } from "../bodymap/index.js";
import { CHECKLISTS } from "./checklists.js";
import { EDUCATION, EDUCATION_BY_ID, EDUCATION_FOR_DRIVER } from "./education.js";
import { SourceSchema } from "./schema.js";

describe("education topics", () => {
  it("covers the calf and its nerves, the back's muscle groups, the calf-to-back chain, compensation, red flags and the pain rules", () => {
    for (const id of [
      "calf-nerves",
      "back-muscles",
      "calf-to-back",
      "compensation",
      "red-flags",
      "pain-rules",
    ])
      expect(EDUCATION_BY_ID.has(id), id).toBe(true);
    expect(EDUCATION_BY_ID.size).toBe(EDUCATION.length);
  });

  it.each(EDUCATION.map((t) => [t.id, t] as const))(
    "%s has text, pictures that draw, and sources",
    (_id, topic) => {
      expect(topic.id).toMatch(/^[a-z][a-z-]*$/);
      expect(topic.sections.length).toBeGreaterThan(0);
      for (const s of topic.sections)
        expect(s.paragraphs.length + (s.points?.length ?? 0)).toBeGreaterThan(0);
      expect(topic.pictures.length).toBeGreaterThan(0);
      for (const p of topic.pictures) {
        expect(p.caption.length).toBeGreaterThan(10);
        if (p.kind === "chain") expect(chainFor(p.driver, p.complaint).direct).toBe(true);
        if (p.kind === "regions") for (const r of p.regions) expect(BODY_REGION_BY_ID.has(r), r).toBe(true);
      }
      expect(topic.source.length).toBeGreaterThan(0);
      for (const s of topic.source) expect(SourceSchema.safeParse(s).success, JSON.stringify(s)).toBe(true);
      for (const c of topic.checklists ?? []) expect(CHECKLISTS.map((x) => x.id)).toContain(c);
    },
  );

  it("names a topic for every driver", () => {
    for (const d of DRIVER_IDS) expect(EDUCATION_BY_ID.has(EDUCATION_FOR_DRIVER[d]), d).toBe(true);
  });

  it("never diagnoses", () => {
    const text = JSON.stringify(EDUCATION);
    expect(text).not.toMatch(/\byou have (a |an )?(radiculopathy|sciatica|disc)/i);
    expect(text).not.toMatch(/\b(ibuprofen|paracetamol|naproxen|mg\b)/i);
  });
});
