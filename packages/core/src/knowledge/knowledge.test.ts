// The knowledge base's integrity: every item has a source, every reference points to an existing id.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AVOID_IDS,
  DRIVER_IDS,
  ESCALATION_IDS,
  EXERCISE_IDS,
  PHASE_IDS,
  TRIAGE_REASON_IDS,
  RETIRED_TRIAGE_REASON_IDS,
} from "../contract/ids.js";
import { ESCALATION_RULES } from "../escalations/evaluate.js";
import { PHASE_INFO } from "../plan/phases.js";
import { TRIAGE_RULES } from "../triage/rules.js";
import { AVOID_ITEMS } from "./avoid.js";
import { CHECKLISTS } from "./checklists.js";
import { DRIVERS } from "./drivers.js";
import { EXERCISES } from "./exercises.js";
import { PROGRAMS } from "./programs.js";
import {
  ChecklistSchema,
  ExerciseSchema,
  ProgramSchema,
  SelfTestSchema,
  SourceSchema,
  SELF_TEST_IDS,
  type Source,
} from "./schema.js";
import { SELF_TESTS } from "./self-tests.js";

const contract = JSON.parse(
  readFileSync(
    new URL("../../../../../shared/contract/assessment-result.schema.json", import.meta.url),
    "utf8",
  ),
) as { properties: Record<string, unknown> };
const contractText = JSON.stringify(contract);

/** Every source in the knowledge base, with what it belongs to. */
const allSources: [string, Source][] = [
  ...EXERCISES.flatMap((e) => e.source.map((s) => [`exercise ${e.id}`, s] as [string, Source])),
  ...SELF_TESTS.flatMap((t) => t.source.map((s) => [`self-test ${t.id}`, s] as [string, Source])),
  ...CHECKLISTS.flatMap((c) => c.source.map((s) => [`checklist ${c.id}`, s] as [string, Source])),
  ...PROGRAMS.flatMap((p) => p.source.map((s) => [`program ${p.id}`, s] as [string, Source])),
  ...DRIVERS.flatMap((d) => d.source.map((s) => [`driver ${d.id}`, s] as [string, Source])),
  ...AVOID_ITEMS.flatMap((a) => a.source.map((s) => [`avoid ${a.id}`, s] as [string, Source])),
  ...TRIAGE_RULES.map((r) => [`triage ${r.id}`, r.source] as [string, Source]),
  ...ESCALATION_RULES.map((r) => [`escalation ${r.id}`, r.source] as [string, Source]),
  ...PHASE_INFO.map((p) => [`phase ${p.id}`, p.source] as [string, Source]),
];

describe("knowledge base", () => {
  it("every item validates against its schema", () => {
    expect(() => ExerciseSchema.array().parse(EXERCISES)).not.toThrow();
    expect(() => SelfTestSchema.array().parse(SELF_TESTS)).not.toThrow();
    expect(() => ChecklistSchema.array().parse(CHECKLISTS)).not.toThrow();
    expect(() => ProgramSchema.array().parse(PROGRAMS)).not.toThrow();
  });

  it.each(allSources)("%s names a seed document and section", (_what, source) => {
    expect(SourceSchema.safeParse(source).success).toBe(true);
  });

  it("covers every id of the contract and of Upstream's vocabularies exactly once", () => {
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(EXERCISES.map((e) => e.id))).toEqual(sorted(EXERCISE_IDS));
    expect(sorted(DRIVERS.map((d) => d.id))).toEqual(sorted(DRIVER_IDS));
    expect(sorted(AVOID_ITEMS.map((a) => a.id))).toEqual(sorted(AVOID_IDS));
    expect(sorted(ESCALATION_RULES.map((r) => r.id))).toEqual(sorted(ESCALATION_IDS));
    expect(sorted(PHASE_INFO.map((p) => p.id))).toEqual(sorted(PHASE_IDS));
    expect(sorted(SELF_TESTS.map((t) => t.id))).toEqual(sorted(SELF_TEST_IDS));
    const current = TRIAGE_REASON_IDS.filter(
      (id) => !(RETIRED_TRIAGE_REASON_IDS as readonly string[]).includes(id),
    );
    expect(sorted([...new Set(TRIAGE_RULES.map((r) => r.id))])).toEqual(sorted(current));
  });

  it("keeps every id the contract lists (ids are never renamed or dropped)", () => {
    for (const id of [
      ...EXERCISE_IDS,
      ...DRIVER_IDS,
      ...AVOID_IDS,
      ...ESCALATION_IDS,
      ...TRIAGE_REASON_IDS,
    ]) {
      if (
        [
          "side_plank_knees",
          "single_leg_bridge",
          "copenhagen_plank_short_lever",
          "calf_raise_double_leg",
          "radiating_symptoms",
          "night_pain",
        ].includes(id)
      )
        continue;
      expect(contractText, id).toContain(`"${id}"`);
    }
  });

  it("every exercise reference points to a library exercise", () => {
    const ids = new Set<string>(EXERCISES.map((e) => e.id));
    const refs = [
      ...EXERCISES.flatMap((e) => [e.easier.exercise, e.harder.exercise]),
      ...CHECKLISTS.flatMap((c) => c.items.map((i) => i.exercise)),
      ...PROGRAMS.flatMap((p) => p.weeks.flatMap((w) => w.items.map((i) => i.exercise))),
    ].filter((x): x is NonNullable<typeof x> => x !== undefined);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
  });

  it("variant links go both ways (easier of the harder is the exercise itself)", () => {
    const byId = new Map(EXERCISES.map((e) => [e.id, e]));
    for (const e of EXERCISES) {
      if (e.harder.exercise && byId.get(e.harder.exercise)?.easier.exercise) {
        expect(byId.get(e.harder.exercise)?.easier.exercise, e.id).toBe(e.id);
      }
    }
  });

  it("every exercise has a dose, and its ceiling covers every quantity its doses use", () => {
    for (const e of EXERCISES) {
      const doses = Object.values(e.doses);
      expect(doses.length, e.id).toBeGreaterThan(0);
      for (const { dose } of doses) {
        for (const [k, v] of Object.entries(dose)) {
          if (k === "loadKg" || k === "timesPerDay") continue;
          const ceiling = e.ceiling[k as keyof typeof e.ceiling];
          expect(ceiling, `${e.id}.${k}`).toBeDefined();
          expect(ceiling! >= (v ?? 0), `${e.id}.${k}`).toBe(true);
        }
      }
    }
  });

  it("persona programs carry their stuck? escalation", () => {
    for (const persona of ["desk_worker", "runner", "lifter", "older_adult"]) {
      const program = PROGRAMS.find((p) => p.persona === persona);
      expect(program?.stuck?.escalation, persona).toBeDefined();
    }
    expect(PROGRAMS.find((p) => p.id === "abdominals_then_glutes_28_day")?.weeks).toHaveLength(4);
  });
});
