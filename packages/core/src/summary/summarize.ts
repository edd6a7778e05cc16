/** The progress summary of one person's record: pain over time, weekly reviews, self-tests against their limits, adherence. */
import type { PhaseId } from "../contract/ids.js";
import { THRESHOLDS } from "../drivers/thresholds.js";
import { ESCALATION_RULES, STUCK_WEEKS } from "../escalations/evaluate.js";
import { PROGRAMS } from "../knowledge/programs.js";
import type { Source } from "../knowledge/schema.js";
import { addDays, daysBetween, dayNumber, scheduledOn } from "../program/schedule.js";
import { PAIN_DURING_MAX, REGRESS_AT } from "../progress/limits.js";

/* ------------------------------------------------------------------------------------------------------------
 * The input: the rows of the history document (GET /api/people/me/history, the store's export document), as
 * much of them as the summary reads. The store's ExportDocument satisfies it; so does a hand-made record.
 * ---------------------------------------------------------------------------------------------------------- */

/** A left/right pair of self-test figures (either side may be missing). */
export interface SidePair {
  left?: number | undefined;
  right?: number | undefined;
}

export interface ProgressAssessmentRow {
  id: string;
  /** ISO 8601 instant; its date is the day of the assessment. */
  createdAt: string;
  /** Weeks on the plan when it was taken (0 for a first assessment). */
  programWeeks?: number | undefined;
  input: { selfTests?: { calfRaise?: SidePair | undefined; sidePlank?: SidePair | undefined } | undefined };
}

export interface ProgressPlanRow {
  id: string;
  /** YYYY-MM-DD: day index 0 of the program. */
  startDate: string;
  status: string;
}

/** The part of a plan the schedule reads. */
export interface ScheduledPlanShape {
  phases: readonly {
    id: PhaseId;
    onHold?: true | undefined;
    items: readonly { exercise: string; frequency: string }[];
  }[];
}

export interface ProgressPlanVersionRow {
  planId: string;
  version: number;
  /** ISO 8601 instant; the version is in force from its date on. */
  createdAt: string;
  cause: string;
  plan: ScheduledPlanShape;
}

export interface ProgressSessionLogRow {
  day: string;
  painDuring: number;
  planId?: string | undefined;
}

export interface ProgressCheckinRow {
  day: string;
  pain: number;
  red?: boolean | undefined;
}

export interface ProgressReviewRow {
  planId?: string | undefined;
  weekStart: string;
  weekEnd: string;
  toVersion: number;
  decisions: readonly { exercise: string; result: { decision: string } }[];
}

export interface ProgressEscalationRow {
  createdAt: string;
  escalation: string;
  action: string;
  text: string;
}

/** One person's record as the summary reads it. */
export interface ProgressRecord {
  assessments: readonly ProgressAssessmentRow[];
  plans: readonly ProgressPlanRow[];
  planVersions: readonly ProgressPlanVersionRow[];
  sessionLogs: readonly ProgressSessionLogRow[];
  checkins: readonly ProgressCheckinRow[];
  reviews: readonly ProgressReviewRow[];
  escalationEvents?: readonly ProgressEscalationRow[] | undefined;
}

export interface SummarizeOptions {
  /**
   * Today, YYYY-MM-DD, in the person's own time zone: adherence counts the scheduled days up to it and the
   * trend compares the 7 days ending on it. Without it, the last day with any data stands in.
   */
  today?: string | undefined;
}

/* ------------------------------------------------------------------------------------------------------------
 * The output.
 * ---------------------------------------------------------------------------------------------------------- */

export interface DayValue {
  day: string;
  value: number;
}

export type ReviewMarkerOutcome = "progressed" | "held" | "regressed";

export interface ReviewMarker {
  weekStart: string;
  weekEnd: string;
  /** As the store decides a review's cause: regressed if any exercise regressed, else progressed if any did. */
  outcome: ReviewMarkerOutcome;
  progressed: number;
  held: number;
  regressed: number;
}

export interface SelfTestPoint {
  /** The day of the assessment. */
  day: string;
  assessmentId: string;
  programWeeks: number;
  left: number | null;
  right: number | null;
  /** |left - right| when both sides were tested. */
  gap: number | null;
}

export interface AdherenceWeek {
  planId: string;
  /** 1-based week of that plan. */
  week: number;
  start: string;
  /** The week's last day counted (earlier than start + 6 for a week still going or a plan that stopped). */
  end: string;
  /** Days with a session scheduled, up to `end`. */
  scheduled: number;
  /** Scheduled days with a session logged. */
  logged: number;
  /** logged / scheduled, 0 to 1; null when nothing was scheduled. */
  ratio: number | null;
}

export interface PainWindow {
  from: string;
  to: string;
  /** Mean to one decimal; null with no values in the window. */
  mean: number | null;
  count: number;
}

export interface PainTrend {
  last7: PainWindow;
  previous7: PainWindow;
  /** last7.mean - previous7.mean, to one decimal; null unless both windows have values. */
  change: number | null;
  direction: "lower" | "higher" | "same" | "unknown";
}

export interface ProgressSummary {
  /** The day the summary runs to: options.today, or the last day with data; undefined for an empty record. */
  asOf: string | undefined;
  /** The first day with data (the first plan's start, or the first assessment). */
  firstDay: string | undefined;
  pain: {
    /** Pain during each session day (the highest when a day has several logs), 0-10. */
    during: DayValue[];
    /** The morning check-in's pain, dated on the check-in day: the next-day pain of the day before's session. */
    nextDay: DayValue[];
  };
  reviews: ReviewMarker[];
  selfTests: { calfRaise: SelfTestPoint[]; sidePlank: SelfTestPoint[] };
  thresholds: typeof PROGRESS_THRESHOLDS;
  /**
   * The "stuck?" rule for calf raises as it stands at the latest assessment: met when the sides still differ
   * by more than the gap after the weeks the rule allows.
   */
  calfRaiseStuck: boolean;
  /** The day the calf-raise "stuck?" rule starts to apply on the current plan (its start + 2 weeks). */
  stuckCheckFrom: string | undefined;
  adherence: AdherenceWeek[];
  trend: { nextDay: PainTrend; during: PainTrend };
  /** "See a clinician" and other escalations recorded, oldest first. */
  escalations: { day: string; id: string; action: string; text: string }[];
}

const S000 = "000_4c8d56c44adcabb3.txt";
const runnerStuck = PROGRAMS.find((p) => p.id === "runner")?.stuck;
const calfRule = ESCALATION_RULES.find((r) => r.id === "calf_raise_asymmetry_persists");
// Both are knowledge checked by tests; missing, they are a bug in the knowledge base.
if (!runnerStuck || !calfRule) throw new Error("the runner's stuck? rule is missing from the knowledge base");

/**
 * The limits the charts draw, with their sources: the calf-raise "stuck?" rule (the runner persona's, which
 * the escalation engine applies to anyone), the side-plank endurance limit of the self-check, and the pain
 * rules of the weekly review. There is no "stuck?" rule for the side plank in the seeds: its line is the
 * self-check's own limit (under 20 s, trunk endurance is a limiter).
 */
export const PROGRESS_THRESHOLDS = {
  calfRaiseGap: {
    /** More than this many reps between the sides... */
    reps: THRESHOLDS.calfRaiseGap,
    /** ...after this many weeks on the plan: see a clinician. */
    afterWeeks: STUCK_WEEKS.calfRaise,
    escalation: "calf_raise_asymmetry_persists",
    text: runnerStuck.text,
    source: calfRule.source,
  },
  sidePlank: {
    /** Under this many seconds with good form, trunk endurance is a limiter. */
    seconds: THRESHOLDS.sidePlankWeak,
    goodSeconds: THRESHOLDS.sidePlankGood,
    text: "Can you hold a side plank (knees or feet) for 20-30 seconds with good form? If not, trunk endurance is a limiter.",
    source: { doc: S000, section: "Self-checks you can try at home › Core endurance" } as Source,
  },
  painDuring: {
    /** Pain during a session up to this is fine. */
    max: PAIN_DURING_MAX,
    /** A spike to this or more eases the plan back. */
    regressAt: REGRESS_AT,
    source: { doc: S000, section: "Step-by-step plan › 6. Reload the target muscle (pain rules)" } as Source,
  },
} as const;

const dayOf = (iso: string) => iso.slice(0, 10);
const isDay = (text: string) => !Number.isNaN(dayNumber(text));
const round1 = (n: number) => Math.round(n * 10) / 10;
const maxDay = (days: readonly string[]) =>
  days.reduce<string | undefined>((m, d) => (m && m > d ? m : d), undefined);
const minDay = (days: readonly string[]) =>
  days.reduce<string | undefined>((m, d) => (m && m < d ? m : d), undefined);

function painByDay(rows: readonly { day: string; value: number }[]): DayValue[] {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.day, Math.max(by.get(r.day) ?? r.value, r.value));
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, value]) => ({ day, value }));
}

function reviewMarker(r: ProgressReviewRow): ReviewMarker {
  const count = (d: string) => r.decisions.filter((x) => x.result.decision === d).length;
  const progressed = count("progress");
  const held = count("hold");
  const regressed = count("regress");
  const outcome: ReviewMarkerOutcome = regressed > 0 ? "regressed" : progressed > 0 ? "progressed" : "held";
  return { weekStart: r.weekStart, weekEnd: r.weekEnd, outcome, progressed, held, regressed };
}

function selfTestPoints(
  assessments: readonly ProgressAssessmentRow[],
  pick: (a: ProgressAssessmentRow) => SidePair | undefined,
): SelfTestPoint[] {
  return assessments.flatMap((a) => {
    const pair = pick(a);
    const left = pair?.left ?? null;
    const right = pair?.right ?? null;
    if (left === null && right === null) return [];
    return [
      {
        day: dayOf(a.createdAt),
        assessmentId: a.id,
        programWeeks: a.programWeeks ?? 0,
        left,
        right,
        gap: left !== null && right !== null ? Math.abs(left - right) : null,
      },
    ];
  });
}

function painWindow(values: readonly DayValue[], from: string, to: string): PainWindow {
  const inside = values.filter((v) => v.day >= from && v.day <= to);
  const mean = inside.length ? round1(inside.reduce((s, v) => s + v.value, 0) / inside.length) : null;
  return { from, to, mean, count: inside.length };
}

function painTrend(values: readonly DayValue[], asOf: string): PainTrend {
  const last7 = painWindow(values, addDays(asOf, -6), asOf);
  const previous7 = painWindow(values, addDays(asOf, -13), addDays(asOf, -7));
  if (last7.mean === null || previous7.mean === null)
    return { last7, previous7, change: null, direction: "unknown" };
  const change = round1(last7.mean - previous7.mean);
  return { last7, previous7, change, direction: change < 0 ? "lower" : change > 0 ? "higher" : "same" };
}

/** Whether any item of the plan is scheduled on day `index` (the Today page then offers a session). */
function hasSession(plan: ScheduledPlanShape, index: number): boolean {
  return plan.phases.some((p) => !p.onHold && p.items.some((item) => scheduledOn(p.id, item, index)));
}

function adherenceOf(record: ProgressRecord, asOf: string): AdherenceWeek[] {
  const plans = [...record.plans]
    .filter((p) => isDay(p.startDate))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const out: AdherenceWeek[] = [];
  plans.forEach((plan, i) => {
    const versions = record.planVersions
      .filter((v) => v.planId === plan.id)
      .sort((a, b) => a.version - b.version);
    if (versions.length === 0) return;
    // A plan runs until it is stopped, the next plan starts, or today, whichever comes first.
    const stopped = versions.find((v) => v.cause === "stopped");
    const next = plans[i + 1];
    let end = asOf;
    if (stopped) end = minDay([end, addDays(dayOf(stopped.createdAt), -1)]) ?? end;
    if (next) end = minDay([end, addDays(next.startDate, -1)]) ?? end;
    const days = daysBetween(plan.startDate, end) + 1;
    if (days <= 0) return;
    const logged = new Set(
      record.sessionLogs.filter((l) => l.planId === undefined || l.planId === plan.id).map((l) => l.day),
    );
    // The version in force on a day: the latest one made by then (the first from the start, whenever saved).
    const inForce = (day: string) =>
      versions.reduce<ScheduledPlanShape | undefined>(
        (cur, v) =>
          v.cause === "stopped"
            ? cur
            : v.version === versions[0]!.version || dayOf(v.createdAt) <= day
              ? v.plan
              : cur,
        undefined,
      );
    for (let w = 0; w * 7 < days; w++) {
      const start = addDays(plan.startDate, w * 7);
      const last = Math.min(days, (w + 1) * 7) - 1;
      let scheduled = 0;
      let done = 0;
      for (let index = w * 7; index <= last; index++) {
        const day = addDays(plan.startDate, index);
        const shape = inForce(day);
        if (!shape || !hasSession(shape, index)) continue;
        scheduled++;
        if (logged.has(day)) done++;
      }
      out.push({
        planId: plan.id,
        week: w + 1,
        start,
        end: addDays(plan.startDate, last),
        scheduled,
        logged: done,
        ratio: scheduled ? Math.round((done / scheduled) * 100) / 100 : null,
      });
    }
  });
  return out;
}

/**
 * Summarizes a person's record for charts and reports: pain during sessions and at the next morning's
 * check-in, the weekly reviews, the left and right calf raises and side-plank seconds at each assessment with
 * the limits they are judged against, adherence per program week, and the pain trend (mean of the last 7
 * days against the 7 before). Pure: "today" comes in as an option.
 *
 * @example
 * const doc = await exportPerson(db, personId); // or GET /api/people/me/history
 * const s = summarizeProgress(doc!, { today: "2026-02-01" });
 * s.trend.nextDay.direction; // "lower" when the mornings hurt less than the week before
 */
export function summarizeProgress(record: ProgressRecord, options: SummarizeOptions = {}): ProgressSummary {
  const sessionDays = record.sessionLogs.filter((l) => isDay(l.day));
  const checkinDays = record.checkins.filter((c) => isDay(c.day));
  const assessments = [...record.assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const dataDays = [
    ...sessionDays.map((l) => l.day),
    ...checkinDays.map((c) => c.day),
    ...record.reviews.map((r) => r.weekEnd).filter(isDay),
    ...assessments.map((a) => dayOf(a.createdAt)).filter(isDay),
    ...record.plans.map((p) => p.startDate).filter(isDay),
  ];
  const today = options.today !== undefined && isDay(options.today) ? options.today : undefined;
  const asOf = today ?? maxDay(dataDays);
  const during = painByDay(sessionDays.map((l) => ({ day: l.day, value: l.painDuring })));
  const nextDay = painByDay(checkinDays.map((c) => ({ day: c.day, value: c.pain })));
  const calfRaise = selfTestPoints(assessments, (a) => a.input.selfTests?.calfRaise);
  const sidePlank = selfTestPoints(assessments, (a) => a.input.selfTests?.sidePlank);
  const latestCalf = calfRaise.at(-1);
  const current = [...record.plans]
    .filter((p) => isDay(p.startDate))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .at(-1);
  const empty: PainTrend = {
    last7: { from: "", to: "", mean: null, count: 0 },
    previous7: { from: "", to: "", mean: null, count: 0 },
    change: null,
    direction: "unknown",
  };
  return {
    asOf,
    firstDay: minDay(dataDays),
    pain: { during, nextDay },
    reviews: [...record.reviews].sort((a, b) => a.weekEnd.localeCompare(b.weekEnd)).map(reviewMarker),
    selfTests: { calfRaise, sidePlank },
    thresholds: PROGRESS_THRESHOLDS,
    calfRaiseStuck:
      latestCalf?.gap !== null &&
      latestCalf !== undefined &&
      latestCalf.gap > PROGRESS_THRESHOLDS.calfRaiseGap.reps &&
      latestCalf.programWeeks >= PROGRESS_THRESHOLDS.calfRaiseGap.afterWeeks,
    stuckCheckFrom: current
      ? addDays(current.startDate, 7 * PROGRESS_THRESHOLDS.calfRaiseGap.afterWeeks)
      : undefined,
    adherence: asOf ? adherenceOf(record, asOf) : [],
    trend: asOf
      ? { nextDay: painTrend(nextDay, asOf), during: painTrend(during, asOf) }
      : { nextDay: empty, during: empty },
    escalations: [...(record.escalationEvents ?? [])]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((e) => ({ day: dayOf(e.createdAt), id: e.escalation, action: e.action, text: e.text })),
  };
}
