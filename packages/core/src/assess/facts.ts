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
  complaintsIn: (region: Region) => Complaint[];
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
  calfRaise?: SideGap;
  sidePlank?: SideGap;
  bridge?: SideGap;
  kneeToWall?: SideGap;
  slumpPositive: Side[];
  heelWalkWeak: Side[];
  programWeeks: number;
}

function sideGap(pair: { left?: number | undefined; right?: number | undefined } | undefined) {
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

/** Derives the facts every engine reads; pure. */
export function deriveFacts(input: AssessmentInput): Facts {
  const regions = new Set(input.complaints.map((c) => c.region));
  const nerve = input.nerveSymptoms ?? [];
  const tests = input.selfTests ?? {};
  const facts: Facts = {
    input,
    regions,
    complaintsIn: (region) => input.complaints.filter((c) => c.region === region),
    hasRegion: (...rs) => rs.some((r) => regions.has(r)),
    hasKind: (region, ...kinds) =>
      input.complaints.some(
        (c) => (region === "any" || c.region === region) && c.kinds.some((k) => kinds.includes(k)),
      ),
    spineComplaint: input.complaints.some((c) => (SPINE_REGIONS as readonly string[]).includes(c.region)),
    backComplaint: regions.has("low_back"),
    maxWeeks: Math.max(0, ...input.complaints.map((c) => c.weeks ?? 0)),
    maxPain: Math.max(0, ...input.complaints.map((c) => c.worstPain ?? 0)),
    anyRecurrent: input.complaints.some((c) => c.recurrent === true),
    legNerve: nerve.filter((n) => n.limb === "leg"),
    armNerve: nerve.filter((n) => n.limb === "arm"),
    nerve,
    aggravates: (a) => input.aggravators?.includes(a) ?? false,
    eases: (e) => input.easers?.includes(e) ?? false,
    activity: (a) => input.activities?.includes(a) ?? false,
    slumpPositive: sidesWhere(tests.slump, "positive"),
    heelWalkWeak: sidesWhere(tests.heelWalk, "weak"),
    programWeeks: input.programWeeks ?? 0,
  };
  const calfRaise = sideGap(tests.calfRaise);
  const sidePlank = sideGap(tests.sidePlank);
  const bridge = sideGap(tests.singleLegBridge);
  const kneeToWall = sideGap(tests.kneeToWall);
  if (calfRaise) facts.calfRaise = calfRaise;
  if (sidePlank) facts.sidePlank = sidePlank;
  if (bridge) facts.bridge = bridge;
  if (kneeToWall) facts.kneeToWall = kneeToWall;
  return facts;
}

/** "left and right" style lists for sentences. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
