/** The wizard's answers as typed so far, kept on the phone, and how they become an AssessmentInput. */
import type { AssessmentInput, Complaint, NerveSymptom, SelfTest } from "@upstream/core";
import { forget, load, save } from "../lib/storage";
import {
  ALWAYS_RED,
  type Activity,
  type Aggravator,
  type Easer,
  type HabitFlag,
  type Kind,
  type Limb,
  type LimbSide,
  type NerveKind,
  type RedFlag,
  type Region,
  type Side,
  type StatusFlag,
  type StretchRelief,
  type TestField,
} from "./questions";

export interface ComplaintDraft {
  side?: Side;
  kinds?: Kind[];
  recurrent?: boolean;
  worstPain?: number;
}

export interface NerveDraft {
  side?: LimbSide;
  below?: boolean;
  kinds?: NerveKind[];
}

/** Number fields keep the text as typed ("12", "1,5") so editing never fights the person. */
export type TextKey =
  | "age"
  | `weeks.${Region}`
  | "morningStiffnessMinutes"
  | "sittingHoursPerDay"
  | "sleepHours"
  | "programWeeks"
  | "weightKg"
  | `${"sidePlank" | "kneeToWall"}.${"left" | "right"}`;

export interface Draft {
  /** The screen the person is on, for "continue where you left off". */
  step?: string;
  redFlags: Partial<Record<RedFlag, boolean>>;
  activities?: Activity[];
  regions: Region[];
  complaints: Partial<Record<Region, ComplaintDraft>>;
  nerve?: boolean;
  limbs: Limb[];
  nerves: Partial<Record<Limb, NerveDraft>>;
  status: Partial<Record<StatusFlag, boolean>> & { stretchRelief?: StretchRelief };
  aggravators?: Aggravator[];
  easers?: Easer[];
  /** The habits ticked; undefined when skipped (then nothing is said about them). */
  habits?: HabitFlag[];
  /** Whether each self-test is done now or skipped, by test id. */
  tests: Partial<Record<SelfTest["id"], "do" | "skip">>;
  /** Choice and counter results: "slump.left" → "positive", "calfRaise.right" → 14, "thoracicExtension" → "worse". */
  results: Partial<Record<string, string | number>>;
  text: Partial<Record<TextKey, string>>;
}

const KEY = "draft";

export function emptyDraft(): Draft {
  return {
    redFlags: {},
    regions: [],
    complaints: {},
    limbs: [],
    nerves: {},
    status: {},
    tests: {},
    results: {},
    text: {},
  };
}

export function loadDraft(): Draft {
  const stored = load<Partial<Draft> | null>(KEY, null);
  return { ...emptyDraft(), ...(stored ?? {}) };
}

export function saveDraft(draft: Draft) {
  save(KEY, draft);
}

export function forgetDraft() {
  forget(KEY);
}

/** A draft worth resuming: the person has answered at least one question. */
export function hasDraft(): boolean {
  const d = load<Partial<Draft> | null>(KEY, null);
  return Boolean(d && d.step && Object.keys(d.redFlags ?? {}).length > 0);
}

/** A copy of an object without one key (exactOptionalPropertyTypes forbids `key: undefined`). */
export function without<T extends object, K extends keyof T>(obj: T, key: K): T {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** Sets an optional key, or removes it when the value is undefined. */
export function setKey<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  return value === undefined ? without(obj, key) : { ...obj, [key]: value };
}

/** A yes to bladder/bowel, saddle numbness, progressive weakness or major trauma: urgent care, ask little more. */
export function alwaysRed(d: Draft): boolean {
  return ALWAYS_RED.some((f) => d.redFlags[f] === true);
}

/** "12", " 1,5 " → 12, 1.5; anything else → undefined. */
export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Checks a number field: undefined when fine, else the message to show next to it. */
export function checkNumber(
  text: string | undefined,
  { min, max, whole = false, what }: { min: number; max: number; whole?: boolean; what: string },
): string | undefined {
  if (text === undefined || text.trim() === "") return `Enter ${what}.`;
  const n = parseNumber(text);
  if (n === undefined) return `Enter ${what} as a number, like ${min === 0 ? 2 : min + 2}.`;
  if (whole && !Number.isInteger(n)) return `Enter ${what} as a whole number.`;
  if (n < min || n > max) return `Enter a number from ${min} to ${max}.`;
  return undefined;
}

function leftRight<T>(get: (side: "left" | "right") => T | undefined): { left?: T; right?: T } | undefined {
  const out: { left?: T; right?: T } = {};
  const left = get("left");
  const right = get("right");
  if (left !== undefined) out.left = left;
  if (right !== undefined) out.right = right;
  return left === undefined && right === undefined ? undefined : out;
}

type SelfTests = NonNullable<AssessmentInput["selfTests"]>;

function selfTestsOf(d: Draft, tests: readonly SelfTest[]): SelfTests | undefined {
  const out: SelfTests = {};
  const str = (key: string) => {
    const v = d.results[key];
    return typeof v === "string" ? v : undefined;
  };
  const num = (key: string) => {
    const v = d.results[key];
    return typeof v === "number" ? v : undefined;
  };
  for (const test of tests) {
    if (d.tests[test.id] !== "do") continue;
    const field: TestField = test.field;
    switch (field) {
      case "slump": {
        const v = leftRight((s) => str(`slump.${s}`) as "positive" | "negative" | undefined);
        if (v) out.slump = v;
        break;
      }
      case "heelWalk": {
        const v = leftRight((s) => str(`heelWalk.${s}`) as "ok" | "weak" | undefined);
        if (v) out.heelWalk = v;
        break;
      }
      case "calfRaise": {
        const v = leftRight((s) => num(`calfRaise.${s}`));
        if (v) out.calfRaise = v;
        break;
      }
      case "singleLegBridge": {
        const v = leftRight((s) => num(`singleLegBridge.${s}`));
        if (v) out.singleLegBridge = v;
        break;
      }
      case "sidePlank": {
        const v = leftRight((s) => parseNumber(d.text[`sidePlank.${s}`]));
        if (v) out.sidePlank = v;
        break;
      }
      case "kneeToWall": {
        const v = leftRight((s) => parseNumber(d.text[`kneeToWall.${s}`]));
        if (v) out.kneeToWall = v;
        break;
      }
      case "thoracicExtension": {
        const v = str("thoracicExtension") as SelfTests["thoracicExtension"];
        if (v) out.thoracicExtension = v;
        break;
      }
      case "heelsFlatInSquat": {
        const v = str("heelsFlatInSquat");
        if (v) out.heelsFlatInSquat = v === "yes";
        break;
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The contract's AssessmentInput from the draft; on the urgent path only red flags, age and where it hurts. */
export function buildInput(d: Draft, tests: readonly SelfTest[]): AssessmentInput {
  const age = parseNumber(d.text.age) ?? 0;
  const redFlags: NonNullable<AssessmentInput["redFlags"]> = { ...d.redFlags };
  if (alwaysRed(d)) {
    return {
      age,
      redFlags,
      complaints: d.regions.map((region) => ({ region, kinds: ["pain"] })),
    };
  }
  const complaints: Complaint[] = d.regions.map((region) => {
    const c = d.complaints[region] ?? {};
    const out: Complaint = { region, kinds: c.kinds?.length ? c.kinds : ["pain"] };
    if (c.side) out.side = c.side;
    const weeks = parseNumber(d.text[`weeks.${region}`]);
    if (weeks !== undefined) out.weeks = weeks;
    if (c.recurrent !== undefined) out.recurrent = c.recurrent;
    if (c.worstPain !== undefined) out.worstPain = c.worstPain;
    return out;
  });
  const input: AssessmentInput = { age, redFlags, complaints };
  if (d.activities) input.activities = d.activities;
  if (d.nerve) {
    const nerveSymptoms: NerveSymptom[] = d.limbs.map((limb) => {
      const n = d.nerves[limb] ?? {};
      const out: NerveSymptom = { limb, kinds: n.kinds?.length ? n.kinds : ["shooting"] };
      if (n.side) out.side = n.side;
      if (n.below !== undefined) out.belowKneeOrElbow = n.below;
      return out;
    });
    if (nerveSymptoms.length) input.nerveSymptoms = nerveSymptoms;
  }
  const status: NonNullable<AssessmentInput["status"]> = { ...d.status };
  const stiffness = parseNumber(d.text.morningStiffnessMinutes);
  if (stiffness !== undefined) status.morningStiffnessMinutes = stiffness;
  if (Object.keys(status).length) input.status = status;
  if (d.aggravators) input.aggravators = d.aggravators;
  if (d.easers) input.easers = d.easers;
  const habits: NonNullable<AssessmentInput["habits"]> = {};
  const sitting = parseNumber(d.text.sittingHoursPerDay);
  if (sitting !== undefined) habits.sittingHoursPerDay = sitting;
  const sleep = parseNumber(d.text.sleepHours);
  if (sleep !== undefined) habits.sleepHours = sleep;
  if (d.habits) {
    for (const flag of ["highHeels", "crossesLegs", "runsOnToes", "wornShoes", "trainsAbs"] as const) {
      habits[flag] = d.habits.includes(flag);
    }
  }
  if (Object.keys(habits).length) input.habits = habits;
  const selfTests = selfTestsOf(d, tests);
  if (selfTests) input.selfTests = selfTests;
  const weeks = parseNumber(d.text.programWeeks);
  if (weeks !== undefined) input.programWeeks = weeks;
  const weight = parseNumber(d.text.weightKg);
  if (weight !== undefined) input.weightKg = weight;
  return input;
}
