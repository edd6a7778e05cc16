/** The contract cases' `expect` blocks, checked the way shared/contract/check.mjs checks them. */
import type { AssessmentResult, Dose, ProgressResult } from "../contract/schema.js";
import { volumeOf } from "../progress/review.js";

export interface ContractCase {
  id: string;
  source?: string;
  note?: string;
  input: unknown;
  expect: Record<string, unknown>;
}

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** Returns one message per failed expectation; empty when the case passes. */
export function checkAssessExpect(e: Record<string, unknown>, r: AssessmentResult): string[] {
  const fails: string[] = [];
  const reasonIds = r.triage.reasons.map((x) => x.id as string);
  const driverIds = r.drivers.map((d) => d.id as string);
  const exercises = new Set<string>(r.plan?.phases.flatMap((p) => p.items.map((i) => i.exercise)) ?? []);
  const phases = new Set<string>(r.plan?.phases.map((p) => p.id) ?? []);
  const avoids = new Set<string>(r.plan?.avoid.map((a) => a.id) ?? []);
  const escalations = r.escalations.map((x) => x.id as string);
  const missing = (want: unknown, have: (x: string) => boolean) => list(want).filter((x) => !have(x));
  if ("triage" in e && r.triage.level !== e.triage)
    fails.push(`triage ${r.triage.level} ≠ ${String(e.triage)} (${reasonIds.join(",")})`);
  if ("action" in e && r.triage.action !== e.action) fails.push(`action ${r.triage.action}`);
  const miss = (name: string, m: string[], got: Iterable<string>) => {
    if (m.length) fails.push(`${name}: missing ${m.join(",")}; got ${[...got].join(",")}`);
  };
  miss(
    "reasonsInclude",
    missing(e.reasonsInclude, (x) => reasonIds.includes(x)),
    reasonIds,
  );
  if ("persona" in e && r.persona !== e.persona) fails.push(`persona ${r.persona} ≠ ${String(e.persona)}`);
  if ("topDriver" in e && driverIds[0] !== e.topDriver)
    fails.push(`topDriver ${driverIds.slice(0, 3).join(",")} ≠ ${String(e.topDriver)}`);
  miss(
    "driversInTop2",
    missing(e.driversInTop2, (x) => driverIds.slice(0, 2).includes(x)),
    driverIds.slice(0, 3),
  );
  if (list(e.driversNotTop).includes(driverIds[0] ?? ""))
    fails.push(`driversNotTop: ${driverIds[0]} ranked first`);
  if (e.levelsInclude) {
    const levels = r.drivers.find((d) => d.id === "lumbar_nerve_root")?.levels ?? [];
    miss(
      "levelsInclude",
      missing(e.levelsInclude, (x) => (levels as string[]).includes(x)),
      levels,
    );
  }
  if (e.planNull === true && r.plan !== null) fails.push("planNull: plan present");
  if (e.planNull === false && r.plan === null) fails.push("planNull: plan null");
  miss(
    "planIncludes",
    missing(e.planIncludes, (x) => exercises.has(x)),
    exercises,
  );
  miss(
    "phasesInclude",
    missing(e.phasesInclude, (x) => phases.has(x)),
    phases,
  );
  const hit = list(e.planExcludes).filter((x) => exercises.has(x));
  if (hit.length) fails.push(`planExcludes: plan has ${hit.join(",")}`);
  miss(
    "avoidIncludes",
    missing(e.avoidIncludes, (x) => avoids.has(x)),
    avoids,
  );
  miss(
    "escalationsInclude",
    missing(e.escalationsInclude, (x) => escalations.includes(x)),
    escalations,
  );
  const extra = list(e.escalationsExclude).filter((x) => escalations.includes(x));
  if (extra.length) fails.push(`escalationsExclude: got ${extra.join(",")}`);
  return fails;
}

const VOLUME_KEYS = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay"] as const;

/** The progress expectations: decision, changed, one variable only, the 10-20 % band, no increase, decreases. */
export function checkProgressExpect(e: Record<string, unknown>, current: Dose, r: ProgressResult): string[] {
  const fails: string[] = [];
  const volumeChanged = VOLUME_KEYS.some((k) => current[k] !== r.next[k]);
  const loadChanged = current.loadKg !== r.next.loadKg;
  const kinds = [volumeChanged && "volume", loadChanged && "intensity"].filter(Boolean);
  if ("decision" in e && r.decision !== e.decision)
    fails.push(`decision ${r.decision} ≠ ${String(e.decision)}`);
  if ("changed" in e && r.changed !== e.changed)
    fails.push(`changed ${String(r.changed)} ≠ ${String(e.changed)}`);
  if (e.oneVariableOnly && kinds.length !== 1)
    fails.push(`oneVariableOnly: ${kinds.join("+") || "nothing"} changed`);
  if (Array.isArray(e.increaseWithin)) {
    const [lo, hi] = e.increaseWithin as [number, number];
    const [a, b] =
      kinds[0] === "intensity"
        ? [current.loadKg ?? 0, r.next.loadKg ?? 0]
        : [volumeOf(current), volumeOf(r.next)];
    const ok =
      kinds.length === 1 &&
      a > 0 &&
      b >= a * (1 + lo / 100) - 1e-9 &&
      b <= Math.ceil(a * (1 + hi / 100) - 1e-9) + 1e-9;
    if (!ok) fails.push(`increaseWithin: ${a} → ${b}`);
  }
  const keys = new Set([...Object.keys(current), ...Object.keys(r.next)]) as Set<keyof Dose>;
  if (e.noIncrease) {
    const up = [...keys].filter((k) => (r.next[k] ?? 0) > (current[k] ?? 0));
    if (up.length) fails.push(`noIncrease: ${up.join(",")} went up`);
  }
  if (
    e.decreases &&
    !(Object.keys(current) as (keyof Dose)[]).some((k) => (r.next[k] ?? 0) < (current[k] ?? 0))
  ) {
    fails.push("decreases: nothing went down");
  }
  return fails;
}
