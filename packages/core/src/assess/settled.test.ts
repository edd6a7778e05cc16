// The contract's settled points as properties, over inputs without red flags: the part of the input space that
// properties.test.ts reaches in only about one run in ten (its inputs carry random red flags), and where every
// plan is built.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PHASE_IDS, REGIONS, SPINE_REGIONS, type DriverId, type Region } from "../contract/ids.js";
import type { AssessmentInput } from "../contract/schema.js";
import { assessmentInputArb } from "../testing/arbitraries.js";
import { assess } from "./assess.js";

const RUNS = 2000;
const SYSTEMIC = ["fever", "unexplainedWeightLoss", "cancerHistory", "infectionRisk"] as const;

/** Inputs with no red flag at all. */
const calmArb = assessmentInputArb.map(({ redFlags: _, ...input }): AssessmentInput => input);

const escalationIds = (input: AssessmentInput) => assess(input).result.escalations.map((e) => e.id);
const spine = (input: AssessmentInput) =>
  input.complaints.some((c) => (SPINE_REGIONS as readonly string[]).includes(c.region));
const nerve = (input: AssessmentInput) => (input.nerveSymptoms?.length ?? 0) > 0;

/** The yellow light of seed 000 as the contract settles it, read from the input alone. */
function yellowReasons(input: AssessmentInput): string[] {
  const reasons: string[] = [];
  const n = input.nerveSymptoms ?? [];
  if (n.some((s) => s.belowKneeOrElbow)) reasons.push("radiating_below_knee_or_elbow");
  if (n.some((s) => s.kinds.includes("numbness") || s.kinds.includes("tingling")))
    reasons.push("numbness_or_tingling");
  if (input.status?.painLimitsSleep === true) reasons.push("pain_limits_sleep");
  if (input.complaints.some((c) => (c.weeks ?? 0) > 6)) reasons.push("pain_beyond_6_weeks");
  if (input.complaints.some((c) => c.recurrent === true)) reasons.push("recurrent_episodes");
  if (input.status?.walk10MinWithoutSpike === false) reasons.push("cannot_walk_10_minutes");
  return reasons;
}

/**
 * Inputs whose complaints all sit in `regions` and whose nerve symptoms (if any) are in `limb`; the self-tests,
 * habits and the rest stay random, so the tests may show signs of drivers whose chains end elsewhere.
 */
function onlyIn(regions: readonly Region[], limb: "leg" | "arm") {
  return fc
    .tuple(calmArb, fc.array(fc.constantFrom(...regions), { minLength: 10, maxLength: 10 }))
    .map(([input, picked]): AssessmentInput => {
      const nerveSymptoms = input.nerveSymptoms?.filter((n) => n.limb === limb);
      const { nerveSymptoms: _, ...rest } = input;
      return {
        ...rest,
        complaints: input.complaints.map((c, i) => ({ ...c, region: picked[i]! })),
        ...(nerveSymptoms?.length ? { nerveSymptoms } : {}),
      };
    });
}

/** The contract's driver table: where each chain ends, read from "the seeds' picture" column. */
const ENDS_IN_LOWER_BODY: DriverId[] = [
  "lumbar_nerve_root",
  "peroneal_nerve_compression",
  "lumbopelvic_control",
  "lumbar_referral_sitting",
  "trunk_control_deficit",
  "calf_tightness_chain",
  "glute_weakness_compensation",
];
const ENDS_IN_UPPER_BODY: DriverId[] = ["cervical_nerve_root", "thoracic_neck_stiffness"];
const UPPER: Region[] = ["neck", "mid_back", "shoulder", "arm"];
const LOWER: Region[] = REGIONS.filter((r) => !UPPER.includes(r));

describe("settled points, over inputs without red flags", () => {
  it("no red flag never gives red; every contract yellow reason is given, and green has no reasons", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { triage } = assess(input).result;
        expect(triage.level).not.toBe("red");
        const ids = triage.reasons.map((r) => r.id);
        for (const id of yellowReasons(input)) expect(ids).toContain(id);
        if (yellowReasons(input).length > 0) expect(triage.level).toBe("yellow");
        if (triage.level === "green") expect(ids).toEqual([]);
        // Any nerve symptom is a yellow light: it shoots, tingles or burns down a limb.
        if (nerve(input)) expect(triage.level).toBe("yellow");
        // The radiating reason names the joint the symptoms pass, and no other.
        const radiating = triage.reasons.find((r) => r.id === "radiating_below_knee_or_elbow");
        const below = (limb: string) =>
          (input.nerveSymptoms ?? []).some((n) => n.limb === limb && n.belowKneeOrElbow === true);
        if (radiating) {
          expect(radiating.text.includes("the knee")).toBe(below("leg"));
          expect(radiating.text.includes("the elbow")).toBe(below("arm"));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a systemic sign is red with a spine complaint or nerve symptoms, and yellow otherwise", () => {
    fc.assert(
      fc.property(calmArb, fc.constantFrom(...SYSTEMIC), (input, name) => {
        const { triage } = assess({ ...input, redFlags: { [name]: true } }).result;
        const stiffSystemic =
          (input.status?.morningStiffnessMinutes ?? 0) > 60 &&
          (name === "fever" || name === "unexplainedWeightLoss");
        expect(triage.level).toBe(spine(input) || nerve(input) || stiffSystemic ? "red" : "yellow");
      }),
      { numRuns: RUNS },
    );
  });

  it("each 'stuck?' escalation appears exactly when its condition holds", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const ids = escalationIds(input);
        const weeks = input.programWeeks ?? 0;
        const cr = input.selfTests?.calfRaise;
        const calfGap = cr?.left !== undefined && cr.right !== undefined ? Math.abs(cr.left - cr.right) : 0;
        expect(ids.includes("calf_raise_asymmetry_persists")).toBe(weeks >= 2 && calfGap > 5);
        expect(ids.includes("overhead_pain_persists")).toBe(
          weeks >= 3 &&
            input.complaints.some((c) => c.region === "shoulder") &&
            (input.aggravators ?? []).includes("overhead_reach"),
        );
        expect(ids.includes("nerve_symptoms_need_review")).toBe(nerve(input));
        expect(ids.includes("persistent_beyond_6_weeks")).toBe(
          input.complaints.some((c) => (c.weeks ?? 0) > 6),
        );
        expect(ids.includes("stiffness_with_systemic_signs")).toBe(false);
        // With several complaints, the one that has lasted is named.
        const lasted = assess(input).result.escalations.find((e) => e.id === "persistent_beyond_6_weeks");
        if (lasted) expect(lasted.text.startsWith("Your ")).toBe(input.complaints.length > 1);
        if (ids.includes("pain_with_light_loads")) {
          expect(weeks).toBeGreaterThanOrEqual(2);
          expect(input.activities).toContain("lifting");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the plan has the 8 phases' ids in order, each exercise once, a dose for each, and the fixed rules", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan } = assess(input).result;
        expect(plan).not.toBeNull();
        if (!plan) return;
        const order = plan.phases.map((p) => PHASE_IDS.indexOf(p.id));
        expect(order.every((i) => i >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const exercises = plan.phases.flatMap((p) => p.items.map((i) => i.exercise));
        expect(new Set(exercises).size).toBe(exercises.length);
        for (const item of plan.phases.flatMap((p) => p.items))
          expect(Object.keys(item.dose).length, item.exercise).toBeGreaterThan(0);
        expect(new Set(plan.avoid.map((a) => a.id)).size).toBe(plan.avoid.length);
        expect(plan.rules).toEqual({ painDuringMax: 3, regressAt: 5, weeklyIncreasePercent: [10, 20] });
      }),
      { numRuns: RUNS },
    );
  });

  it("nerve symptoms in a limb bring that limb's nerve glide and the core circuit (seed 000's decision helper)", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan } = assess(input).result;
        const exercises = plan?.phases.flatMap((p) => p.items.map((i) => i.exercise)) ?? [];
        const limbs = new Set((input.nerveSymptoms ?? []).map((n) => n.limb));
        if (limbs.has("leg")) expect(exercises).toContain("slump_nerve_glide");
        if (limbs.has("arm")) expect(exercises).toContain("median_nerve_glide");
        if (limbs.size) {
          expect(exercises).toEqual(expect.arrayContaining(["curl_up", "side_plank", "bird_dog"]));
          const calm = plan?.phases.find((p) => p.id === "calm")?.items.map((i) => i.exercise);
          expect(calm).toContain("walk_short_bouts");
        }
        // Leaning on a forearm loads the arm of an irritated neck root: the side plank says what to do.
        const plank = plan?.phases.flatMap((p) => p.items).find((i) => i.exercise === "side_plank");
        if (limbs.has("arm")) expect(plank?.note).toMatch(/stirs your arm symptoms/);
        else expect(plank?.note ?? "").not.toMatch(/arm symptoms/);
      }),
      { numRuns: RUNS },
    );
  });

  it("a nerve glide is for the one side with signs (symptoms, a positive slump for the leg), else each side", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const items = assess(input).result.plan?.phases.flatMap((p) => p.items) ?? [];
        const slump = input.selfTests?.slump;
        const signs = (limb: "leg" | "arm") => [
          ...(input.nerveSymptoms ?? []).filter((n) => n.limb === limb).map((n) => n.side),
          ...(limb === "leg" && slump
            ? (["left", "right"] as const).filter((s) => slump[s] === "positive")
            : []),
        ];
        for (const [exercise, limb] of [
          ["slump_nerve_glide", "leg"],
          ["median_nerve_glide", "arm"],
        ] as const) {
          const item = items.find((i) => i.exercise === exercise);
          if (!item) continue;
          const sides = new Set(signs(limb));
          const only = sides.size === 1 ? [...sides][0] : undefined;
          expect(item.side).toBe(only === "both" ? undefined : only);
        }
        for (const item of items) if (item.side) expect(item.exercise).toMatch(/_nerve_glide$/);
      }),
      { numRuns: RUNS },
    );
  });

  it("with symptoms below the knee or elbow (or a slump reproducing leg symptoms), the root ranks first but for the peroneal nerve", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { drivers } = assess(input).result;
        const ids = drivers.map((d) => d.id);
        for (const [limb, root] of [
          ["leg", "lumbar_nerve_root"],
          ["arm", "cervical_nerve_root"],
        ] as const) {
          const below = input.nerveSymptoms?.some((n) => n.limb === limb && n.belowKneeOrElbow) ?? false;
          // The precedence says why, and only for symptoms below the joint (or, in a leg, weakness and a slump).
          const said = drivers
            .find((d) => d.id === root)
            ?.findings.find((g) => g.includes("is considered first"));
          const slump = input.selfTests?.slump;
          const weakClause = limb === "leg" && (slump?.left === "positive" || slump?.right === "positive");
          if (said && !weakClause) expect(below, said).toBe(true);
          // In a leg, symptoms above the knee that the slump test reproduced on their side count too.
          const slumped =
            limb === "leg" &&
            (input.nerveSymptoms ?? []).some(
              (n) =>
                n.limb === "leg" &&
                (n.side === "both"
                  ? slump?.left === "positive" || slump?.right === "positive"
                  : n.side !== undefined && slump?.[n.side] === "positive"),
            );
          if (!(below || slumped) || !ids.includes(root)) continue;
          const above = ids.slice(0, ids.indexOf(root));
          expect(above.filter((id) => id !== "peroneal_nerve_compression" && !id.endsWith("_root"))).toEqual(
            [],
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("drivers are ranked best first with confidences in 0-1, each with findings; levels only for the lumbar root", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { drivers } = assess(input).result;
        const confidences = drivers.map((d) => d.confidence);
        expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
        for (const d of drivers) {
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          expect(d.findings.length, d.id).toBeGreaterThan(0);
          if (d.levels) expect(d.id).toBe("lumbar_nerve_root");
        }
        // The muscle itself is listed below others only when it fits at all.
        for (const d of drivers.slice(1))
          if (d.id === "local_muscle") expect(d.confidence).toBeGreaterThan(0);
        expect(drivers.length).toBeGreaterThan(0);
        drivers.forEach((d, rank) => {
          if (d.findings.some((g) => g.startsWith("Nothing else accounts")))
            expect(rank, "only a driver in the lead says nothing explains more").toBe(0);
          // The muscle itself says which complaint it is about (a knee, a shin, several at once).
          if (d.id === "local_muscle") expect(d.findings[0]).toMatch(/ your [a-z(), -]+ complaints? /);
        });
        expect(new Set(drivers.map((d) => d.id)).size).toBe(drivers.length);
        for (const d of drivers) {
          // A complaint is named once, as the person gave it ("Your left calf strain ..."), not again bare.
          for (const g of d.findings) expect(g).not.toMatch(/^(A [a-z ()-]+ strain|Lower-back stiffness)\.$/);
          for (const g of d.findings) expect(g).not.toMatch(/^Pain at the front of the hip:/);
        }
        for (const finding of drivers.flatMap((d) => d.findings)) {
          // What brings it on is quoted from the answers, never one the person did not give.
          if (/bring(s)? it on\.$/.test(finding))
            for (const word of ["walking", "running", "hills"] as const)
              if (new RegExp(`\\b${word}\\b`, "i").test(finding))
                expect(input.aggravators ?? [], finding).toContain(word);
          expect(finding).not.toMatch(/Longer walks or runs/);
          // The self-test's result outweighs what the person said eases it.
          if (finding === "Extending your upper back eases it.")
            expect(input.selfTests?.thoracicExtension).toBeUndefined();
          // A limit one side only falls short of is said of that side.
          const pair =
            /(side plank|knee-to-wall) (\d+) (?:s|cm) left, (\d+) (?:s|cm) right: (under 20 s|short)/.exec(
              finding,
            );
          if (pair) {
            const [left, right] = [Number(pair[2]), Number(pair[3])];
            const limit = pair[1] === "side plank" ? 20 : 10;
            if (left < limit !== right < limit)
              expect(finding).toContain(`${pair[4]} on the ${left < limit ? "left" : "right"}`);
          }
          expect(finding, "a finding is a sentence").toMatch(/^[A-Z0-9"].*[.)]$/s);
          expect(finding, "a finding names a limb once").not.toMatch(/\b(leg|arm)\b.*\b\1\b/);
          expect(finding, "a side is said as people say it").not.toMatch(/\bboth sides'/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a slump test that reproduced symptoms on a side that hurts counts against the muscle itself", () => {
    const localConfidence = (input: AssessmentInput) =>
      // Not listed: below five others.
      assess(input).result.drivers.find((d) => d.id === "local_muscle")?.confidence ?? 0;
    fc.assert(
      fc.property(calmArb, fc.constantFrom<"left" | "right">("left", "right"), (input, side) => {
        const complaints = input.complaints.map((c, i) => (i === 0 ? { ...c, side } : c));
        const without = { ...input, complaints, selfTests: { ...input.selfTests, slump: undefined } };
        const negative = side === "left" ? "right" : "left";
        const slump = { [side]: "positive", [negative]: "negative" } as {
          left: "positive";
          right: "negative";
        };
        const before = localConfidence(without);
        // Seed 000's sciatic bias: "that suggests nerve sensitivity", a sign beyond the muscle.
        if (before > 0)
          expect(localConfidence({ ...without, selfTests: { ...input.selfTests, slump } })).toBeLessThan(
            before,
          );
      }),
      { numRuns: RUNS },
    );
  });

  it("the lumbar root is listed only with a sign of a nerve: leg symptoms, a slump, a weak calf or foot lifters, a cramp", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const listed = assess(input).result.drivers.some((d) => d.id === "lumbar_nerve_root");
        const t = input.selfTests ?? {};
        const calf = t.calfRaise;
        const sign =
          (input.nerveSymptoms ?? []).some((n) => n.limb === "leg") ||
          t.slump?.left === "positive" ||
          t.slump?.right === "positive" ||
          t.heelWalk?.left === "weak" ||
          t.heelWalk?.right === "weak" ||
          (calf?.left !== undefined && calf.right !== undefined && Math.abs(calf.left - calf.right) >= 3) ||
          input.complaints.some(
            (c) =>
              (c.region === "calf" && (c.kinds.includes("cramp") || c.kinds.includes("weakness"))) ||
              ((c.region === "shin_front" || c.region === "foot_ankle") && c.kinds.includes("weakness")),
          );
        if (listed) expect(sign).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("a good side plank counts against the trunk-control pictures, whose sign is a core that tires early", () => {
    const confidence = (input: AssessmentInput, id: DriverId) =>
      assess(input).result.drivers.find((d) => d.id === id)?.confidence ?? 0;
    fc.assert(
      fc.property(calmArb, fc.integer({ min: 30, max: 120 }), (input, seconds) => {
        const { sidePlank: _, ...tests } = input.selfTests ?? {};
        const untested = { ...input, selfTests: tests };
        const strong = { ...input, selfTests: { ...tests, sidePlank: { left: seconds, right: seconds } } };
        for (const id of ["trunk_control_deficit", "lumbopelvic_control"] as const) {
          const before = confidence(untested, id);
          if (before > 0) expect(confidence(strong, id), id).toBeLessThan(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the muscle itself says what it cannot rule out: a root behind calf cramps, a joint that hurts by itself", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const local = assess(input).result.drivers.find((d) => d.id === "local_muscle");
        if (!local) return;
        const cramps = input.complaints.some((c) => c.region === "calf" && c.kinds.includes("cramp"));
        expect(local.explanation.includes("Calf cramps can also come from an irritated nerve root")).toBe(
          cramps,
        );
        const joint = input.complaints.some(
          (c) => ["knee", "hip_front", "foot_ankle"].includes(c.region) && !c.kinds.includes("strain"),
        );
        expect(local.explanation.includes("can also come from the joint itself")).toBe(joint);
      }),
      { numRuns: RUNS },
    );
  });

  it("weak foot lifters with even calf raises and no calf signs name L5 alone", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const t = input.selfTests ?? {};
        const cr = t.calfRaise;
        const even = cr?.left !== undefined && cr.right !== undefined && Math.abs(cr.left - cr.right) <= 2;
        const weakHeel = t.heelWalk?.left === "weak" || t.heelWalk?.right === "weak";
        const calfSigns = input.complaints.some(
          (c) => c.region === "calf" && (c.kinds.includes("cramp") || c.kinds.includes("weakness")),
        );
        if (!even || !weakHeel || calfSigns) return;
        const root = assess(input).result.drivers.find((d) => d.id === "lumbar_nerve_root");
        if (root) expect(root.levels).toEqual(["L5"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("foot lifters that heel-walked well on both sides are never called weak, nor the L5 root named alone", () => {
    const walkedWell = calmArb.map((input): AssessmentInput => ({
      ...input,
      selfTests: { ...input.selfTests, heelWalk: { left: "ok", right: "ok" } },
    }));
    fc.assert(
      fc.property(walkedWell, (input) => {
        const root = assess(input).result.drivers.find((d) => d.id === "lumbar_nerve_root");
        if (!root) return;
        for (const finding of root.findings) expect(finding).not.toMatch(/foot lifters/);
        expect(root.levels).not.toEqual(["L5"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("the core phase speaks of a stable spine only to someone whose spine hurts", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const core = assess(input).result.plan?.phases.find((p) => p.id === "core_endurance");
        if (core) expect(/stable spine/.test(core.why)).toBe(spine(input));
      }),
      { numRuns: RUNS },
    );
  });

  it("the calm phase speaks of the first 2-7 days only in a plan made at the start", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const calm = assess(input).result.plan?.phases.find((p) => p.id === "calm");
        if (!calm) return;
        expect(calm.title.includes("first 2-7 days")).toBe((input.programWeeks ?? 0) < 1);
      }),
      { numRuns: RUNS },
    );
  });

  it("a fever or infection risk at yellow holds all but calming; night pain with cancer or weight loss, or a walk that spikes, holds loading", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const { result } = assess(input);
        if (!result.plan) return;
        const flags = input.redFlags ?? {};
        const infection = flags.fever === true || flags.infectionRisk === true;
        const night =
          input.status?.nightPain === true &&
          (flags.cancerHistory === true || flags.unexplainedWeightLoss === true);
        // Seed 000's green light, "you can walk 10 minutes without pain spiking", is when reloading starts.
        const cannotWalk = input.status?.walk10MinWithoutSpike === false;
        for (const phase of result.plan.phases) {
          const loading = phase.id === "reload" || phase.id === "progress";
          const calming = phase.id === "calm" || phase.id === "decompress" || phase.id === "recovery";
          expect(phase.why.startsWith("Not yet: hold this step until"), phase.id).toBe(
            !calming && (infection || (loading && night)),
          );
          expect(phase.why.includes("checked your pain at night"), phase.id).toBe(
            loading && night && !infection,
          );
          expect(
            phase.why.startsWith("Not yet: start this step once you can walk 10 minutes"),
            phase.id,
          ).toBe(loading && cannotWalk && !infection && !night);
          expect(phase.onHold === true, phase.id).toBe(
            !calming && (infection || (loading && (night || cannotWalk))),
          );
          if (phase.id === "calm") {
            // Heat for guarded muscles, ice first for a strain of the last few days; neither with a fever.
            const fresh = input.complaints.some(
              (c) => c.kinds.includes("strain") && c.weeks !== undefined && c.weeks < 1,
            );
            const guidance = phase.guidance ?? [];
            expect(guidance.some((g) => g.startsWith("Heat"))).toBe(!infection && !fresh);
            expect(guidance.some((g) => g.startsWith("For a strain in its first few days, ice"))).toBe(
              !infection && fresh,
            );
          }
        }
        const calm = result.plan.phases.find((p) => p.id === "calm")?.guidance ?? [];
        // A hot, swollen calf is said once: in the fever's reason, or in the plan for an infection risk.
        expect(calm.some((g) => g.includes("needs checking today (an infection or a clot)"))).toBe(
          flags.infectionRisk === true &&
            flags.fever !== true &&
            input.complaints.some((c) => c.region === "calf"),
        );
        // Seed 000's "night pain with fever", yellow away from the spine (the contract): seen today.
        const fever = result.triage.reasons.find((r) => r.id === "fever");
        if (fever && result.triage.level === "yellow") {
          const calf = input.complaints.some((c) => c.region === "calf");
          expect(fever.text.includes("pain at night")).toBe(input.status?.nightPain === true);
          expect(fever.text.includes("a clot")).toBe(calf);
          expect(fever.text.includes("today")).toBe(true);
        }
        const systemic = ["fever", "infectionRisk", "unexplainedWeightLoss", "cancerHistory"] as const;
        const local = result.drivers.find((d) => d.id === "local_muscle");
        if (local?.findings[0]?.startsWith("Nothing else accounts"))
          expect(local.findings[0].includes("needs a clinician's check first")).toBe(
            systemic.some((k) => flags[k] === true),
          );
      }),
      { numRuns: RUNS },
    );
  });

  it("calf raises apart by more than 5 get a re-test note until the 'stuck?' escalation takes over", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan, escalations } = assess(input).result;
        const notes = plan?.phases.flatMap((p) => p.guidance ?? []) ?? [];
        const cr = input.selfTests?.calfRaise;
        const gap = cr && cr.left !== undefined && cr.right !== undefined ? Math.abs(cr.left - cr.right) : 0;
        const early = (input.programWeeks ?? 0) < 2;
        expect(notes.some((n) => n.includes("calf raises differ by"))).toBe(gap > 5 && early);
        if (gap > 5 && !early)
          expect(escalations.map((e) => e.id)).toContain("calf_raise_asymmetry_persists");
      }),
      { numRuns: RUNS },
    );
  });

  it("a neck complaint gets thoracic mobility and chin tucks; an arm with nerve symptoms waits to be loaded", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan } = assess(input).result;
        const items = plan?.phases.flatMap((p) => p.items.map((i) => i.exercise)) ?? [];
        if (input.complaints.some((c) => c.region === "neck"))
          expect(items).toEqual(expect.arrayContaining(["thoracic_mobility", "chin_tucks"]));
        const armNote = plan?.phases
          .find((p) => p.id === "reload")
          ?.guidance?.find((g) => g.includes("the arm"));
        if (!armNote) return;
        const armNerve = (input.nerveSymptoms ?? []).some((n) => n.limb === "arm");
        expect(armNote.includes("leave loading it")).toBe(armNerve);
      }),
      { numRuns: RUNS },
    );
  });

  it("running waits for a strain's first week and for slow lowering that waits for the hinge", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const items = assess(input).result.plan?.phases.flatMap((p) => p.items) ?? [];
        const run = items.find((i) => i.exercise === "walk_run_intervals");
        if (!run) return;
        const fresh =
          (input.programWeeks ?? 0) < 1 &&
          input.complaints.some(
            (c) =>
              (c.region === "hamstring" || c.region === "calf") &&
              c.kinds.includes("strain") &&
              c.weeks !== undefined &&
              c.weeks < 2,
          );
        if (fresh) expect(run.fromWeek ?? 1).toBeGreaterThanOrEqual(2);
        const lowering = items.find((i) => i.exercise === "hamstring_slow_eccentrics");
        if ((lowering?.fromWeek ?? 1) >= 3)
          expect(run.fromWeek ?? 1).toBeGreaterThanOrEqual(lowering!.fromWeek!);
      }),
      { numRuns: RUNS },
    );
  });

  it("what the plan says fits what the person told: lifts, desk, sport, age, heels, shoes, extension, leg symptoms", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan, persona } = assess(input).result;
        if (!plan) return;
        const guidance = plan.phases.flatMap((p) => p.guidance ?? []).join(" ");
        const regions = input.complaints.map((c) => c.region);
        const backOrLegs = regions.some((r) =>
          ["low_back", "mid_back", "hamstring", "glute", "hip_front"].includes(r),
        );
        if (guidance.includes("deadlifts")) expect(backOrLegs).toBe(true);
        const items = plan.phases.flatMap((p) => p.items);
        const changes = items.find((i) => i.exercise === "position_changes");
        expect(changes?.note?.includes("set a timer") ?? false).toBe(persona === "desk_worker");
        const heels = plan.avoid.find((a) => a.id === "high_heels");
        if (heels) expect(heels.reason.startsWith("If you wear")).toBe(input.habits?.highHeels !== true);
        if (input.habits?.highHeels === false) expect(heels).toBeUndefined();
        // Past 6 weeks, the "first 6 weeks of care" are not spoken of as ahead.
        const scans = plan.avoid.find((a) => a.id === "early_imaging");
        const longest = Math.max(...input.complaints.map((c) => c.weeks ?? 0));
        if (scans) expect(scans.reason.includes("first 6 weeks")).toBe(longest <= 6);
        // The lifter whose "stuck?" fired is not told to climb back up.
        if (assess(input).result.escalations.some((e) => e.id === "pain_with_light_loads"))
          expect(guidance).not.toContain("then climb back up");
        const lowering = items.find((i) => i.exercise === "hamstring_slow_eccentrics");
        const slump = input.selfTests?.slump;
        const legSigns =
          (input.nerveSymptoms ?? []).some((n) => n.limb === "leg") ||
          slump?.left === "positive" ||
          slump?.right === "positive";
        if (lowering) expect(lowering.note?.includes("With leg symptoms") ?? false).toBe(legSigns);
        expect(guidance.includes("Bring sprinting back in steps")).toBe(persona === "field_athlete");
        expect(guidance.includes("ask your doctor first")).toBe(persona === "older_adult");
        // Seed 000's older adult: hinges with support, tilts in bed and a walk after breakfast for morning stiffness.
        const older = persona === "older_adult";
        const note = (id: string) => items.find((i) => i.exercise === id)?.note ?? "";
        if (items.some((i) => i.exercise === "hip_hinge"))
          expect(note("hip_hinge").includes("Hold a counter")).toBe(older);
        if (items.some((i) => i.exercise === "pallof_press"))
          expect(note("pallof_press").includes("standing")).toBe(older || regions.includes("knee"));
        const morning = older && (input.status?.morningStiffnessMinutes ?? 0) > 0;
        if (items.some((i) => i.exercise === "pelvic_tilts"))
          expect(note("pelvic_tilts").includes("in bed in the morning")).toBe(morning);
        // The relief positions unload the back: not for a knee or a shoulder alone.
        const back =
          regions.includes("low_back") ||
          input.complaints.some((c) => c.region === "mid_back" && c.kinds.includes("spasm")) ||
          (input.nerveSymptoms ?? []).some((n) => n.limb === "leg");
        expect(items.some((i) => i.exercise === "relief_positions")).toBe(back);
        const thoracic = items.find((i) => i.exercise === "thoracic_mobility");
        if (thoracic)
          expect(thoracic.note?.includes("rather than the roller") ?? false).toBe(
            input.selfTests?.thoracicExtension === "worse",
          );
        // Seed 000's runner with numb toes reloaded the calf once walks and glides had eased the symptoms.
        const legNerve = (input.nerveSymptoms ?? []).some((n) => n.limb === "leg");
        for (const raise of items.filter((i) => i.exercise.startsWith("calf_raise_")))
          expect(raise.note?.includes("With leg symptoms") ?? false, raise.exercise).toBe(legNerve);
        // With both arms affected there is no "other side" to lean on.
        const arms = (input.nerveSymptoms ?? []).filter((n) => n.limb === "arm").map((n) => n.side);
        const bothArms = arms.includes("both") || (arms.includes("left") && arms.includes("right"));
        if (bothArms) expect(note("side_plank")).not.toContain("other side only");
        for (const id of ["band_pull_apart", "wall_slides"])
          if (items.some((i) => i.exercise === id))
            expect(note(id).includes("leave your arm symptoms quiet"), id).toBe(arms.length > 0);
        expect(guidance.includes("Symptoms in both arms: get help at once")).toBe(bothArms);
        const legs = (input.nerveSymptoms ?? []).filter((n) => n.limb === "leg").map((n) => n.side);
        expect(guidance.includes("Symptoms in both legs: get help at once")).toBe(
          legs.includes("both") || (legs.includes("left") && legs.includes("right")),
        );
        // Seed 003's footwear check, for someone who said their shoes are worn.
        expect(guidance.includes("Your shoes are worn: replace them")).toBe(input.habits?.wornShoes === true);
      }),
      { numRuns: RUNS },
    );
  });

  it("the demands to layer in last are the person's own where the answers name them", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const progress = assess(input).result.plan?.phases.find((p) => p.id === "progress");
        const line = progress?.guidance?.find((g) => g.startsWith("Then layer in"));
        if (!line) return;
        const acts = input.activities ?? [];
        const aggs = input.aggravators ?? [];
        const upper = input.complaints.some((c) => c.region === "shoulder" || c.region === "arm");
        const yoga = acts.every((a) => a === "yoga_pilates");
        if (!upper && yoga && aggs.length === 0) {
          expect(line).toContain("hills, stairs, lifting, reaching overhead");
          return;
        }
        expect(line.includes("reaching overhead")).toBe(upper || aggs.includes("overhead_reach"));
        expect(line.includes("runs")).toBe(acts.includes("running") || aggs.includes("running"));
        expect(line.includes("sprinting")).toBe(acts.includes("field_sport") || aggs.includes("cutting"));
        // A desk is named to those who work at one.
        expect(line.includes("at a desk")).toBe(acts.includes("desk_work"));
      }),
      { numRuns: RUNS },
    );
  });

  it("a weak heel walk keeps its light, and the plan says to see a clinician soon about it", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const { plan } = assess(input).result;
        if (!plan) return;
        const hw = input.selfTests?.heelWalk;
        const weak = hw?.left === "weak" || hw?.right === "weak";
        const { triage, escalations } = assess(input).result;
        const advised = triage.level === "yellow" || escalations.length > 0;
        const said = plan.phases.flatMap((p) => p.guidance ?? []).find((g) => /heel walk was weak/.test(g));
        expect(said !== undefined).toBe(weak);
        // Said once, and soon: seed 000's "clear weakness" is a nerve root until a clinician rules it out.
        if (said)
          expect(said).toMatch(advised ? /show the clinician you see/ : /see a clinician soon to check it/);
      }),
      { numRuns: RUNS },
    );
  });

  it("a second back sign counts against the peroneal nerve more than one (its picture has none)", () => {
    const peroneal = (input: AssessmentInput) =>
      assess(input).result.drivers.find((d) => d.id === "peroneal_nerve_compression")?.confidence ?? 0;
    // One back sign (the back complaint): no slump yet, no nerve symptoms above the knee.
    const backPainLegCrosser = calmArb.map(({ nerveSymptoms: _, ...input }): AssessmentInput => {
      const { slump: __, ...tests } = input.selfTests ?? {};
      return {
        ...input,
        complaints: [...input.complaints.slice(0, 8), { region: "low_back", kinds: ["pain"] }],
        habits: { ...input.habits, crossesLegs: true },
        selfTests: { ...tests, heelWalk: { left: "weak", right: "ok" } },
      };
    });
    fc.assert(
      fc.property(backPainLegCrosser, (input) => {
        const withSlump: AssessmentInput = {
          ...input,
          selfTests: { ...input.selfTests, slump: { left: "positive", right: "negative" } },
        };
        const before = peroneal(input);
        if (before > 0) expect(peroneal(withSlump)).toBeLessThan(before);
      }),
      { numRuns: 500 },
    );
  });

  it("single-leg calf raises start where the weaker side's self-test ended when it fell short of the dose", () => {
    fc.assert(
      fc.property(calmArb, (input) => {
        const items = (assess(input).result.plan?.phases ?? [])
          .flatMap((p) => p.items)
          .filter((i) => i.exercise.startsWith("calf_raise_"));
        const cr = input.selfTests?.calfRaise;
        const weaker =
          cr?.left !== undefined && cr.right !== undefined ? Math.min(cr.left, cr.right) : undefined;
        for (const item of items) {
          const short = weaker !== undefined && weaker < (item.dose.reps ?? 0);
          expect(item.note?.includes(`managed ${weaker} in the self-test`) ?? false, item.exercise).toBe(
            short,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a driver is shown only where its chain ends: none from the legs for the upper body, and none the other way", () => {
    const ids = (input: AssessmentInput) => assess(input).result.drivers.map((d) => d.id);
    fc.assert(
      fc.property(onlyIn(UPPER, "arm"), (input) => {
        for (const id of ENDS_IN_LOWER_BODY) expect(ids(input), id).not.toContain(id);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(onlyIn(LOWER, "leg"), (input) => {
        for (const id of ENDS_IN_UPPER_BODY) expect(ids(input), id).not.toContain(id);
      }),
      { numRuns: RUNS },
    );
    // Seed 003's chain from tight calves runs through the ankle, knee, hips and pelvis to the back, not the groin.
    fc.assert(
      fc.property(onlyIn(["adductor"], "leg"), (input) => {
        expect(ids(input)).not.toContain("calf_tightness_chain");
      }),
      { numRuns: RUNS },
    );
  });
});
