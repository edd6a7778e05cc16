/** Facts derived once from an AssessmentInput, shared by triage, drivers, plan and escalations. */
import type { AssessmentInput, Complaint } from "../contract/schema.js";
import { SPINE_REGIONS, type Region } from "../contract/ids.js";

type Side = "left" | "right";

export interface SideGap {
  left: number;
  right: number;
  /** The side with the lower figure; undefined when equal. */
  weaker?: Side;
  gap: number;
  /** weaker / stronger, 1 when equal. */
  ratio: number;
}

export interface Facts {
  input: AssessmentInput;
  regions: ReadonlySet<Region>;
  /** The complaints in these regions: all of the first region's, then the next region's, each in input order. */
  complaintsIn: (...regions: Region[]) => Complaint[];
  hasRegion: (...regions: Region[]) => boolean;
  hasKind: (region: Region | "any", ...kinds: Complaint["kinds"][number][]) => boolean;
  spineComplaint: boolean;
  backComplaint: boolean;
  maxWeeks: number;
  maxPain: number;
  anyRecurrent: boolean;
  legNerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  armNerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  nerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  aggravates: (a: NonNullable<AssessmentInput["aggravators"]>[number]) => boolean;
  eases: (e: NonNullable<AssessmentInput["easers"]>[number]) => boolean;
  activity: (a: NonNullable<AssessmentInput["activities"]>[number]) => boolean;
  calfRaise: SideGap | undefined;
  sidePlank: SideGap | undefined;
  bridge: SideGap | undefined;
  kneeToWall: SideGap | undefined;
  slumpPositive: Side[];
  heelWalkWeak: Side[];
  programWeeks: number;
}

function sideGap(
  pair: { left?: number | undefined; right?: number | undefined } | undefined,
): SideGap | undefined {
  if (pair?.left === undefined || pair.right === undefined) return undefined;
  const { left, right } = pair;
  const gap = Math.abs(left - right);
  const stronger = Math.max(left, right);
  const out: SideGap = { left, right, gap, ratio: stronger === 0 ? 1 : Math.min(left, right) / stronger };
  if (left < right) out.weaker = "left";
  else if (right < left) out.weaker = "right";
  return out;
}

function sidesWhere<T>(pair: { left?: T | undefined; right?: T | undefined } | undefined, value: T): Side[] {
  const out: Side[] = [];
  if (pair?.left === value) out.push("left");
  if (pair?.right === value) out.push("right");
  return out;
}

const SPINE = new Set<Region>(SPINE_REGIONS);

/**
 * The facts of one input. Every engine asks them many times, so they are worked out once here, and the
 * questions are methods on the prototype rather than closures made for each assessment.
 */
class AssessmentFacts implements Facts {
  readonly regions = new Set<Region>();
  readonly spineComplaint: boolean = false;
  readonly backComplaint: boolean;
  readonly maxWeeks: number = 0;
  readonly maxPain: number = 0;
  readonly anyRecurrent: boolean = false;
  readonly legNerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  readonly armNerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  readonly nerve: NonNullable<AssessmentInput["nerveSymptoms"]>;
  readonly calfRaise: SideGap | undefined;
  readonly sidePlank: SideGap | undefined;
  readonly bridge: SideGap | undefined;
  readonly kneeToWall: SideGap | undefined;
  readonly slumpPositive: Side[];
  readonly heelWalkWeak: Side[];
  readonly programWeeks: number;

  constructor(readonly input: AssessmentInput) {
    for (const c of input.complaints) {
      this.regions.add(c.region);
      if (SPINE.has(c.region)) this.spineComplaint = true;
      if (c.recurrent === true) this.anyRecurrent = true;
      this.maxWeeks = Math.max(this.maxWeeks, c.weeks ?? 0);
      this.maxPain = Math.max(this.maxPain, c.worstPain ?? 0);
    }
    this.backComplaint = this.regions.has("low_back");
    this.nerve = input.nerveSymptoms ?? [];
    this.legNerve = this.nerve.filter((n) => n.limb === "leg");
    this.armNerve = this.nerve.filter((n) => n.limb === "arm");
    const tests = input.selfTests ?? {};
    this.calfRaise = sideGap(tests.calfRaise);
    this.sidePlank = sideGap(tests.sidePlank);
    this.bridge = sideGap(tests.singleLegBridge);
    this.kneeToWall = sideGap(tests.kneeToWall);
    this.slumpPositive = sidesWhere(tests.slump, "positive");
    this.heelWalkWeak = sidesWhere(tests.heelWalk, "weak");
    this.programWeeks = input.programWeeks ?? 0;
  }

  complaintsIn(...regions: Region[]): Complaint[] {
    const out: Complaint[] = [];
    for (const region of regions) {
      if (!this.regions.has(region)) continue;
      for (const c of this.input.complaints) if (c.region === region) out.push(c);
    }
    return out;
  }

  hasRegion(...regions: Region[]): boolean {
    for (const region of regions) if (this.regions.has(region)) return true;
    return false;
  }

  hasKind(region: Region | "any", ...kinds: Complaint["kinds"][number][]): boolean {
    for (const c of this.input.complaints) {
      if (region !== "any" && c.region !== region) continue;
      for (const kind of c.kinds) if (kinds.includes(kind)) return true;
    }
    return false;
  }

  aggravates(a: NonNullable<AssessmentInput["aggravators"]>[number]): boolean {
    return this.input.aggravators?.includes(a) ?? false;
  }

  eases(e: NonNullable<AssessmentInput["easers"]>[number]): boolean {
    return this.input.easers?.includes(e) ?? false;
  }

  activity(a: NonNullable<AssessmentInput["activities"]>[number]): boolean {
    return this.input.activities?.includes(a) ?? false;
  }
}

/** Derives the facts every engine reads; pure. */
export function deriveFacts(input: AssessmentInput): Facts {
  return new AssessmentFacts(input);
}

/** "left and right" style lists for sentences. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** Each region as a word before a noun ("your left front-of-shin pain", "your calf complaint"). */
export const REGION_WORD: Record<Region, string> = {
  calf: "calf",
  hamstring: "hamstring",
  glute: "glute",
  low_back: "lower-back",
  mid_back: "mid-back",
  neck: "neck",
  shoulder: "shoulder",
  adductor: "groin (adductor)",
  hip_front: "front-of-hip",
  shin_front: "front-of-shin",
  foot_ankle: "foot or ankle",
  knee: "knee",
  arm: "arm",
};
