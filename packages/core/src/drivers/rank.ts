/** Driver ranking: each driver scored from weighted findings that cite the person's own answers. */
import type { DriverId, Region } from "../contract/ids.js";
import type { Complaint, DriverResult, NerveSymptom } from "../contract/schema.js";
import { joinWords, REGION_WORD, type Facts, type SideGap } from "../assess/facts.js";
import { DRIVER_BY_ID } from "../knowledge/drivers.js";
import type { Traced, TraceEntry, TraceOptions } from "../trace/trace.js";
import { THRESHOLDS } from "./thresholds.js";

export { THRESHOLDS };

interface Finding {
  weight: number;
  /** The sentence, or how to write it: most findings belong to drivers that are not shown, so are never read. */
  text: string | (() => string);
  /** Evidence against the driver is kept in the trace, not shown as a finding. */
}

const textOf = (finding: Finding) => (typeof finding.text === "string" ? finding.text : finding.text());

/** One driver's findings as a scorer records them. */
class Score {
  readonly findings: Finding[] = [];
  levels: ("L5" | "S1")[] | undefined;

  constructor(
    readonly id: DriverId,
    /** Multiplier when the complaint is not one the driver explains. */
    public fit = 1,
  ) {}

  add(weight: number, text: string | (() => string)) {
    this.findings.push({ weight, text });
  }
}

/** Confidence from a score: saturating, so strong patterns approach but never reach 1. */
export function confidenceOf(score: number): number {
  return Math.round((1 - Math.exp(-Math.max(0, score) / 4)) * 100) / 100;
}

const LEG_MUSCLE_REGIONS: Region[] = [
  "calf",
  "hamstring",
  "glute",
  "shin_front",
  "foot_ankle",
  "knee",
  "adductor",
];
/** Numbness and tingling: what a nerve's territory feels, as against pain that shoots or burns along it. */
const sensory = (k: NerveSymptom["kinds"][number]) => k === "numbness" || k === "tingling";

/** "left calf cramp for 2 weeks", "knee pain on both sides": read after "Your". */
function describeComplaint(c: Complaint, withWeeks = true): string {
  const side = c.side === "left" || c.side === "right" ? `${c.side} ` : "";
  const both = c.side === "both" ? " on both sides" : "";
  const weeks =
    c.weeks === undefined || !withWeeks
      ? ""
      : c.weeks < 1
        ? " that began this week"
        : ` for ${c.weeks} week${c.weeks === 1 ? "" : "s"}`;
  return `${side}${REGION_WORD[c.region]} ${joinWords(c.kinds)}${both}${weeks}`;
}

function describeGap(name: string, g: SideGap, unit: string): string {
  const weaker = g.weaker ?? "left";
  const stronger = weaker === "left" ? "right" : "left";
  return `${name}: ${weaker} ${g[weaker]} vs ${stronger} ${g[stronger]}${unit}`;
}

const minOf = (pair: { left?: number | undefined; right?: number | undefined } | undefined) => {
  const values = [pair?.left, pair?.right].filter((v): v is number => v !== undefined);
  return values.length ? Math.min(...values) : undefined;
};

/** " on the right" when only one of two tested sides is below `limit`; "" when both are, or one was tested. */
function sideBelow(
  pair: { left?: number | undefined; right?: number | undefined } | undefined,
  limit: number,
) {
  const { left, right } = pair ?? {};
  if (left === undefined || right === undefined || left < limit === right < limit) return "";
  return left < limit ? " on the left" : " on the right";
}

/** "Running and hills bring it on.": what the person said aggravates it, as a sentence. */
function bringsItOn(words: readonly string[]): string {
  const said = joinWords(words);
  return `${said[0]!.toUpperCase()}${said.slice(1)} bring${words.length === 1 ? "s" : ""} it on.`;
}

/** The shorter side plank, with its side when both were tested: "12 s on the right". */
function plankHeld(f: Facts): string {
  const { left, right } = f.input.selfTests?.sidePlank ?? {};
  if (left === undefined || right === undefined) return `${left ?? right} s`;
  return left === right
    ? `${left} s each side`
    : left < right
      ? `${left} s on the left`
      : `${right} s on the right`;
}

const clearCalfDrop = (g: SideGap | undefined) =>
  g !== undefined &&
  (g.gap > THRESHOLDS.calfRaiseGap || (g.gap >= 3 && g.ratio <= THRESHOLDS.calfRaiseRatio));

/** Whether heel walking was tested and ok on the side(s) of a complaint (both sides, when it has none). */
function heelWalkOkOn(f: Facts, side: Complaint["side"]): boolean {
  const test = f.input.selfTests?.heelWalk;
  if (side === "left" || side === "right") return test?.[side] === "ok";
  return test?.left === "ok" && test.right === "ok";
}

function scoreLumbarRoot(f: Facts): Score {
  const s = new Score("lumbar_nerve_root");
  const leg = f.legNerve;
  const backSigns = f.backComplaint || leg.length > 0 || f.slumpPositive.length > 0;
  let s1 = false;
  let l5 = false;
  for (const n of leg.slice(0, 2)) {
    const where = n.belowKneeOrElbow ? "below the knee in" : "in";
    const side = n.side ? `${n.side === "both" ? "both legs" : `the ${n.side} leg`}` : "the leg";
    const weight = (n.belowKneeOrElbow ? 3 : 2) + (n.kinds.some(sensory) ? 0.5 : 0);
    s.add(weight, () => `You report ${joinWords(n.kinds)} ${where} ${side}.`);
  }
  if (f.slumpPositive.length) {
    s.add(
      2.5,
      () =>
        `The slump test reproduced symptoms on the ${joinWords(f.slumpPositive)} side${f.slumpPositive.length > 1 ? "s" : ""}.`,
    );
  } else if (f.input.selfTests?.slump && (leg.length === 0 || !f.backComplaint)) {
    // With leg symptoms a negative slump counts against the root only when the back does not hurt either.
    s.add(-1, "The slump test was negative.");
  }
  const cr = f.calfRaise;
  if (cr && clearCalfDrop(cr)) {
    s1 = true;
    s.add(
      backSigns ? 2.5 : 1,
      () =>
        `${describeGap("Single-leg calf raises", cr, " reps")}: a clear drop on one side (S1 supplies the calf).`,
    );
  }
  if (f.heelWalkWeak.length) {
    l5 = true;
    s.add(
      backSigns ? 2 : 1,
      () =>
        `Heel walking was weak on the ${joinWords(f.heelWalkWeak)} side (the foot lifters are supplied by L5).`,
    );
  }
  for (const c of f.complaintsIn("calf")) {
    if (c.kinds.includes("cramp")) {
      s1 = true;
      s.add(
        1.5,
        () =>
          `Your ${describeComplaint(c)}: calf cramps can be a sign of an irritated nerve root in the lower back.`,
      );
    } else if (c.kinds.includes("weakness")) {
      s1 = true;
      s.add(1.5, () => `Your ${describeComplaint(c)} (weak push-off) fits the S1 root's territory.`);
    }
  }
  for (const c of f.complaintsIn("shin_front", "foot_ankle")) {
    // Foot lifters that walked on their heels well on the complaint's side are not what is weak.
    if (c.kinds.includes("weakness") && !heelWalkOkOn(f, c.side)) {
      l5 = true;
      s.add(1.5, () => `Your ${describeComplaint(c)} may mean weak foot lifters (L5).`);
    }
  }
  const legComplaint = f.input.complaints.find((c) => LEG_MUSCLE_REGIONS.includes(c.region));
  if (f.backComplaint && (legComplaint || leg.length)) {
    s.add(
      1.5,
      () =>
        `Lower-back pain together with ${legComplaint ? `your ${REGION_WORD[legComplaint.region]} complaint` : "leg symptoms"}.`,
    );
  }
  if (leg.length && f.aggravates("sitting"))
    s.add(0.5, "Sitting makes it worse, as it often does with an irritated root.");
  // Back pain beside a leg complaint is not a nerve's sign: without one (symptoms, a slump, a weak calf or foot
  // lifters, a cramp) the root is not a driver.
  if (!leg.length && !f.slumpPositive.length && !s1 && !l5) s.fit = 0;
  // Symptoms below the knee in the calf or foot count for S1 too, unless the foot lifters are weak (L5) and the
  // calf raises, S1's own test, came out even.
  const evenCalf = f.calfRaise !== undefined && f.calfRaise.gap <= 2;
  if (leg.some((n) => n.belowKneeOrElbow) && f.hasRegion("calf", "foot_ankle") && !(l5 && evenCalf))
    s1 = true;
  s.levels = s1 && !l5 ? ["S1"] : l5 && !s1 ? ["L5"] : ["L5", "S1"];
  return s;
}

function scoreCervicalRoot(f: Facts): Score {
  const s = new Score("cervical_nerve_root");
  for (const n of f.armNerve.slice(0, 2)) {
    const where = n.belowKneeOrElbow ? "below the elbow in" : "in";
    const side = n.side ? (n.side === "both" ? "both arms" : `the ${n.side} arm`) : "the arm";
    s.add(
      (n.belowKneeOrElbow ? 3.5 : 2.5) + (n.kinds.some(sensory) ? 0.5 : 0),
      () => `You report ${joinWords(n.kinds)} ${where} ${side}.`,
    );
  }
  const armSymptoms = f.armNerve.length > 0;
  // Seed 000: with clear weakness, think nerve root involvement; weighed as calf weakness is for the lower back.
  const armWeak = f.hasKind("arm", "weakness");
  for (const c of f.complaintsIn("neck"))
    s.add(armSymptoms || armWeak ? 1.5 : 0.5, () => `Your ${describeComplaint(c)}.`);
  for (const c of f.complaintsIn("arm")) {
    if (c.kinds.includes("weakness"))
      s.add(
        1.5,
        () =>
          `Your ${describeComplaint(c)}: clear weakness can come from an irritated nerve root in the neck.`,
      );
    else if (armSymptoms) s.add(1, () => `Your ${describeComplaint(c)}.`);
  }
  if (armSymptoms && f.hasRegion("shoulder")) s.add(0.5, "Shoulder pain together with arm symptoms.");
  if (!armSymptoms && !(f.hasRegion("neck") && armWeak)) s.fit = 0;
  return s;
}

function scorePeroneal(f: Facts): Score {
  const s = new Score("peroneal_nerve_compression");
  const footLifterWeak = f.hasKind("shin_front", "weakness") || f.hasKind("foot_ankle", "weakness");
  if (f.heelWalkWeak.length)
    s.add(2.5, () => `Heel walking was weak on the ${joinWords(f.heelWalkWeak)} side (weak foot lifters).`);
  else if (footLifterWeak)
    s.add(1.5, "You report weakness at the front of the shin or foot (the foot lifters).");
  if (!f.heelWalkWeak.length && !footLifterWeak) {
    s.fit = 0;
    return s;
  }
  if (f.input.habits?.crossesLegs)
    s.add(2.5, "You often cross your legs, which can press on the peroneal nerve at the knee.");
  const belowKnee = f.legNerve.find((n) => n.belowKneeOrElbow && n.kinds.some(sensory));
  if (belowKnee) {
    const felt = belowKnee.kinds.filter(sensory);
    s.add(
      1.5,
      () =>
        `The ${joinWords(felt)} below the knee can come from this nerve too, if it is on the outer shin or the top of the foot.`,
    );
  }
  // The contract's picture of this driver has no back signs: each one counts against it, two or more strongly.
  const backSigns = [
    f.backComplaint,
    f.slumpPositive.length > 0,
    f.legNerve.some((n) => !n.belowKneeOrElbow),
  ].filter(Boolean).length;
  if (!backSigns)
    s.add(1.5, "No back pain and no positive slump test, which makes the lower back less likely.");
  else s.add(backSigns > 1 ? -3.5 : -2, "Back signs make the lower back the more likely source.");
  if (!f.input.habits?.crossesLegs) s.fit = 0.5;
  return s;
}

function scoreLumbopelvic(f: Facts): Score {
  const s = new Score("lumbopelvic_control");
  for (const c of f.complaintsIn("hamstring")) {
    if (c.kinds.includes("tightness"))
      s.add(
        2.5,
        () => `Your ${describeComplaint(c)}: hamstring "tightness" that won't clear is often guarding.`,
      );
    else s.add(1, () => `Your ${describeComplaint(c)}.`);
    if (c.recurrent) s.add(1.5, "The hamstring keeps getting re-injured, which points above the muscle.");
  }
  const relief = f.input.status?.stretchRelief;
  if (relief === "brief") s.add(2, "Stretching helps only briefly.");
  if (relief === "lasting") s.add(-1, "Stretching gives lasting relief.");
  const bending = ["bending", "repetitive_bending"].filter((a) => f.aggravates(a as "bending"));
  if (bending.length) s.add(1.5, () => `Pain with ${bending.map((b) => b.replace("_", " ")).join(" and ")}.`);
  const plank = minOf(f.input.selfTests?.sidePlank);
  if (plank !== undefined) {
    const sp = f.input.selfTests?.sidePlank;
    const shown = `side plank ${sp?.left ?? "-"} s left, ${sp?.right ?? "-"} s right`;
    if (plank < THRESHOLDS.sidePlankWeak)
      s.add(
        2,
        () =>
          `Your ${shown}: under 20 s${sideBelow(sp, THRESHOLDS.sidePlankWeak)}, trunk endurance is a limiter.`,
      );
    else if (plank < THRESHOLDS.sidePlankGood)
      s.add(0.5, () => `Your ${shown}: trunk endurance is borderline.`);
    else s.add(-1, () => `Your ${shown}: good trunk endurance.`);
  }
  for (const c of f.complaintsIn("low_back")) {
    // Stiffness weighs a little more; the complaint is said once, with it.
    s.add(c.kinds.includes("stiffness") ? 1.5 : 1, () => `Your ${describeComplaint(c)}.`);
  }
  if (!f.hasRegion("hamstring", "low_back")) s.fit = 0.4;
  return s;
}

function scoreThoracic(f: Facts): Score {
  const s = new Score("thoracic_neck_stiffness");
  const te = f.input.selfTests?.thoracicExtension;
  if (te === "eases_shoulder")
    s.add(3.5, "Thoracic extension over a chair eased your shoulder: the upper back is part of the story.");
  if (te === "no_change") s.add(-1, "Thoracic extension did not change the shoulder.");
  if (te === "worse") s.add(-1.5, "Thoracic extension made the shoulder worse.");
  // What the person says eases it counts when the self-test did not say otherwise.
  if (f.eases("thoracic_extension") && te === undefined) s.add(2, "Extending your upper back eases it.");
  for (const c of f.complaintsIn("shoulder")) s.add(1.5, () => `Your ${describeComplaint(c)}.`);
  for (const c of f.complaintsIn("neck")) {
    s.add(
      c.kinds.some((k) => k === "tightness" || k === "stiffness") ? 1.5 : 1,
      () => `Your ${describeComplaint(c)}.`,
    );
  }
  for (const c of f.complaintsIn("mid_back")) s.add(1, () => `Your ${describeComplaint(c)}.`);
  if (f.aggravates("overhead_reach")) s.add(1.5, "Reaching overhead provokes it.");
  if (f.activity("desk_work")) s.add(1, "You work at a desk.");
  const sitting = f.input.habits?.sittingHoursPerDay;
  if (sitting !== undefined && sitting >= 8) s.add(0.5, () => `You sit about ${sitting} hours a day.`);
  if (f.armNerve.length) s.add(-1, "Arm nerve symptoms point more to a nerve root in the neck.");
  return s;
}

function scoreReferralSitting(f: Facts): Score {
  const s = new Score("lumbar_referral_sitting", f.hasRegion("glute") ? 1 : 0.4);
  for (const c of f.complaintsIn("glute")) s.add(2, () => `Your ${describeComplaint(c)}.`);
  if (f.aggravates("sitting")) s.add(2.5, "It is worse after sitting.");
  const easers = (["walking", "moving"] as const).filter((e) => f.eases(e));
  if (easers.length) s.add(1.5, () => `It eases with ${joinWords(easers)}.`);
  const sitting = f.input.habits?.sittingHoursPerDay;
  if (sitting !== undefined && sitting >= THRESHOLDS.longSittingHours)
    s.add(0.5, () => `You sit about ${sitting} hours a day.`);
  if (f.activity("desk_work")) s.add(0.5, "You work at a desk.");
  if (f.backComplaint) s.add(0.5, "You also have lower-back pain.");
  if (!f.aggravates("sitting")) s.fit *= 0.5;
  return s;
}

function scoreTrunkControl(f: Facts): Score {
  const s = new Score("trunk_control_deficit");
  const fieldCutting = f.activity("field_sport") || f.aggravates("cutting");
  if (!f.hasRegion("adductor") && !(fieldCutting && f.hasRegion("hip_front", "hamstring"))) {
    s.fit = 0;
    return s;
  }
  for (const c of f.complaintsIn("adductor")) {
    s.add(2.5 + (c.kinds.includes("strain") ? 0.5 : 0), () => `Your ${describeComplaint(c)}.`);
    if (c.recurrent) s.add(0.5, "The groin strain keeps coming back.");
  }
  if (f.activity("field_sport")) s.add(1.5, "You play field sport.");
  if (f.aggravates("cutting")) s.add(2, "Cutting (quick changes of direction) provokes it.");
  const plank = minOf(f.input.selfTests?.sidePlank);
  if (plank !== undefined && plank < THRESHOLDS.sidePlankWeak)
    s.add(1.5, () => `Side plank under 20 s (${plankHeld(f)}): the core tires early.`);
  // The picture's own sign is "early fatigue in the core": a good side plank counts against it.
  else if (plank !== undefined && plank >= THRESHOLDS.sidePlankGood)
    s.add(-2, () => `Good trunk endurance (side plank ${plank} s or more).`);
  if (f.hasRegion("hip_front") && f.activity("field_sport"))
    s.add(1, "Pain at the front of the hip in field sport.");
  if (!f.hasRegion("adductor")) s.fit = 0.6;
  return s;
}

function scoreCalfTightness(f: Facts): Score {
  const s = new Score("calf_tightness_chain");
  const tests = f.input.selfTests;
  let evidence = false;
  if (tests?.heelsFlatInSquat === false) {
    evidence = true;
    s.add(2.5, "Your heels lift in a deep squat: the calves limit ankle dorsiflexion.");
  } else if (tests?.heelsFlatInSquat === true) s.add(-1, "Your heels stay flat in a deep squat.");
  const ktw = f.input.selfTests?.kneeToWall;
  const ktwMin = minOf(ktw);
  if (ktwMin !== undefined) {
    const shown = `knee-to-wall ${ktw?.left ?? "-"} cm left, ${ktw?.right ?? "-"} cm right`;
    if (ktwMin < THRESHOLDS.kneeToWallShort) {
      evidence = true;
      s.add(
        ktwMin < 7 ? 3 : 2.5,
        () =>
          `Your ${shown}: short${sideBelow(ktw, THRESHOLDS.kneeToWallShort)}, so ankle dorsiflexion is limited.`,
      );
    } else if (ktwMin >= 12) s.add(-1.5, () => `Your ${shown}: ankle dorsiflexion is good.`);
    const gap = f.kneeToWall?.gap;
    if (gap !== undefined && gap > THRESHOLDS.kneeToWallGap) {
      evidence = true;
      s.add(1, () => `A ${gap} cm difference between sides on knee-to-wall.`);
    }
  }
  if (f.input.habits?.highHeels) {
    evidence = true;
    s.add(1.5, "You often wear high heels, which keep the calves short.");
  }
  for (const c of f.complaintsIn("calf")) {
    if (c.kinds.includes("tightness") || c.kinds.includes("stiffness")) {
      evidence = true;
      s.add(1.5, () => `Your ${describeComplaint(c)}.`);
    } else if (c.kinds.includes("cramp") || c.kinds.includes("pain"))
      s.add(0.5, () => `Your ${describeComplaint(c)}.`);
  }
  if (evidence) {
    for (const c of f.complaintsIn("low_back"))
      s.add(1.5, () => `Your ${describeComplaint(c)}: the chain from the calves ends in the lower back.`);
    for (const c of f.complaintsIn("knee", "foot_ankle")) {
      s.add(1, () => `Your ${describeComplaint(c)} sits on the chain from the calves.`);
    }
  }
  const sitting = f.input.habits?.sittingHoursPerDay;
  if (sitting !== undefined && sitting >= 8)
    s.add(0.5, () => `You sit about ${sitting} hours a day, which shortens the calves.`);
  if (f.activity("standing_work")) s.add(0.5, "You stand for work.");
  if (f.input.habits?.wornShoes) s.add(0.5, "Your shoes are worn.");
  if (f.input.habits?.runsOnToes && evidence) s.add(0.5, "You run on your toes.");
  if (f.input.status?.stretchRelief === "lasting" && f.hasRegion("calf"))
    s.add(0.5, "Stretching brings lasting relief.");
  if (!evidence) s.fit = 0.5;
  return s;
}

function scoreAbdominal(f: Facts): Score {
  const s = new Score("abdominal_weakness_extensor_dominance");
  for (const c of f.complaintsIn("low_back", "mid_back")) {
    if (c.kinds.includes("spasm"))
      s.add(
        3,
        () =>
          `Your ${describeComplaint(c)}: spasms often come from back extensors doing too much of the work.`,
      );
    else if (c.kinds.some((k) => k === "stiffness" || k === "tightness"))
      s.add(0.5, () => `Your ${describeComplaint(c)}.`);
    if (c.recurrent) s.add(1.5, "The back episodes keep coming back.");
  }
  if (f.input.status?.backMusclesFeelHard)
    s.add(2.5, "Your back muscles feel hard, which can mean the extensors are doing most of the work.");
  if (f.input.habits?.trainsAbs === false) s.add(1.5, "You do not train your abdominals.");
  if (f.input.habits?.trainsAbs === true) s.add(-0.5, "You already train your abdominals.");
  const loads = (["lifting", "bending", "repetitive_bending"] as const).filter((a) => f.aggravates(a));
  if (loads.length) s.add(1, () => bringsItOn(loads.map((a) => a.replace("_", " "))));
  const hipFront = f.complaintsIn("hip_front")[0];
  if (hipFront && f.backComplaint)
    s.add(1, () => `Your ${describeComplaint(hipFront, false)}: the hip flexors share the overload.`);
  const plank = minOf(f.input.selfTests?.sidePlank);
  if (plank !== undefined && plank < THRESHOLDS.sidePlankWeak)
    s.add(0.5, () => `Side plank under 20 s (${plankHeld(f)}).`);
  return s;
}

function scoreGlute(f: Facts): Score {
  const s = new Score("glute_weakness_compensation");
  const bridge = f.input.selfTests?.singleLegBridge;
  const bridgeMin = minOf(bridge);
  if (bridgeMin !== undefined) {
    const shown = `single-leg bridge ${bridge?.left ?? "-"} reps left, ${bridge?.right ?? "-"} right`;
    const uneven = f.bridge !== undefined && f.bridge.ratio < 0.75 && f.bridge.gap >= 3;
    if (bridgeMin < THRESHOLDS.bridgeWeak || uneven)
      s.add(3, () => `Your ${shown}: the glutes are not doing their share.`);
    else if (bridgeMin >= THRESHOLDS.bridgeGood) s.add(-1.5, () => `Your ${shown}: strong glutes.`);
  }
  const distal = f.complaintsIn("calf", "hamstring", "foot_ankle");
  for (const c of distal) {
    // A strain that keeps coming back is said once, with both weights.
    const strain = c.kinds.includes("strain") && c.region !== "hamstring" ? 0.5 : 0;
    if (c.recurrent)
      s.add(
        2 + strain,
        () => `Your ${describeComplaint(c, false)} keeps coming back, a reason to look elsewhere.`,
      );
    else if (strain) s.add(strain, () => `Your ${describeComplaint(c)}.`);
  }
  if (distal.length && f.backComplaint)
    s.add(
      1.5,
      "Back pain together with the calf or hamstring problem: they compensate for an unstable back.",
    );
  const sitting = f.input.habits?.sittingHoursPerDay;
  if ((sitting !== undefined && sitting >= THRESHOLDS.longSittingHours) || f.aggravates("sitting")) {
    s.add(1, () =>
      sitting !== undefined
        ? `You sit about ${sitting} hours a day, which weakens the glutes.`
        : "Sitting aggravates it.",
    );
  }
  if (f.activity("desk_work")) s.add(0.5, "You work at a desk.");
  if (f.input.habits?.runsOnToes && distal.length)
    s.add(0.5, "You run on your toes, so the calves do extra work.");
  // Seed 004: "when you do longer walks or runs, the hamstrings begin to get tighter", said as the person said it.
  const onFeet = (["walking", "running", "hills"] as const).filter((a) => f.aggravates(a));
  if (distal.length && onFeet.length) s.add(0.5, () => bringsItOn(onFeet));
  return s;
}

/** The muscle itself, as said when it leads the ranking, and as said below a driver that explains more. */
/** The person's complaints in words, for the muscle-itself driver: "knee complaint", "neck and arm complaints". */
function complaintsInWords(f: Facts): { words: string; many: boolean } {
  const places = [...new Set(f.input.complaints.map((c) => REGION_WORD[c.region]))];
  const many = places.length > 1;
  return { words: `${joinWords(places)} complaint${many ? "s" : ""}`, many };
}
const LOCAL_FIRST = "Nothing else accounts for";
/** Signs beyond the muscle that a yellow light still lets through (away from the spine): fever, weight loss. */
const SYSTEMIC_WORDS = {
  fever: "fever",
  infectionRisk: "infection risk",
  unexplainedWeightLoss: "weight loss",
  cancerHistory: "history of cancer",
} as const;
const localFirst = (f: Facts) => {
  const { words, many } = complaintsInWords(f);
  const flags = f.input.redFlags ?? {};
  const signs = (Object.keys(SYSTEMIC_WORDS) as (keyof typeof SYSTEMIC_WORDS)[]).filter((k) => flags[k]);
  const check = signs.length
    ? `, though your ${joinWords(signs.map((k) => SYSTEMIC_WORDS[k]))} needs a clinician's check first`
    : "";
  return `${LOCAL_FIRST} your ${words} better than the muscles around ${many ? "them" : "it"}${check}.`;
};
const localBehind = (f: Facts) =>
  `The muscles around your ${complaintsInWords(f).words} may still be part of it.`;

/**
 * What the muscle itself cannot rule out, added to its explanation: seed 001's calf cramps from the lower back
 * "even if there are no complaints of lower back pain", and a joint that can hurt by itself.
 */
function localCaveats(f: Facts): string {
  let out = "";
  if (f.hasKind("calf", "cramp"))
    out +=
      " Calf cramps can also come from an irritated nerve root in the lower back, even without back pain; a " +
      "clinician can check for it.";
  const joints = f.input.complaints
    .filter((c) => ["knee", "hip_front", "foot_ankle"].includes(c.region) && !c.kinds.includes("strain"))
    .map((c) => (c.region === "hip_front" ? "hip" : c.region === "foot_ankle" ? "ankle or foot" : "knee"));
  if (joints.length)
    out += ` A ${[...new Set(joints)].join(" or ")} that hurts can also come from the joint itself, which a clinician can check.`;
  return out;
}

function scoreLocal(f: Facts): Score {
  const s = new Score("local_muscle");
  s.add(2.5, () => localFirst(f));
  const limb = f.input.complaints.filter((c) => !["low_back", "mid_back", "neck"].includes(c.region));
  const strain = limb.find((c) => c.kinds.includes("strain"));
  if (strain) s.add(1, () => `Your ${describeComplaint(strain)}: a strain is a local injury first.`);
  if (f.input.complaints.every((c) => c.recurrent === false)) s.add(0.5, "It is a first episode.");
  if (f.anyRecurrent) s.add(-1, "It keeps coming back, which is a reason to look elsewhere.");
  const slump = f.input.selfTests?.slump;
  if (slump?.left === "negative" && slump.right === "negative")
    s.add(0.5, "The slump test was negative on both sides.");
  // Seed 000's sciatic-bias check: a slump that reproduces symptoms on a side that hurts suggests nerve
  // sensitivity, beyond the muscle.
  const hurts = (side: string) =>
    f.input.complaints.some((c) => c.side === side || c.side === "both" || c.side === "central") ||
    f.legNerve.some((n) => n.side === side || n.side === "both");
  if (f.slumpPositive.some(hurts))
    s.add(-1, "The slump test reproduced symptoms on a side that hurts, which points beyond the muscle.");
  const calf = f.calfRaise;
  if (calf && calf.gap <= 2) s.add(0.5, () => `Calf raises even: ${calf.left} left, ${calf.right} right.`);
  const plank = minOf(f.input.selfTests?.sidePlank);
  if (plank !== undefined && plank >= THRESHOLDS.sidePlankGood)
    s.add(0.5, () => `Good trunk endurance (side plank ${plank} s or more).`);
  if (f.nerve.length) s.add(-1.5, "Nerve symptoms point beyond the muscle.");
  return s;
}

/** Each driver's scorer, in the contract's order (ties keep it). */
const SCORERS: readonly [DriverId, (f: Facts) => Score][] = [
  ["lumbar_nerve_root", scoreLumbarRoot],
  ["cervical_nerve_root", scoreCervicalRoot],
  ["peroneal_nerve_compression", scorePeroneal],
  ["lumbopelvic_control", scoreLumbopelvic],
  ["thoracic_neck_stiffness", scoreThoracic],
  ["lumbar_referral_sitting", scoreReferralSitting],
  ["trunk_control_deficit", scoreTrunkControl],
  ["calf_tightness_chain", scoreCalfTightness],
  ["abdominal_weakness_extensor_dominance", scoreAbdominal],
  ["glute_weakness_compensation", scoreGlute],
  ["local_muscle", scoreLocal],
];

/**
 * Whether the driver's chain ends where the person hurts: a complaint in one of its regions, or nerve symptoms in
 * its limb (the knowledge base's `regions` and `nerveLimb`).
 */
function explainsAComplaint(f: Facts, id: DriverId): boolean {
  const info = DRIVER_BY_ID.get(id)!;
  return info.regions.some((r) => f.regions.has(r)) || f.nerve.some((n) => n.limb === info.nerveLimb);
}

const ROOTS = [
  ["leg", "lumbar_nerve_root"],
  ["arm", "cervical_nerve_root"],
] as const;

/**
 * Seed 000's TL;DR: "If pain shoots, tingles, or burns down a limb, or you notice clear weakness, think nerve root
 * involvement (radiculopathy) until proven otherwise." With nerve symptoms below the knee or elbow (or, for the
 * leg, symptoms that the slump test reproduced on their side, or a clear one-sided weakness and a positive slump),
 * that limb's root, when it is a driver at all, ranks with the best other picture (ties keep the contract's order,
 * roots first), and says why.
 * The peroneal nerve keeps a lead it has: the contract's picture of a nerve pressed at the knee, with no back
 * signs, is the "otherwise".
 */
function rootsFirst(f: Facts, scored: { s: Score; score: number }[]) {
  const weakLeg = (clearCalfDrop(f.calfRaise) || f.heelWalkWeak.length > 0) && f.slumpPositive.length > 0;
  // Leg symptoms above the knee that the slump test reproduced on their side (seed 000's sciatic bias).
  const slumpLeg = f.legNerve.some((n) =>
    f.slumpPositive.some((side) => n.side === side || n.side === "both"),
  );
  for (const [limb, id] of ROOTS) {
    // Below the knee or elbow: the hallmark of a root (above it, pain is often referred from the spine's joints).
    const symptoms = f.nerve.some((n) => n.limb === limb && n.belowKneeOrElbow);
    const slumped = limb === "leg" && !symptoms && slumpLeg;
    if (!symptoms && !slumped && !(limb === "leg" && weakLeg)) continue;
    const root = scored.find((x) => x.s.id === id);
    if (!root || root.score < MIN_DRIVER_SCORE) continue;
    const best = Math.max(
      ...scored.filter((x) => x.s.id !== id && x.s.id !== "peroneal_nerve_compression").map((x) => x.score),
    );
    if (best <= root.score) continue;
    root.s.add(
      best - root.score,
      symptoms
        ? `With symptoms below the ${limb === "leg" ? "knee" : "elbow"}, an irritated nerve root is considered first, until a clinician rules it out.`
        : slumped
          ? "With symptoms down the leg that the slump test reproduced, an irritated nerve root is considered first, until a clinician rules it out."
          : "With a clear weakness on one side and a positive slump test, an irritated nerve root is considered first, until a clinician rules it out.",
    );
    root.score = best;
  }
}

/** Drivers below this score are not shown; `local_muscle` always is. */
export const MIN_DRIVER_SCORE = 1.5;
const MAX_DRIVERS = 5;

/**
 * Ranks the drivers, best first. Each carries the positive findings that support it (plain sentences citing
 * the person's answers) and a confidence in 0-1. Ties keep the contract's order, `local_muscle` last.
 */
export function rankDrivers(f: Facts, options: TraceOptions = {}): Traced<DriverResult[]> {
  const scored: { s: Score; order: number; score: number }[] = [];
  SCORERS.forEach(([id, scorer], order) => {
    // A driver is shown only where its chain ends: a complaint in one of its regions, or nerve symptoms in its
    // limb. Signs in the self-tests alone (tight calves in someone whose shoulder hurts) do not make it a driver
    // of the complaint, so it is not scored at all, unless the trace asks why.
    const explains = explainsAComplaint(f, id);
    if (!explains && !options.trace) return;
    const s = scorer(f);
    if (!explains) s.fit = 0;
    let raw = 0;
    for (const finding of s.findings) raw += finding.weight;
    scored.push({ s, order, score: Math.round(raw * s.fit * 100) / 100 });
  });
  rootsFirst(f, scored);
  // The muscle itself is always a candidate, but is not listed below others at no fit at all ("fits 0 %").
  const listed = scored.filter((x) => x.s.id !== "local_muscle" && x.score >= MIN_DRIVER_SCORE).length;
  const ranked = scored
    .filter((x) =>
      x.s.id === "local_muscle" ? confidenceOf(x.score) > 0 || listed === 0 : x.score >= MIN_DRIVER_SCORE,
    )
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_DRIVERS);
  const trace: TraceEntry[] = !options.trace
    ? []
    : scored.map((x) => ({
        engine: "drivers",
        rule: `driver:${x.s.id}`,
        source: DRIVER_BY_ID.get(x.s.id)?.source[0],
        facts: { score: x.score, fit: x.s.fit, findings: x.s.findings.map((g) => [g.weight, textOf(g)]) },
      }));
  const result = ranked.map(({ s, score }, rank) => {
    const info = DRIVER_BY_ID.get(s.id);
    const findings: string[] = [];
    for (const finding of s.findings) if (finding.weight > 0) findings.push(textOf(finding));
    if (rank > 0 && s.id === "local_muscle" && findings[0]?.startsWith(LOCAL_FIRST))
      findings[0] = localBehind(f);
    const explanation = info?.explanation ?? "";
    const out: DriverResult = {
      id: s.id,
      confidence: confidenceOf(score),
      findings,
      explanation: s.id === "local_muscle" ? explanation + localCaveats(f) : explanation,
    };
    if (s.levels) out.levels = s.levels;
    return out;
  });
  return { result, trace };
}
