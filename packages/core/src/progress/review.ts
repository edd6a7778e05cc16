/** The weekly review of one exercise: the pain rules decide progress, hold or regress; one variable moves. */
import type { DoseField, ExerciseId } from "../contract/ids.js";
import type { Dose, ProgressInput, ProgressResult } from "../contract/schema.js";
import { joinWords } from "../assess/facts.js";
import { getExercise } from "../knowledge/exercises.js";
import type { Exercise } from "../knowledge/schema.js";
import type { Traced, TraceEntry } from "../trace/trace.js";
import { PAIN_DURING_MAX, REGRESS_AT } from "./limits.js";

export { PAIN_DURING_MAX, REGRESS_AT };

const S000 = "000_4c8d56c44adcabb3.txt";
const PAIN_RULES = {
  doc: S000,
  section: "Step-by-step plan › 6. Reload the target muscle (pain rules)",
} as const;
const PROGRESSION = { doc: S000, section: "Step-by-step plan › 7. Progress the load (weekly)" } as const;
const SETTLED = {
  doc: "contract/README.md",
  section: "progress: ProgressInput → ProgressResult › Settled here",
} as const;

/** A clean week raises one quantity by 10-20 %; Upstream aims for the middle. */
export const INCREASE = { min: 0.1, max: 0.2, target: 0.15 } as const;
/** A regress cuts the changed quantity by about a fifth. */
export const CUT = 0.8;

const VOLUME_FIELDS = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay"] as const;
type VolumeField = (typeof VOLUME_FIELDS)[number];
/** Each volume quantity as the reasons name it, and the unit its numbers carry. */
const FIELD_WORDS: Record<VolumeField, { name: string; unit: string }> = {
  sets: { name: "sets", unit: "" },
  reps: { name: "reps", unit: "" },
  holdSeconds: { name: "hold", unit: " s" },
  minutes: { name: "time", unit: " min" },
  timesPerDay: { name: "times a day", unit: "" },
};
/** "hold 12 s → 9 s", "reps 10 → 12". */
const change = (k: VolumeField, from: Dose, to: Dose) =>
  `${FIELD_WORDS[k].name} ${from[k]}${FIELD_WORDS[k].unit} → ${to[k]}${FIELD_WORDS[k].unit}`;

/** A hold's closing reason (a report whose headline already says so may leave it out). */
export const KEEP_DOSE = "Keep the same dose next week.";

/** Total work: the product of the volume fields present. */
export function volumeOf(dose: Dose): number {
  return VOLUME_FIELDS.reduce((product, k) => (dose[k] === undefined ? product : product * dose[k]), 1);
}

const STEP: Record<DoseField, number> = {
  sets: 1,
  reps: 1,
  holdSeconds: 1,
  minutes: 0.5,
  timesPerDay: 1,
  loadKg: 0.5,
};

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const percent = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10;

/** The quantity an exercise progresses in: reps, seconds of hold, or minutes. */
function primaryField(exercise: Exercise, dose: Dose): VolumeField | undefined {
  const preferred: VolumeField =
    exercise.measure === "hold" ? "holdSeconds" : exercise.measure === "minutes" ? "minutes" : "reps";
  if (dose[preferred] !== undefined) return preferred;
  return (["reps", "holdSeconds", "minutes", "sets", "timesPerDay"] as const).find(
    (k) => dose[k] !== undefined,
  );
}

interface VolumeStep {
  next: Dose;
  pct: number;
}

/**
 * The next dose with total volume 10-20 % higher: raise the primary quantity, or add a set and re-balance it
 * when the primary is at its ceiling. When no whole step of the primary lands in the band (1 x 3 reps with 5 s
 * holds: a fourth rep is +33 %), another quantity of the dose may (a 6 s hold, +20 %). Returns undefined when
 * no option lands in the band under the ceilings.
 */
function raiseVolume(exercise: Exercise, dose: Dose, respectCeiling: boolean): VolumeStep | undefined {
  const primary = primaryField(exercise, dose);
  if (!primary) return undefined;
  const ceiling = (k: VolumeField) => (respectCeiling ? (exercise.ceiling[k] ?? Infinity) : Infinity);
  const others = (["holdSeconds", "reps", "minutes", "timesPerDay"] as const).filter(
    (k) => k !== primary && dose[k] !== undefined,
  );
  let best = raiseInBand(dose, primary, ceiling);
  for (const field of best ? [] : others) {
    const option = raiseInBand(dose, field, ceiling);
    if (option && (!best || option.cost < best.cost)) best = option;
  }
  return best && { next: best.next, pct: Math.round(best.pct * 1000) / 10 };
}

/** The best rise of one quantity (with the sets re-balanced if need be) that lands in the 10-20 % band. */
function raiseInBand(
  dose: Dose,
  field: VolumeField,
  ceiling: (k: VolumeField) => number,
): { next: Dose; pct: number; cost: number } | undefined {
  const current = dose[field] ?? 0;
  const volume = volumeOf(dose);
  const step = STEP[field];
  const setOptions =
    field !== "sets" && dose.sets !== undefined
      ? [dose.sets, dose.sets + 1, dose.sets - 1].filter(
          (s) => s >= 1 && s <= Math.max(dose.sets ?? 1, ceiling("sets")),
        )
      : [undefined];
  let best: { next: Dose; pct: number; cost: number } | undefined;
  for (const sets of setOptions) {
    const base: Dose = sets === undefined ? { ...dose } : { ...dose, sets };
    const rest = volumeOf({ ...base, [field]: 1 });
    // The band in units of the field: at least +10 %, at most +20 % (or the next whole unit above it).
    const low = Math.ceil((volume * (1 + INCREASE.min)) / rest / step - 1e-9) * step;
    const topVolume = Math.max(volume * (1 + INCREASE.max), Math.ceil(volume * (1 + INCREASE.max) - 1e-9));
    const high = Math.min(Math.floor(topVolume / rest / step + 1e-9) * step, ceiling(field));
    if (low > high || low <= 0) continue;
    const value = Math.min(high, Math.max(low, roundTo((volume * (1 + INCREASE.target)) / rest, step)));
    if (value < current && sets === dose.sets) continue;
    const pct = (rest * value) / volume - 1;
    const cost =
      Math.abs(pct - INCREASE.target) + (sets !== dose.sets ? 0.2 : 0) + (value < current ? 0.2 : 0);
    if (!best || cost < best.cost) best = { next: { ...base, [field]: value }, pct, cost };
  }
  return best;
}

/** Load 10-20 % higher, rounded to 0.5 kg. */
function raiseLoad(load: number): number {
  let next = roundTo(load * (1 + INCREASE.target), STEP.loadKg);
  if (next < load * (1 + INCREASE.min) - 1e-9) next += STEP.loadKg;
  if (next <= load) next = load + STEP.loadKg;
  return next;
}

/** Cuts load by about a fifth (at least one step), never below zero. */
function cutLoad(load: number): number {
  let next = Math.floor((load * CUT) / STEP.loadKg) * STEP.loadKg;
  if (next >= load) next = load - STEP.loadKg;
  return Math.max(0, next);
}

/** Cuts volume by about a fifth, lowering one quantity only and raising nothing. */
function cutVolume(exercise: Exercise, dose: Dose): { next: Dose; field: VolumeField } | undefined {
  const field = primaryField(exercise, dose);
  if (!field) return undefined;
  const current = dose[field] ?? 0;
  const step = STEP[field];
  let value = Math.floor((current * CUT) / step) * step;
  if (value >= current) value = current - step;
  if (value >= step) return { next: { ...dose, [field]: value }, field };
  if (dose.sets !== undefined && dose.sets > 1)
    return { next: { ...dose, sets: dose.sets - 1 }, field: "sets" };
  return undefined;
}

/** Whether the dose is at or below the library's starting dose: nothing left to cut but the exercise itself. */
function atFloor(exercise: Exercise, dose: Dose): boolean {
  const start = Object.values(exercise.doses)[0]?.dose;
  return start !== undefined && volumeOf(dose) <= volumeOf(start);
}

interface WeekFacts {
  planned: number;
  completed: number;
  maxDuring: number;
  maxNextDay: number;
  spikes: string[];
  aboveBaseline: number[];
  lastAboveBaseline: boolean;
  pain4Days: number[];
}

function summarise(input: ProgressInput): WeekFacts {
  const done = input.sessions.filter((s) => s.completed);
  const last = done[done.length - 1];
  const spikes: string[] = [];
  for (const s of done) {
    if ((s.painDuring ?? 0) >= REGRESS_AT)
      spikes.push(`pain ${s.painDuring}/10 during the session on day ${s.day}`);
    if ((s.painNextDay ?? 0) >= REGRESS_AT)
      spikes.push(`pain ${s.painNextDay}/10 the day after the session on day ${s.day}`);
  }
  const above = done.filter((s) => s.painNextDay !== undefined && s.painNextDay > input.baselinePain);
  return {
    planned: input.sessions.length,
    completed: done.length,
    maxDuring: Math.max(0, ...done.map((s) => s.painDuring ?? 0)),
    maxNextDay: Math.max(0, ...done.map((s) => s.painNextDay ?? 0)),
    spikes,
    aboveBaseline: above.map((s) => s.day),
    lastAboveBaseline: last?.painNextDay !== undefined && last.painNextDay > input.baselinePain,
    pain4Days: done
      .filter((s) => (s.painDuring ?? 0) > PAIN_DURING_MAX && (s.painDuring ?? 0) < REGRESS_AT)
      .map((s) => s.day),
  };
}

function result(
  decision: ProgressResult["decision"],
  changed: ProgressResult["changed"],
  next: Dose,
  changePercent: number,
  reasons: string[],
  nextExercise?: ExerciseId,
): ProgressResult {
  const out: ProgressResult = { decision, changed, next, changePercent, reasons };
  if (nextExercise) out.nextExercise = nextExercise;
  return out;
}

function regress(input: ProgressInput, exercise: Exercise, why: string[], severe: boolean): ProgressResult {
  const { current } = input;
  const easier = exercise.easier.exercise;
  const load = current.loadKg ?? 0;
  if (load > 0) {
    const loadKg = cutLoad(load);
    return result("regress", "intensity", { ...current, loadKg }, percent(load, loadKg), [
      ...why,
      `Cut the load from ${load} kg to ${loadKg} kg and keep the rest of the dose.`,
    ]);
  }
  const cut = cutVolume(exercise, current);
  const switchDown = easier !== undefined && (severe || atFloor(exercise, current) || !cut);
  const next = cut?.next ?? { ...current };
  const reasons = [...why];
  if (cut) {
    const { name, unit } = FIELD_WORDS[cut.field];
    reasons.push(`Cut the ${name} from ${current[cut.field]}${unit} to ${next[cut.field]}${unit}.`);
  }
  if (switchDown && easier) reasons.push(`Step back to the easier version: ${getExercise(easier).name}.`);
  if (!cut && !easier)
    reasons.push(
      "Nothing in this dose can come down further: do it more gently (slower, a smaller range), and if the " +
        "pain spikes again, pause it and ask your clinician.",
    );
  const pct = percent(volumeOf(current), volumeOf(next));
  return result(
    "regress",
    cut ? "volume" : null,
    next,
    cut ? pct : 0,
    reasons,
    switchDown ? easier : undefined,
  );
}

function progress(input: ProgressInput, exercise: Exercise, why: string[]): ProgressResult {
  const { current } = input;
  const load = current.loadKg ?? 0;
  const loaded = load > 0;
  const volumeStep = raiseVolume(exercise, current, true);
  const hasVolume = VOLUME_FIELDS.some((k) => current[k] !== undefined);
  // The smallest load step (0.5 kg) is more than a 20 % rise of a light load (2 kg and under): the volume rises
  // instead while it can, even after a week that raised it.
  const loadKg = loaded ? raiseLoad(load) : load;
  const loadTooCoarse = loadKg > load * (1 + INCREASE.max) + 1e-9;
  let pick: "volume" | "intensity";
  if (!loaded) pick = "volume";
  else if (!hasVolume || !volumeStep) pick = "intensity";
  else if (loadTooCoarse) pick = "volume";
  else pick = input.lastIncrease === "volume" ? "intensity" : "volume";
  const reasons = [...why];
  if (loaded && hasVolume && volumeStep && loadTooCoarse) {
    reasons.push(
      `The smallest load step, ${loadKg - load} kg, would raise ${load} kg by more than 20 %: raise the volume instead.`,
    );
  } else if (loaded && input.lastIncrease) {
    reasons.push(`Last week raised the ${input.lastIncrease}; next week raises the ${pick}, never both.`);
  }
  if (pick === "intensity") {
    if (loadTooCoarse)
      reasons.push(`${loadKg - load} kg is the smallest load step, more than 20 % of ${load} kg.`);
    reasons.push(`Raise the load from ${load} kg to ${loadKg} kg; sets and reps stay the same.`);
    return result("progress", "intensity", { ...current, loadKg }, percent(load, loadKg), reasons);
  }
  if (volumeStep) {
    reasons.push(describeVolume(current, volumeStep.next, volumeStep.pct));
    return result("progress", "volume", volumeStep.next, volumeStep.pct, reasons);
  }
  // At the top of the library's range the ceiling is advice: the contract's bodyweight exercise rises in volume
  // only, so the volume keeps building gently, and the reasons name the harder version for when this feels easy.
  const beyond = raiseVolume(exercise, current, false);
  if (!beyond)
    return result("hold", null, { ...current }, 0, [
      ...why,
      "No whole step raises this dose by 10-20 %: keep it for another week.",
    ]);
  reasons.push(describeVolume(current, beyond.next, beyond.pct));
  const harder = exercise.harder.exercise && getExercise(exercise.harder.exercise).name;
  reasons.push(
    harder
      ? `This is past the usual range for ${exercise.name}: once it feels easy, move to the harder version, ${harder}.`
      : `This is past the usual range for ${exercise.name}. When it feels easy: ${lowerFirst(exercise.harder.text)}`,
  );
  return result("progress", "volume", beyond.next, beyond.pct, reasons);
}

const lowerFirst = (text: string) => `${text[0]!.toLowerCase()}${text.slice(1)}`;

function describeVolume(from: Dose, to: Dose, pct: number): string {
  const changed = VOLUME_FIELDS.filter((k) => from[k] !== to[k]);
  const parts = changed.map((k) => change(k, from, to));
  const rest = from.loadKg !== undefined ? "the load stays the same" : "nothing else changes";
  // A reshaped dose (a set more, fewer reps in each) is read as the rise it is.
  const fewer = changed.some((k) => (to[k] ?? 0) < (from[k] ?? 0));
  const unit = from.holdSeconds !== undefined ? "seconds" : from.minutes !== undefined ? "minutes" : "reps";
  const inAll = fewer ? `: ${volumeOf(to)} ${unit} in all instead of ${volumeOf(from)}` : "";
  return `Raise the volume by ${pct} %${inAll} (${parts.join(", ")}); ${rest}.`;
}

/**
 * Reviews one exercise's finished week. Regress on a spike to 5/10 or more, or next-day pain above baseline
 * after two or more sessions or after the last; hold on pain of 4 during, a single day above baseline, or
 * fewer than two thirds of sessions done; otherwise progress one variable by 10-20 %.
 *
 * @example reviewWeek({ exercise: "hip_abduction", current: { sets: 3, reps: 12 }, baselinePain: 1,
 *   lastIncrease: null, sessions: [{ day: 1, completed: true, painDuring: 1, painNextDay: 1 }] })
 */
export function reviewWeek(input: ProgressInput): Traced<ProgressResult> {
  const exercise = getExercise(input.exercise);
  const w = summarise(input);
  const trace: TraceEntry[] = [];
  const fire = (rule: string, source: TraceEntry["source"], facts: Record<string, unknown>) =>
    trace.push({ engine: "progress", rule, source, facts });

  const lingering = w.aboveBaseline.length >= 2 || w.lastAboveBaseline;
  if (w.spikes.length || lingering) {
    const why: string[] = [];
    if (w.spikes.length)
      why.push(
        `Pain spiked to 5/10 or more (${w.spikes.join("; ")}): ease off, with a lighter dose or an easier version.`,
      );
    if (lingering) {
      why.push(
        `Next-day pain was above your usual ${input.baselinePain}/10 after ${w.aboveBaseline.length} session` +
          `${w.aboveBaseline.length === 1 ? "" : "s"} (day${w.aboveBaseline.length > 1 ? "s" : ""} ${joinWords(w.aboveBaseline.map(String))}): the pain lingers.`,
      );
    }
    fire("regress", PAIN_RULES, {
      spikes: w.spikes,
      aboveBaseline: w.aboveBaseline,
      baseline: input.baselinePain,
    });
    const severe = w.maxDuring >= 7 || w.maxNextDay >= 7;
    return { result: regress(input, exercise, why, severe), trace };
  }

  const holds: string[] = [];
  if (w.pain4Days.length) {
    holds.push(
      `Pain reached 4/10 during the ${w.pain4Days.length > 1 ? "sessions on days" : "session on day"} ${joinWords(w.pain4Days.map(String))}: above the 0-3 range but not a ` +
        "spike, so hold the dose.",
    );
  }
  if (w.aboveBaseline.length === 1) {
    holds.push(
      `Next-day pain was above your usual ${input.baselinePain}/10 once (day ${w.aboveBaseline[0]}): hold.`,
    );
  }
  if (w.completed * 3 < w.planned * 2) {
    holds.push(
      `${w.completed} of ${w.planned} planned sessions done: a week counts when at least two thirds are.`,
    );
  }
  if (holds.length) {
    fire("hold", w.completed * 3 < w.planned * 2 ? SETTLED : PAIN_RULES, { ...w });
    return {
      result: result("hold", null, { ...input.current }, 0, [...holds, KEEP_DOSE]),
      trace,
    };
  }

  // "Clean" is every planned session done within the pain rules; two thirds done is enough to progress.
  const done = `${w.completed} of ${w.planned} session${w.planned === 1 ? "" : "s"} done`;
  const clean =
    (w.completed === w.planned
      ? `A clean week: ${done}`
      : `Enough sessions done (${done}), all within the pain rules`) +
    `, pain during at most ${w.maxDuring}/10, next-day pain never above your usual ${input.baselinePain}/10.`;
  fire("progress", PROGRESSION, {
    completed: w.completed,
    planned: w.planned,
    lastIncrease: input.lastIncrease ?? null,
  });
  return { result: progress(input, exercise, [clean]), trace };
}
