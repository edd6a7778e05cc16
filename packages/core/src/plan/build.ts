/** The 8-phase plan: phases chosen and dosed from the drivers, the symptoms and the persona. */
import type { AvoidId, DriverId, EscalationId, ExerciseId, PhaseId, Persona } from "../contract/ids.js";
import type { Dose, DriverResult, Plan, PlanItem, PlanPhase } from "../contract/schema.js";
import { joinWords, type Facts } from "../assess/facts.js";
import { STUCK_CALF_GAP, STUCK_WEEKS } from "../escalations/evaluate.js";
import { AVOID_BY_ID } from "../knowledge/avoid.js";
import { getExercise } from "../knowledge/exercises.js";
import type { Traced, TraceEntry, TraceOptions } from "../trace/trace.js";
import { DEMANDS, HEAT, PHASE_INFO } from "./phases.js";

/** The contract's fixed pain and progression rules (version 1). */
export const PLAN_RULES: Plan["rules"] = { painDuringMax: 3, regressAt: 5, weeklyIncreasePercent: [10, 20] };

/** Drivers that run through the lower back and trunk: they all call for spine-sparing core endurance. */
const TRUNK_DRIVERS: DriverId[] = [
  "lumbar_nerve_root",
  "lumbopelvic_control",
  "abdominal_weakness_extensor_dominance",
  "glute_weakness_compensation",
  "trunk_control_deficit",
  "lumbar_referral_sitting",
];

interface Context {
  f: Facts;
  persona: Persona;
  /** The top driver and any close runner-up: what the plan treats. */
  active: Set<DriverId>;
  top: DriverId;
  /** Whether the result already tells the person to see a clinician (a yellow light or an escalation). */
  clinicianAdvised: boolean;
  /** The "stuck?" escalations the result gives. */
  escalations: ReadonlySet<EscalationId>;
}

/** Each avoid item as a plan shows it: made once and shared by every plan, which is read, never changed. */
const AVOID_ENTRY = new Map<AvoidId, Plan["avoid"][number]>(
  [...AVOID_BY_ID.values()].map((a) => [a.id, Object.freeze({ id: a.id, reason: a.reason })]),
);

class PlanDraft {
  private readonly phases = new Map<PhaseId, PlanItem[]>();
  private readonly used = new Set<ExerciseId>();
  readonly avoid = new Map<AvoidId, string>();
  readonly trace: TraceEntry[] = [];

  constructor(private readonly tracing: boolean) {}

  /** Adds an exercise to a phase once; an exercise already in an earlier phase is not repeated. */
  add(
    phase: PhaseId,
    id: ExerciseId,
    why: string,
    tweak?: { dose?: Dose } & Pick<PlanItem, "note" | "fromWeek" | "side">,
  ) {
    if (this.used.has(id)) return;
    const exercise = getExercise(id);
    const preset = exercise.doses[phase] ?? Object.values(exercise.doses)[0];
    if (!preset) throw new Error(`exercise ${id} has no dose`);
    // The library's dose is frozen, so an untouched item can share it rather than copy it.
    const item: PlanItem = {
      exercise: id,
      dose: tweak?.dose ? { ...preset.dose, ...tweak.dose } : preset.dose,
      frequency: preset.frequency,
    };
    if (tweak?.note) item.note = tweak.note;
    if (tweak?.fromWeek) item.fromWeek = tweak.fromWeek;
    if (tweak?.side) item.side = tweak.side;
    this.used.add(id);
    const list = this.phases.get(phase);
    if (list) list.push(item);
    else this.phases.set(phase, [item]);
    if (this.tracing)
      this.trace.push({ engine: "plan", rule: `${phase}:${id}`, note: why, source: exercise.source[0] });
  }

  has(id: ExerciseId) {
    return this.used.has(id);
  }

  /** Adds a sentence to the note of an exercise the plan has. */
  addNote(id: ExerciseId, note: string) {
    for (const items of this.phases.values())
      for (const item of items)
        if (item.exercise === id) item.note = item.note ? `${item.note} ${note}` : note;
  }

  ensurePhase(phase: PhaseId) {
    if (!this.phases.has(phase)) this.phases.set(phase, []);
  }

  /** Reasons said to this person instead of the library's, where it would speak of what they did not say. */
  readonly avoidReason = new Map<AvoidId, string>();

  avoidItem(id: AvoidId, why: string, reason?: string) {
    if (this.avoid.has(id)) return;
    this.avoid.set(id, why);
    if (reason) this.avoidReason.set(id, reason);
    if (this.tracing)
      this.trace.push({
        engine: "plan",
        rule: `avoid:${id}`,
        note: why,
        source: AVOID_BY_ID.get(id)?.source[0],
      });
  }

  phaseList(
    guidance: Partial<Record<PhaseId, string[]>>,
    words: {
      why?: Partial<Record<PhaseId, string>>;
      title?: Partial<Record<PhaseId, string>>;
      /** The calm phase's word on heat and ice for this person: null leaves it out. */
      heat?: string | null | undefined;
      demands?: string | undefined;
      /** What some phases wait for, said before their "why": they are not scheduled until it is met. */
      hold?: { text: string; phases: readonly PhaseId[] } | undefined;
    } = {},
  ): PlanPhase[] {
    const out: PlanPhase[] = [];
    for (const p of PHASE_INFO) {
      const items = this.phases.get(p.id);
      if (!items) continue;
      const title = words.title?.[p.id] ?? p.title;
      const why = words.why?.[p.id] ?? p.why;
      const phase: PlanPhase = words.hold?.phases.includes(p.id)
        ? { id: p.id, title, why: `${words.hold.text} ${why}`, items, onHold: true }
        : { id: p.id, title, why, items };
      // PHASE_INFO's guidance is frozen: a plan that changes and adds nothing shares it.
      let base = p.guidance;
      const heat = words.heat;
      if (heat !== undefined && base.includes(HEAT))
        base = heat === null ? base.filter((g) => g !== HEAT) : base.map((g) => (g === HEAT ? heat : g));
      const demands = words.demands;
      if (demands && base.includes(DEMANDS)) base = base.map((g) => (g === DEMANDS ? demands : g));
      const extra = guidance[p.id];
      // The calm phase's additions are warnings: they come first.
      if (extra?.length) phase.guidance = p.id === "calm" ? [...extra, ...base] : [...base, ...extra];
      else if (base.length) phase.guidance = base;
      out.push(phase);
    }
    return out;
  }
}

function activeDrivers(drivers: DriverResult[]): Set<DriverId> {
  const top = drivers[0];
  const set = new Set<DriverId>(top ? [top.id] : ["local_muscle"]);
  const second = drivers[1];
  if (top && second && second.confidence >= 0.6 && second.confidence >= top.confidence - 0.2)
    set.add(second.id);
  return set;
}

function calm(d: PlanDraft, c: Context) {
  const { f } = c;
  // Seed 000's desk worker: "stand or walk every 25 minutes; set a timer".
  d.add(
    "calm",
    "position_changes",
    "change positions every 20-30 minutes",
    c.persona === "desk_worker" ? { note: "At the desk, set a timer for every 25 minutes." } : undefined,
  );
  const upperOnly = f.input.complaints.every((x) =>
    ["neck", "shoulder", "arm", "mid_back"].includes(x.region),
  );
  // Seed 000's decision helper, for pain down a leg or an arm: "start nerve glides and short walks".
  if (!upperOnly || c.persona === "older_adult" || f.nerve.length) {
    const cannotWalk = f.input.status?.walk10MinWithoutSpike === false;
    d.add(
      "calm",
      "walk_short_bouts",
      "walking is spinal nourishment",
      cannotWalk
        ? { dose: { minutes: 3 }, note: "Start with 3-minute bouts: stop before the pain spikes." }
        : morningRoutine(c)
          ? { note: "Make one of them a 10-minute walk after breakfast." }
          : undefined,
    );
  }
  // The library's relief positions unload the back: for a back, or a leg whose nerve symptoms come from it.
  if (f.backComplaint || f.hasKind("mid_back", "spasm") || f.legNerve.length)
    d.add("calm", "relief_positions", "relief postures for flares");
}

function decompress(d: PlanDraft, c: Context) {
  const { f, active } = c;
  const spineLinked =
    f.spineComplaint ||
    f.nerve.length > 0 ||
    f.hasRegion("glute", "hip_front") ||
    [...active].some(
      (id) => TRUNK_DRIVERS.includes(id) || id === "thoracic_neck_stiffness" || id === "cervical_nerve_root",
    );
  if (!spineLinked) return;
  d.add("decompress", "breathing_90_90", "90/90 breathing calms guarded muscles");
  if (
    f.backComplaint ||
    f.hasRegion("glute") ||
    c.persona === "older_adult" ||
    active.has("abdominal_weakness_extensor_dominance") ||
    active.has("lumbopelvic_control")
  ) {
    d.add(
      "decompress",
      "pelvic_tilts",
      "find neutral without pinching",
      morningRoutine(c) ? { note: "Do them in bed in the morning, before you get up." } : undefined,
    );
  }
}

/** Seed 000's older adult with morning stiffness, week 1: "gentle pelvic tilts in bed, then a 10-minute walk after breakfast". */
const morningRoutine = (c: Context) =>
  c.persona === "older_adult" && (c.f.input.status?.morningStiffnessMinutes ?? 0) > 0;

function coreEndurance(d: PlanDraft, c: Context) {
  const { f, active, persona } = c;
  const needed =
    [...active].some((id) => TRUNK_DRIVERS.includes(id)) ||
    f.backComplaint ||
    (active.has("calf_tightness_chain") && f.backComplaint) ||
    ["lifter", "older_adult", "desk_worker"].includes(persona) ||
    // Seed 000's decision helper: pain down a leg or arm, or numbness: "start nerve glides and short walks, add
    // the core circuit".
    f.nerve.length > 0;
  if (!needed) return;
  const plank = [f.input.selfTests?.sidePlank?.left, f.input.selfTests?.sidePlank?.right].filter(
    (v): v is number => v !== undefined,
  );
  const weakPlank = plank.length > 0 && Math.min(...plank) < 20;
  if (active.has("abdominal_weakness_extensor_dominance")) {
    d.add("core_endurance", "abdominal_bracing", "abdominals first for spasm-prone backs");
  }
  d.add("core_endurance", "curl_up", "spine-sparing abdominal endurance");
  const start = weakPlank
    ? `Start on your knees: ${plank.length > 1 ? "your weaker side held" : "your side plank held"} ${Math.min(...plank)} s; aim for 20-30 s with good form.`
    : persona === "older_adult" && plank.length === 0
      ? "Start on your knees (a light circuit); move to your feet once 20-30 s is easy."
      : undefined;
  // Leaning on the forearm loads the arm and shoulder of an irritated neck root.
  const arm = !f.armNerve.length
    ? undefined
    : bothSides(f, "arm")
      ? "If leaning on a forearm stirs your arm symptoms, leave it out for now."
      : "If leaning on a forearm stirs your arm symptoms, hold it on the other side only, or leave it out for now.";
  const note = [start, arm].filter(Boolean).join(" ");
  d.add("core_endurance", "side_plank", "trunk endurance", note ? { note } : undefined);
  d.add("core_endurance", "bird_dog", "control with a quiet spine");
}

/** The one side a glide is for, when every sign of the nerve (symptoms, a positive slump) is on that side. */
function glideSide(
  nerve: Facts["legNerve"],
  slump: readonly string[] = [],
): Pick<PlanItem, "side"> | undefined {
  const sides = new Set([...nerve.map((n) => n.side), ...slump]);
  const [only] = sides;
  return sides.size === 1 && (only === "left" || only === "right") ? { side: only } : undefined;
}

function nerveMobility(d: PlanDraft, c: Context) {
  const { f, active } = c;
  if (f.legNerve.length > 0 || (f.slumpPositive.length > 0 && active.has("lumbar_nerve_root"))) {
    d.add(
      "nerve_mobility",
      "slump_nerve_glide",
      "radiating leg symptoms: nerve glides, less is more",
      glideSide(f.legNerve, f.slumpPositive),
    );
  }
  // As for the leg: glides are for a nerve that is sensitive (radiating or neurological symptoms). Neck pain with
  // arm weakness alone names the cervical root as the driver, but the neck work in restore_chain answers it.
  if (f.armNerve.length > 0) {
    d.add(
      "nerve_mobility",
      "median_nerve_glide",
      "arm symptoms: median nerve glides, mild stretch only",
      glideSide(f.armNerve),
    );
  }
}

/**
 * What seed 000's personas add in their week 2 starts in the program's second week when the plan is made at the
 * start; a re-assessment after the first week has it at once.
 */
function weekTwo(c: Context): { fromWeek: number; note: string } | undefined {
  if ((c.f.input.programWeeks ?? 0) >= 1) return undefined;
  return { fromWeek: 2, note: "From week 2, once the first week's moves are familiar." };
}

function restoreChain(d: PlanDraft, c: Context) {
  const { f, active, persona } = c;
  const desk = persona === "desk_worker" || f.activity("desk_work");
  // Seed 000's older adult with morning stiffness, week 2: supported hip hinges and thoracic rotations in a chair.
  const olderStiff = persona === "older_adult" && (f.spineComplaint || f.hasKind("any", "stiffness"));
  const hinge =
    active.has("lumbopelvic_control") ||
    persona === "lifter" ||
    (f.hasRegion("hamstring") && active.has("glute_weakness_compensation"));
  if (persona === "older_adult" && (hinge || olderStiff)) {
    // Seed 000's older adult, week 2: "hip hinges with support".
    d.add(
      "restore_chain",
      "hip_hinge",
      "hinge at the hips, holding a counter or chair back",
      plusNote(weekTwo(c), "Hold a counter or the back of a chair."),
    );
  } else if (hinge) {
    d.add("restore_chain", "hip_hinge", "hinge at the hips, not the back");
  } else if (persona === "runner") {
    // Seed 000's runner with calf or hamstring issues, week 2: "hip hinge practice".
    d.add("restore_chain", "hip_hinge", "the runner's hip hinge practice", weekTwo(c));
  }
  if (
    active.has("thoracic_neck_stiffness") ||
    active.has("cervical_nerve_root") ||
    (desk && f.hasRegion("neck", "shoulder", "mid_back"))
  ) {
    d.add("restore_chain", "thoracic_mobility", "mobile upper back, freer shoulder");
    d.add("restore_chain", "chin_tucks", "neck control");
  } else if (f.hasRegion("neck")) {
    // Seed 000's neck and upper-back row and its desk worker "with neck pain": thoracic mobility and chin tucks.
    d.add("restore_chain", "thoracic_mobility", "a stiff upper back loads the neck");
    d.add("restore_chain", "chin_tucks", "neck control");
  }
  // The lifter's week 2 (seed 000): "anti-rotation work and thoracic mobility between sets".
  if (f.hasRegion("mid_back") || persona === "lifter")
    d.add(
      "restore_chain",
      "thoracic_mobility",
      "upper-back mobility",
      f.hasRegion("mid_back") ? undefined : weekTwo(c),
    );
  const antiRotation = active.has("trunk_control_deficit") || active.has("lumbopelvic_control");
  if (antiRotation || persona === "lifter") {
    // Kneeling on a knee that hurts, or for an older adult, the library's easier version stands.
    const standing =
      persona === "older_adult" || f.hasRegion("knee")
        ? "Do it standing, feet hip-width apart, rather than kneeling."
        : undefined;
    const week = antiRotation ? undefined : weekTwo(c);
    d.add("restore_chain", "pallof_press", "anti-rotation control", plusNote(week, standing));
  }
  if (active.has("lumbar_referral_sitting") || f.hasRegion("glute")) {
    d.add("restore_chain", "hip_external_rotation", "gentle hip external rotation for a guarding glute");
  }
  const calfTight = f.hasKind("calf", "tightness", "cramp", "stiffness");
  if (active.has("calf_tightness_chain") || (c.top === "local_muscle" && calfTight)) {
    d.add("restore_chain", "gastrocnemius_stretch", "restore calf length (straight knee)");
    d.add("restore_chain", "soleus_stretch", "restore calf length (bent knee)");
    if (active.has("calf_tightness_chain")) {
      d.add("restore_chain", "foam_roll_calf", "release calf tightness");
      d.add("restore_chain", "ankle_rocks", "ankle dorsiflexion");
    }
  }
  if (olderStiff)
    d.add("restore_chain", "thoracic_rotation_seated", "gentle spine rotation in a chair", weekTwo(c));
  // Seed 000: "If a step increases symptoms by a lot, back up one step": the self-test's extension stirred it.
  if (f.input.selfTests?.thoracicExtension === "worse")
    d.addNote(
      "thoracic_mobility",
      "Extension over a chair made your shoulder worse: do the open books (turning) rather than the roller, and stop if either stirs the shoulder.",
    );
}

/**
 * A hamstring lowering tensions the sciatic nerve: with leg symptoms or a positive slump it waits for them to settle
 * (seed 000: "avoid loaded flexion if it provokes leg pain").
 */
function withNerveCaution(c: Context, tweak: Tweak | undefined) {
  if (!c.f.legNerve.length && !c.f.slumpPositive.length) return tweak;
  return plusNote(
    tweak,
    "With leg symptoms, start these once they have settled, and stop if they bring on leg pain.",
  );
}

type Tweak = { fromWeek?: number; note?: string };

/** A plan item's tweak with a sentence added to its note (undefined: nothing to add to). */
function plusNote(tweak: Tweak | undefined, note: string | undefined): Tweak | undefined {
  if (!note) return tweak;
  return { ...tweak, note: tweak?.note ? `${tweak.note} ${note}` : note };
}

/**
 * Where single-leg calf raises start when a side tired before the dose's reps in the self-test: at what it can
 * do, or on both feet when it managed under 3. Undefined when the dose suits both sides.
 */
function calfRaiseStart(cr: Facts["calfRaise"]): string | undefined {
  const reps = getExercise("calf_raise_bent_knee").doses.reload?.dose.reps ?? 10;
  if (!cr) return undefined;
  const weaker = Math.min(cr.left, cr.right);
  if (weaker >= reps) return undefined;
  const who = cr.weaker ? `Your ${cr.weaker} side` : "Each side";
  const managed = `${who} managed ${weaker} in the self-test`;
  if (weaker < 3)
    return `${managed}: start with both feet on the floor, leaning onto ${cr.weaker ? "that side" : "one foot, then the other"}, until one foot can do a few on its own; then build towards ${reps}.`;
  return cr.weaker
    ? `${managed}: on that side, do ${weaker - 2}-${weaker} reps a set for now and build towards ${reps}; the other side does the full dose.`
    : `${managed}: do ${weaker - 2}-${weaker} reps a set for now and build towards ${reps}.`;
}

/**
 * Seed 000's hamstring that kept tightening with poor trunk endurance: "two weeks of spine endurance work and hip
 * hinge drills, then slow eccentrics". A re-assessment two weeks in or later starts them at once.
 */
const hingeFirst = (c: Context) =>
  c.f.hasRegion("hamstring") && c.active.has("lumbopelvic_control") && (c.f.input.programWeeks ?? 0) < 2;

function reload(d: PlanDraft, c: Context) {
  const { f, active, persona } = c;
  const why = "reload the muscle that complains";
  if (
    f.hasRegion("calf", "foot_ankle") ||
    (active.has("lumbar_nerve_root") && c.active.size && f.calfRaise && f.calfRaise.gap > 5)
  ) {
    // Seed 000's runner with calf cramps and numb toes: walks and nerve glides first; "he reloaded with bent-knee
    // calf raises" once they had eased symptoms.
    const start = plusNote(undefined, calfRaiseStart(f.calfRaise));
    const tweak = f.legNerve.length ? withNerveCaution(c, start) : start;
    d.add("reload", "calf_raise_bent_knee", `${why}: soleus`, tweak);
    d.add("reload", "calf_raise_straight_knee", `${why}: gastrocnemius`, tweak);
  }
  if (f.hasRegion("hamstring")) {
    d.add(
      "reload",
      "hamstring_slow_eccentrics",
      `${why}: slow eccentrics`,
      withNerveCaution(
        c,
        hingeFirst(c)
          ? {
              fromWeek: 3,
              note: "From week 3: two weeks of core endurance and hip-hinge drills come first, so the hinge is sound before it is loaded.",
            }
          : // The runner's week 2 (seed 000): "add hamstring sliders".
            persona === "runner"
            ? weekTwo(c)
            : undefined,
      ),
    );
  } else if (persona === "runner" && f.hasRegion("calf")) {
    // Seed 000's "runner with calf/hamstring issues", week 2: "add hamstring sliders 3 x 6".
    d.add(
      "reload",
      "hamstring_slow_eccentrics",
      "the runner's hamstring sliders",
      withNerveCaution(c, weekTwo(c)),
    );
  }
  if (f.hasRegion("shoulder")) d.add("reload", "sidelying_external_rotation", `${why}: rotator cuff`);
  if (
    f.hasRegion("shoulder", "mid_back") ||
    active.has("thoracic_neck_stiffness") ||
    (persona === "desk_worker" && f.hasRegion("neck"))
  ) {
    // The desk worker's week 2 (seed 000): "add band pull-aparts and wall slides".
    const deskWeekTwo = persona === "desk_worker" ? weekTwo(c) : undefined;
    // The arm waits to be loaded while its nerve symptoms last (extraGuidance): the shoulder blade's work goes on
    // only where it leaves them quiet.
    const quiet = f.armNerve.length ? "Only if they leave your arm symptoms quiet." : undefined;
    const tweak = plusNote(deskWeekTwo, quiet);
    d.add("reload", "band_pull_apart", "scapular control", tweak);
    d.add("reload", "wall_slides", "scapular control", tweak);
  }
  if (f.hasRegion("adductor") || active.has("trunk_control_deficit")) {
    d.add("reload", "copenhagen_plank", "Copenhagen plank progressions", {
      note: "Start with the short-lever version (knee on the bench); move to the long lever (foot on the bench) once it is easy and pain-free.",
    });
  }
  if (f.legNerve.length && active.has("lumbar_nerve_root") && f.heelWalkWeak.length) {
    d.add("reload", "heel_walking", "wake up the foot lifters (L5)");
  }
  if (
    active.has("peroneal_nerve_compression") ||
    f.hasKind("shin_front", "weakness") ||
    // The foot lifters are the muscle at the front of the shin: weak on the heel walk, they are what complains.
    (f.hasRegion("shin_front") && f.heelWalkWeak.length) ||
    (active.has("lumbar_nerve_root") && f.heelWalkWeak.length)
  ) {
    d.add("reload", "heel_walking", "shortening contractions for the foot lifters");
  }
  const gluteWork =
    f.hasRegion("glute", "knee", "hip_front", "low_back") ||
    active.has("glute_weakness_compensation") ||
    active.has("calf_tightness_chain") ||
    active.has("abdominal_weakness_extensor_dominance") ||
    active.has("lumbar_referral_sitting");
  if (gluteWork) d.add("reload", "glute_bridge", "glutes steady the pelvis");
  if (
    active.has("glute_weakness_compensation") ||
    active.has("calf_tightness_chain") ||
    f.hasRegion("glute", "knee")
  ) {
    d.add("reload", "hip_abduction", "hip stability");
  }
  if (persona === "older_adult") d.add("reload", "sit_to_stand", "everyday leg strength", weekTwo(c));
  else if (f.hasRegion("knee") || active.has("calf_tightness_chain"))
    d.add("reload", "squat", "squat with heels down");
  // The library holds no exercise for the arm's own muscles: the phase says how to pick one (extraGuidance).
  if (f.hasRegion("arm")) d.ensurePhase("reload");
}

function progress(d: PlanDraft, c: Context) {
  const { f, persona } = c;
  d.ensurePhase("progress");
  const lowerBody = f.hasRegion(
    "calf",
    "hamstring",
    "foot_ankle",
    "knee",
    "shin_front",
    "glute",
    "adductor",
    "low_back",
  );
  if (persona === "runner" && lowerBody)
    d.add("progress", "walk_run_intervals", "return to running on the flat", runningWaits(c));
  if (persona === "lifter") d.add("progress", "squat", "pause squats while the hinge improves");
  if (persona === "older_adult") d.add("progress", "sit_to_stand", "sit-to-stand sets");
  d.add("progress", "walk_short_bouts", "build walking time");
}

/**
 * Running loads the hamstrings and calves at speed: it waits with the slow hamstring lowering for the hinge (the
 * seed's hamstring "returned to full sprinting" last), and for the first week of a strain under 2 weeks old (seed
 * 000: calm the system for 2-7 days, reload, then layer in the demands).
 */
function runningWaits(c: Context): { fromWeek: number; note: string } | undefined {
  const { input } = c.f;
  const freshStrain =
    (input.programWeeks ?? 0) < 1 &&
    input.complaints.some(
      (x) =>
        (x.region === "hamstring" || x.region === "calf") &&
        x.kinds.includes("strain") &&
        x.weeks !== undefined &&
        x.weeks < 2,
    );
  const week = hingeFirst(c) ? 3 : freshStrain ? 2 : 1;
  if (week < 2) return undefined;
  return {
    fromWeek: week,
    note: `From week ${week}, once brisk walking and the reload exercises above are comfortable (0-3/10).`,
  };
}

function avoidList(d: PlanDraft, c: Context) {
  const { f, active, persona } = c;
  d.avoidItem("bed_rest", "always: gentle movement beats rest");
  // "Without red flags" is the reason a person reads: with a systemic sign that made the light yellow, whether
  // to scan is the clinician's call.
  if (!Object.values(f.input.redFlags ?? {}).some(Boolean))
    d.avoidItem(
      "early_imaging",
      "no red flags",
      // Past 6 weeks the "first 6 weeks of care" are behind the person: whether to scan is the clinician's call.
      f.maxWeeks > 6
        ? "Without red flags, a scan rarely changes the care of pain like this; the clinician you see can decide whether one would help."
        : undefined,
    );
  if (d.has("curl_up") || f.backComplaint) d.avoidItem("heavy_planks_and_situps", "core endurance first");
  if (
    f.hasRegion("hamstring") ||
    active.has("lumbopelvic_control") ||
    active.has("abdominal_weakness_extensor_dominance") ||
    active.has("lumbar_nerve_root") ||
    f.input.status?.stretchRelief === "brief" ||
    f.hasKind("any", "spasm")
  ) {
    d.avoidItem("aggressive_stretching", "guarding muscles and irritated nerves");
  }
  if (
    active.has("abdominal_weakness_extensor_dominance") ||
    f.hasKind("low_back", "spasm") ||
    (f.backComplaint && f.anyRecurrent)
  ) {
    d.avoidItem("back_extension_exercises", "spasm-prone back");
  }
  if (
    f.legNerve.length ||
    active.has("lumbar_nerve_root") ||
    (persona === "lifter" && f.backComplaint) ||
    (f.backComplaint && f.aggravates("bending"))
  ) {
    d.avoidItem("loaded_flexion", "leg symptoms or back pain with bending");
  }
  const sitting = f.input.habits?.sittingHoursPerDay ?? 0;
  if (
    f.aggravates("sitting") ||
    sitting >= 6 ||
    f.activity("desk_work") ||
    active.has("lumbar_referral_sitting") ||
    active.has("lumbar_nerve_root")
  ) {
    d.avoidItem("long_unbroken_sitting", "sitting loads the back");
  }
  if (
    active.has("abdominal_weakness_extensor_dominance") ||
    f.hasKind("low_back", "spasm") ||
    (persona === "lifter" && f.backComplaint)
  ) {
    d.avoidItem("brace_reliance", "a brace is a short-term aid");
  }
  if (f.input.habits?.crossesLegs || active.has("peroneal_nerve_compression"))
    d.avoidItem("crossing_legs", "peroneal nerve");
  // Said as a condition to someone not asked; not at all to someone who said they do not wear them.
  if (
    f.input.habits?.highHeels ||
    (active.has("calf_tightness_chain") && f.input.habits?.highHeels !== false)
  )
    d.avoidItem(
      "high_heels",
      "short calves",
      // Said as a condition ("if you wear high heels") unless the person said they do.
      f.input.habits?.highHeels
        ? "Choose flat shoes for now: heels keep the calves short, which limits the ankle and loads the lower back."
        : undefined,
    );
}

/** The phases a fever or an infection risk holds until a clinician has seen the person. */
const WAIT_FOR_CLINICIAN: readonly PhaseId[] = [
  "core_endurance",
  "nerve_mobility",
  "restore_chain",
  "reload",
  "progress",
];

/**
 * A phase's title and "why" for this person, where the standard ones speak of what they do not have or do, or of
 * a time that is past (a re-assessment is not in its "first 2-7 days").
 */
function phaseWords(c: Context, d: PlanDraft) {
  const title: Partial<Record<PhaseId, string>> = {};
  if ((c.f.input.programWeeks ?? 0) >= 1) title.calm = "Calm the system (daily, and more on days it flares)";
  const why: Partial<Record<PhaseId, string>> = {};
  const flags = c.f.input.redFlags;
  const infection = flags?.fever === true || flags?.infectionRisk === true;
  const sign = flags?.fever ? "the fever has gone" : "the infection risk is checked";
  const nightPain = c.f.input.status?.nightPain === true;
  const hold = infection
    ? // A fever or an infection risk away from the spine is yellow (the contract), but not a time to exercise
      // the sore part: stretching, rolling, loading and running wait; easy walks and position changes do not.
      {
        text: `Not yet: hold this step until ${sign} and a clinician has seen you; keep to easy walks and position changes.`,
        phases: WAIT_FOR_CLINICIAN,
      }
    : nightPain && (flags?.cancerHistory === true || flags?.unexplainedWeightLoss === true)
      ? // Pain at night beside a history of cancer or weight loss: loading waits for the clinician's check.
        {
          text: "Not yet: hold this step until a clinician has checked your pain at night.",
          phases: ["reload", "progress"] as const,
        }
      : c.f.input.status?.walk10MinWithoutSpike === false
        ? // Seed 000's green light, "you can walk 10 minutes without pain spiking", is when reloading starts.
          {
            text: "Not yet: start this step once you can walk 10 minutes without the pain spiking; until then keep to the steps above.",
            phases: ["reload", "progress"] as const,
          }
        : undefined;
  if (!c.f.spineComplaint)
    why.core_endurance =
      "A steady trunk is the base the hips, legs and shoulders work from: low load, many controlled " +
      "repetitions, the spine kept quiet.";
  if (!d.has("pelvic_tilts"))
    why.decompress =
      "Slow breathing calms guarding muscles and lets the trunk settle into a comfortable neutral.";
  // Seed 000: "heat helps tight, guarded muscles; ice can dull sharp flares". A strain of the last few days is
  // the sharp flare: ice first. With a fever or an infection risk, neither.
  const freshStrain = c.f.input.complaints.some(
    (x) => x.kinds.includes("strain") && x.weeks !== undefined && x.weeks < 1,
  );
  const heat = infection
    ? null
    : freshStrain
      ? "For a strain in its first few days, ice can dull the pain; heat helps once it has settled and feels tight."
      : undefined;
  return { title, why, heat, demands: demandsOf(c.f), hold };
}

/**
 * Seed 000, step 7: "layer in the demands you actually face". The person's activities and what brings the pain
 * on name them; an answer that names none keeps the seed's own list.
 */
function demandsOf(f: Facts): string | undefined {
  const demands = new Set<string>();
  if (f.activity("running") || f.aggravates("running")) demands.add("longer and faster runs");
  if (f.aggravates("hills")) demands.add("hills");
  if (f.activity("field_sport") || f.aggravates("cutting")) demands.add("sprinting and cutting");
  if (f.activity("lifting") || f.activity("manual_work") || f.aggravates("lifting"))
    demands.add("heavier lifting and carrying");
  if (f.aggravates("bending") || f.aggravates("repetitive_bending")) demands.add("bending");
  if (f.hasRegion("shoulder", "arm") || f.aggravates("overhead_reach")) demands.add("reaching overhead");
  if (f.activity("walking") || f.aggravates("walking")) demands.add("longer walks and stairs");
  if (f.activity("cycling")) demands.add("longer rides");
  if (f.activity("standing_work") || f.aggravates("standing")) demands.add("long days on your feet");
  if (f.activity("desk_work")) demands.add("long days at a desk, broken up");
  else if (f.aggravates("sitting")) demands.add("long sits, broken up");
  if (!demands.size) return undefined;
  return `Then layer in the demands you actually face: ${joinWords([...demands])}.`;
}

/** Whether the nerve symptoms in a limb are on both sides. */
function bothSides(f: Facts, limb: "leg" | "arm"): boolean {
  const sides = f.nerve.filter((n) => n.limb === limb).map((n) => n.side);
  return sides.includes("both") || (sides.includes("left") && sides.includes("right"));
}

/**
 * A weak self-test's note: test it again each week, when to see a clinician (or show the one already advised),
 * and what cannot wait.
 */
function retestNote(
  c: Context,
  /** `seeIf`: when to see a clinician; absent, soon. */
  t: { finding: string; it: "it" | "them"; seeIf?: string; worse: string },
) {
  const when = c.clinicianAdvised
    ? `show the clinician you see, and test ${t.it} again each week; `
    : t.seeIf === undefined
      ? `see a clinician soon to check ${t.it}, and test ${t.it} again each week; `
      : `test ${t.it} again each week. ${t.seeIf}, see a clinician; `;
  return `${t.finding}: ${when}if ${t.worse}, get seen promptly.`;
}

function extraGuidance(c: Context, protein: number | undefined): Partial<Record<PhaseId, string[]>> {
  const { f, persona } = c;
  const out: Partial<Record<PhaseId, string[]>> = {};
  const progressNotes: string[] = [];
  if (persona === "lifter" && c.escalations.has("pain_with_light_loads")) {
    // The lifter's "Stuck?" has fired: trimming and climbing back up did not settle it.
    progressNotes.push(
      "Keep your lifting loads where they are, no heavier, until a clinician has looked at your set-up and ruled " +
        "out nerve involvement.",
    );
  } else if (persona === "lifter") {
    // Seed 000's lifter has a "back pinch on pulls": the deadlift swap is for a back or the legs it loads.
    progressNotes.push(
      f.backComplaint || f.hasRegion("hamstring", "glute", "hip_front")
        ? "Trim your lifting loads by 10-20 % for two weeks while you build spine endurance and fix your hinge; " +
            "swap conventional deadlifts for a trap bar or RDL; then climb back up."
        : "Trim your lifting loads by 10-20 % for two weeks, and ease off the lifts that provoke it (overhead " +
            "and pressing lifts for a shoulder); then climb back up.",
    );
  }
  if (persona === "runner") {
    progressNotes.push(
      "Keep the runs easy, with short quick steps (about 170-180 steps a minute); add hills last.",
    );
  }
  if (persona === "field_athlete") {
    // Seed 000: the field-sport row's "sprint mechanics", the footballer who "returned to full sprinting after six
    // weeks", and the hill checklist's "drive arms; avoid overstriding".
    progressNotes.push(
      "Bring sprinting back in steps, each after a clean week: easy runs, then strides, then full sprints and " +
        "cutting. Drive the arms and do not overstride.",
    );
  }
  if (f.heelWalkWeak.length) {
    // Seed 000: clear weakness means a nerve until proven otherwise; progressive weakness is a red light. Weak
    // foot lifters alone do not change the light (the contract), so the plan says when they should.
    const sides = f.heelWalkWeak.length > 1 ? "on both sides" : `on the ${f.heelWalkWeak[0]} side`;
    progressNotes.push(
      retestNote(c, {
        finding: `Your heel walk was weak ${sides}`,
        it: "it",
        // Seed 000: "clear weakness" is a nerve root "until proven otherwise", which is a clinician's to prove: no
        // `seeIf`, so the note says to see one soon.
        worse: "it gets weaker, or the foot starts to catch or slap as you walk",
      }),
    );
  }
  const cr = f.calfRaise;
  if (cr && cr.gap > STUCK_CALF_GAP && (f.input.programWeeks ?? 0) < STUCK_WEEKS.calfRaise) {
    // Seed 000's runner, "Stuck?": calf raises that still differ by more than 5 after 2 weeks need a clinician
    // (an escalation from then on). Until then the plan says so, and what cannot wait.
    progressNotes.push(
      retestNote(c, {
        finding: `Your single-leg calf raises differ by ${cr.gap} (left ${cr.left}, right ${cr.right})`,
        it: "them",
        seeIf: `If they still differ by more than ${STUCK_CALF_GAP} after ${STUCK_WEEKS.calfRaise} weeks`,
        worse: "the weaker side gets weaker, or pushing off fails",
      }),
    );
  }
  if (progressNotes.length) out.progress = progressNotes;
  if (f.hasRegion("arm")) {
    // Seed 000, step 6: "Pick the nagging muscle and rebuild with tempo and range" (3-4 sets of 6-12 elsewhere).
    // Nerve symptoms in the arm (from a neck root, most often) are not a sore arm muscle: loading it waits.
    out.reload = [
      (f.armNerve.length
        ? "For the arm: while its nerve symptoms (tingling, numbness, shooting or burning) last, leave loading " +
          "it. Once they settle, pick"
        : "For the arm, pick") +
        " a movement the sore muscle does (a curl, a press, a grip) and rebuild it at a slow tempo through its " +
        "full range: 3-4 sets of 8-12 with a light weight, 2-4 days a week.",
    ];
  }
  const calm: string[] = [];
  const flags = f.input.redFlags;
  if (flags?.infectionRisk && !flags.fever && f.hasRegion("calf")) {
    // The library's foam-rolling caution, said before any calf work: a hot, swollen calf is checked first. (With a
    // fever the light's reason says it.)
    calm.push(
      "With an infection risk, a calf that is painful, swollen, warm or red needs checking today (an infection or a clot) before any calf exercise.",
    );
  }
  // Symptoms in both legs or both arms: seed 000's red flags, said as what to watch for.
  if (bothSides(f, "leg"))
    calm.push(
      "Symptoms in both legs: get help at once if your bladder or bowels change, the area you would sit on " +
        "goes numb, or a leg keeps getting weaker.",
    );
  if (bothSides(f, "arm"))
    calm.push(
      "Symptoms in both arms: get help at once if an arm or a leg keeps getting weaker, your hands grow clumsy " +
        "or your walking unsteady.",
    );
  if (calm.length) out.calm = calm;
  const recovery: string[] = [];
  const sleep = f.input.habits?.sleepHours;
  recovery.push(
    sleep !== undefined && sleep < 7
      ? `Sleep 7-9 hours: you sleep about ${sleep}, and nerves hate sleep debt.`
      : "Sleep 7-9 hours; nerves hate sleep debt.",
  );
  // Kidney disease, commoner with age, can call for less protein than seed 000's 1.6 g per kg.
  const kidneys =
    persona === "older_adult"
      ? " If you have kidney disease or were told to limit protein, ask your doctor first."
      : "";
  recovery.push(
    (protein !== undefined
      ? `Protein about ${protein} g a day (1.6 g per kg of body weight), spread across meals.`
      : "Protein about 1.6 g per kg of body weight a day, spread across meals.") + kidneys,
  );
  // Seed 003's footwear check: "Replace worn-out shoes regularly; consider orthotics if needed."
  if (f.input.habits?.wornShoes)
    recovery.push(
      "Your shoes are worn: replace them, and keep doing so regularly; ask a clinician whether orthotics would help.",
    );
  if (f.hasKind("any", "cramp")) {
    recovery.push(
      "If you keep cramping or your legs feel heavy, ask your clinician about testing vitamin D and iron.",
    );
  }
  out.recovery = recovery;
  return out;
}

/**
 * Builds the plan for a non-red result. Every item names a library exercise with its default dose for the
 * phase; the trace says why each was chosen.
 */
export function buildPlan(
  f: Facts,
  drivers: DriverResult[],
  persona: Persona,
  advised: { clinician: boolean; escalations: readonly EscalationId[] },
  options: TraceOptions = {},
): Traced<Plan> {
  const active = activeDrivers(drivers);
  const c: Context = {
    f,
    persona,
    active,
    top: drivers[0]?.id ?? "local_muscle",
    clinicianAdvised: advised.clinician,
    escalations: new Set(advised.escalations),
  };
  const d = new PlanDraft(options.trace === true);
  calm(d, c);
  decompress(d, c);
  coreEndurance(d, c);
  nerveMobility(d, c);
  restoreChain(d, c);
  reload(d, c);
  progress(d, c);
  d.ensurePhase("recovery");
  avoidList(d, c);
  const weight = f.input.weightKg;
  const protein = weight === undefined ? undefined : Math.round(weight * 1.6);
  const plan: Plan = {
    phases: d.phaseList(extraGuidance(c, protein), phaseWords(c, d)),
    avoid: [...d.avoid.keys()].map((id) => {
      const reason = d.avoidReason.get(id);
      return reason ? { id, reason } : (AVOID_ENTRY.get(id) ?? { id, reason: id });
    }),
    rules: PLAN_RULES,
    recovery: { sleepHours: [7, 9], proteinGramsPerKgPerDay: 1.6 },
  };
  if (protein !== undefined) plan.recovery.proteinGramsPerDay = protein;
  return { result: plan, trace: d.trace };
}
