/**
 * The series the progress report draws: pain over time with the weekly reviews, adherence per plan week, the
 * left/right self-tests over assessments and the change in each outcome measure. (A shared `summarizeProgress` in
 * core did not exist when this was written; when it does, these can move there.)
 */
import type { MeasureId, PersonRecord } from "@upstream/core";
import { addDays, dayKind, daysBetween } from "@upstream/store";

export interface PainPoint {
  day: string;
  pain: number;
  source: "session" | "checkin";
  /** A check-in that reported a red-flag sign. */
  red: boolean;
}

/** Every pain score by day (sessions: pain during; check-ins: morning pain), oldest first, and the review weeks. */
export function painSeries(record: PersonRecord): { points: PainPoint[]; reviews: string[] } {
  const points: PainPoint[] = [
    ...record.sessionLogs.map((s) => ({
      day: s.day,
      pain: s.painDuring,
      source: "session" as const,
      red: false,
    })),
    ...record.checkins.map((c) => ({ day: c.day, pain: c.pain, source: "checkin" as const, red: c.red })),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.source.localeCompare(b.source));
  const reviews = [...new Set(record.reviews.map((r) => r.weekEnd))].sort();
  return { points, reviews };
}

export interface AdherenceWeek {
  planId: string;
  /** 1-based week of that plan. */
  week: number;
  start: string;
  end: string;
  /** Training days in the week (the plan rests one day in seven), up to the plan's end or today. */
  planned: number;
  /** Distinct days with a logged session. */
  logged: number;
}

/** Sessions logged against training days, week by week of each plan, up to `today`. */
export function weeklyAdherence(record: PersonRecord, today: string): AdherenceWeek[] {
  const plans = [...record.plans].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return plans.flatMap((plan, i) => {
    const sessionDays = new Set(record.sessionLogs.filter((s) => s.planId === plan.id).map((s) => s.day));
    const next = plans[i + 1]?.startDate;
    const stoppedAt = record.planVersions
      .filter((v) => v.planId === plan.id && v.cause === "stopped")
      .map((v) => v.createdAt.slice(0, 10))
      .sort()
      .at(-1);
    // A stop without its own version (a red check-in) ends the plan at the last thing recorded for it.
    const lastLogged = [...sessionDays].sort().at(-1);
    let end = today;
    if (next !== undefined && addDays(next, -1) < end) end = addDays(next, -1);
    if (plan.status === "stopped") {
      const stop = stoppedAt ?? lastLogged ?? plan.startDate;
      if (stop < end) end = stop;
    }
    const weeks: AdherenceWeek[] = [];
    for (let w = 0; addDays(plan.startDate, 7 * w) <= end; w++) {
      const start = addDays(plan.startDate, 7 * w);
      const weekEnd = addDays(start, 6) < end ? addDays(start, 6) : end;
      let planned = 0;
      let logged = 0;
      for (let d = start; d <= weekEnd; d = addDays(d, 1)) {
        if (dayKind(daysBetween(plan.startDate, d)) !== "rest") planned++;
        if (sessionDays.has(d)) logged++;
      }
      weeks.push({
        planId: plan.id,
        week: w + 1,
        start,
        end: weekEnd,
        planned,
        logged: Math.min(logged, planned),
      });
    }
    return weeks;
  });
}

export interface SideResult {
  left?: number | undefined;
  right?: number | undefined;
}

export interface SelfTestRow {
  day: string;
  triage: "red" | "yellow" | "green";
  calfRaise?: SideResult | undefined;
  sidePlank?: SideResult | undefined;
  singleLegBridge?: SideResult | undefined;
}

/** The timed and counted left/right self-tests of each assessment, oldest first. */
export function selfTestRows(record: PersonRecord): SelfTestRow[] {
  return [...record.assessments]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((a) => ({
      day: a.createdAt.slice(0, 10),
      triage: a.triageLevel,
      calfRaise: a.input.selfTests?.calfRaise,
      sidePlank: a.input.selfTests?.sidePlank,
      singleLegBridge: a.input.selfTests?.singleLegBridge,
    }));
}

/** Whether a lower score is better on an instrument (pain, disability, risk) or a higher one (PSFS ability). */
export const LOWER_IS_BETTER: Record<MeasureId, boolean> = {
  nprs: true,
  rmdq: true,
  psfs: false,
  start_back: true,
};

export interface MeasureChange {
  instrument: MeasureId;
  max: number;
  first: { day: string; score: number };
  latest: { day: string; score: number };
  count: number;
  /** latest − first; positive means the score rose. */
  change: number;
  /** "better", "worse" or "same", by the instrument's direction. */
  direction: "better" | "worse" | "same";
  latestSummary: string;
}

/** Per instrument: the first and latest scored responses and what the change means. */
export function measureChanges(record: PersonRecord): MeasureChange[] {
  const order: MeasureId[] = ["nprs", "rmdq", "psfs", "start_back"];
  return order.flatMap((instrument) => {
    const scored = (record.measures ?? [])
      .filter((m) => m.instrument === instrument && m.result.score !== null)
      .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
    const first = scored[0];
    const latest = scored.at(-1);
    if (!first || !latest) return [];
    const change = Math.round((latest.result.score! - first.result.score!) * 10) / 10;
    const improved = LOWER_IS_BETTER[instrument] ? change < 0 : change > 0;
    return [
      {
        instrument,
        max: latest.result.max,
        first: { day: first.day, score: first.result.score! },
        latest: { day: latest.day, score: latest.result.score! },
        count: scored.length,
        change,
        direction: change === 0 ? "same" : improved ? "better" : "worse",
        latestSummary: latest.result.summary,
      },
    ];
  });
}
