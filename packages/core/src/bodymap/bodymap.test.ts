/** The body map's data: every driver has a chain for every complaint, every region drawn, every link sourced. */
import { describe, expect, it } from "vitest";
import { DRIVER_IDS, REGIONS, type DriverId, type Region } from "../contract/ids.js";
import { SEED_DOCS, SourceSchema } from "../knowledge/schema.js";
import { DRIVERS } from "../knowledge/drivers.js";
import {
  BODY_REGION_BY_ID,
  BODY_REGION_IDS,
  BODY_REGIONS,
  BODY_OUTLINE,
  BODY_VIEW_HEIGHT,
  BODY_VIEW_WIDTH,
  chainFor,
  complaintForDriver,
  driverReach,
  smoothBodyPath,
  type BodyRegionId,
} from "./index.js";

describe("body regions", () => {
  it("draws every region id once, each with at least one shape inside the view box", () => {
    expect(BODY_REGIONS.map((r) => r.id).sort()).toEqual([...BODY_REGION_IDS].sort());
    for (const region of BODY_REGIONS) {
      expect(region.shapes.length, region.id).toBeGreaterThan(0);
      for (const shape of region.shapes) {
        expect(shape.d, region.id).toMatch(/^M [\d.]+ [\d.]+/);
        // Only the commands the drawing model allows, and every coordinate inside the box.
        expect(shape.d.replace(/[MLCQAZ\d.\s-]/g, ""), region.id).toBe("");
        expect(shape.anchor.x).toBeGreaterThan(0);
        expect(shape.anchor.x).toBeLessThan(BODY_VIEW_WIDTH);
        expect(shape.anchor.y).toBeGreaterThan(0);
        expect(shape.anchor.y).toBeLessThan(BODY_VIEW_HEIGHT);
        // The number sits within the part of the view the picture shows (x 8-92).
        expect(shape.badge.x, region.id).toBeGreaterThanOrEqual(8);
        expect(shape.badge.x, region.id).toBeLessThanOrEqual(92);
      }
    }
  });

  it("draws paired regions on both of the person's sides", () => {
    for (const id of ["calves", "hamstrings", "glutes", "shoulders", "sciatic", "l5_s1"] as const) {
      const sides = new Set(BODY_REGION_BY_ID.get(id)!.shapes.map((s) => s.side));
      expect([...sides].sort(), id).toEqual(["left", "right"]);
    }
  });

  it("puts the person's left on the picture's right in the front view and on its left in the back view", () => {
    const calf = BODY_REGION_BY_ID.get("calves")!.shapes.find((s) => s.side === "left")!;
    expect(calf.view).toBe("back");
    expect(calf.anchor.x).toBeLessThan(50);
    const quad = BODY_REGION_BY_ID.get("quadriceps")!.shapes.find((s) => s.side === "left")!;
    expect(quad.view).toBe("front");
    expect(quad.anchor.x).toBeGreaterThan(50);
  });

  it("has an outline for both views, and a smooth path through given points", () => {
    expect(BODY_OUTLINE.front.length).toBeGreaterThan(1);
    expect(BODY_OUTLINE.back.length).toBeGreaterThan(1);
    expect(
      smoothBodyPath(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        false,
      ),
    ).toMatch(/^M 0 0 C .* 10 10$/);
    expect(
      smoothBodyPath(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        true,
      ),
    ).toMatch(/Z$/);
  });
});

const sourced = (where: string, source: readonly unknown[]) => {
  expect(source.length, where).toBeGreaterThan(0);
  for (const s of source) {
    const parsed = SourceSchema.safeParse(s);
    expect(parsed.success, `${where}: ${JSON.stringify(s)}`).toBe(true);
  }
};

describe("chainFor", () => {
  const cases = DRIVER_IDS.flatMap((d) => REGIONS.map((r) => [d, r] as [DriverId, Region]));

  it("covers every driver in the knowledge base", () => {
    expect([...DRIVER_IDS].sort()).toEqual(DRIVERS.map((d) => d.id).sort());
  });

  it("draws a driver straight to a complaint only where the knowledge base lets it explain that complaint", () => {
    for (const driver of DRIVERS)
      for (const region of REGIONS)
        if (chainFor(driver.id, region).direct)
          expect(driver.regions, `${driver.id}/${region}`).toContain(region);
  });

  it.each(cases)(
    "%s for a %s complaint: complaint first, driver last, regions drawn, links sourced",
    (driver, region) => {
      const chain = chainFor(driver, region);
      expect(chain.steps.length).toBeGreaterThan(0);
      const first = chain.steps[0]!;
      const last = chain.steps[chain.steps.length - 1]!;
      expect(["complaint", "both"]).toContain(first.role);
      expect(["driver", "both"]).toContain(last.role);
      expect(chain.driverRegions).toContain(last.region);
      if (chain.steps.length > 1) expect(chain.steps.slice(1, -1).every((s) => s.role === "link")).toBe(true);
      // No region twice: the walk up the tree ends.
      expect(new Set(chain.steps.map((s) => s.region)).size).toBe(chain.steps.length);
      for (const step of chain.steps) {
        expect(BODY_REGION_BY_ID.has(step.region), step.region).toBe(true);
        expect(step.label.length).toBeGreaterThan(5);
        sourced(`${driver}/${region}/${step.region}`, step.source);
        for (const s of step.source) expect(SEED_DOCS).toContain(s.doc);
      }
    },
  );

  it("draws the chains the seeds describe", () => {
    const path = (d: DriverId, r: Region) => chainFor(d, r).steps.map((s) => s.region);
    expect(path("lumbar_nerve_root", "calf")).toEqual<BodyRegionId[]>(["calves", "sciatic", "l5_s1"]);
    expect(path("lumbar_nerve_root", "shin_front")).toEqual<BodyRegionId[]>(["shins", "peroneal", "l5_s1"]);
    expect(path("calf_tightness_chain", "low_back")).toEqual<BodyRegionId[]>([
      "lumbar",
      "pelvis",
      "knee",
      "ankle_foot",
      "calves",
    ]);
    expect(path("abdominal_weakness_extensor_dominance", "low_back")).toEqual<BodyRegionId[]>([
      "lumbar",
      "abdominals",
    ]);
    expect(path("abdominal_weakness_extensor_dominance", "hip_front")).toEqual<BodyRegionId[]>([
      "hip_flexors",
      "abdominals",
    ]);
    expect(path("glute_weakness_compensation", "calf")).toEqual<BodyRegionId[]>(["calves", "glutes"]);
    expect(path("glute_weakness_compensation", "hamstring")).toEqual<BodyRegionId[]>([
      "hamstrings",
      "glutes",
    ]);
    expect(path("thoracic_neck_stiffness", "shoulder")).toEqual<BodyRegionId[]>(["shoulders", "thoracic"]);
    expect(path("cervical_nerve_root", "arm")).toEqual<BodyRegionId[]>([
      "arms",
      "arm_nerves",
      "cervical_roots",
    ]);
  });

  it("marks a complaint the driver sits in as both ends, and the muscle itself for local_muscle", () => {
    expect(chainFor("thoracic_neck_stiffness", "neck").steps.map((s) => s.role)).toEqual(["both"]);
    const local = chainFor("local_muscle", "hamstring");
    expect(local.steps).toHaveLength(1);
    expect(local.steps[0]).toMatchObject({ region: "hamstrings", role: "both" });
  });

  it("says so when the sources do not link a driver to the complaint", () => {
    const chain = chainFor("thoracic_neck_stiffness", "calf");
    expect(chain.direct).toBe(false);
    expect(chain.steps.map((s) => s.role)).toEqual(["complaint", "driver"]);
    expect(chain.steps[0]!.label).toMatch(/not directly/);
    expect(chainFor("thoracic_neck_stiffness", "shoulder").direct).toBe(true);
  });

  it("draws each driver for the person's complaint it reaches", () => {
    expect(complaintForDriver("lumbar_nerve_root", ["neck", "calf"])).toBe("calf");
    expect(complaintForDriver("thoracic_neck_stiffness", ["calf"])).toBe("calf");
    // A complaint the chain reaches is drawn before one the driver sits in, so the picture shows a chain.
    expect(complaintForDriver("thoracic_neck_stiffness", ["neck", "shoulder"])).toBe("shoulder");
    expect(complaintForDriver("thoracic_neck_stiffness", ["neck", "calf"])).toBe("neck");
    // Of two complaints the chain reaches, the one further down it: the arm, through the nerves, not the neck.
    expect(complaintForDriver("cervical_nerve_root", ["neck", "arm"])).toBe("arm");
    expect(complaintForDriver("lumbar_nerve_root", ["low_back", "calf"])).toBe("calf");
    expect(complaintForDriver("local_muscle", [])).toBeUndefined();
    expect(driverReach("calf_tightness_chain").reaches).toContain("lumbar");
  });
});
