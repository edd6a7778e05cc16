/** The clinician's patient list: one row per linked patient, who needs attention first, in one aggregated query. */
import { sql } from "drizzle-orm";
import { PHASE_IDS, REGRESS_AT, type PhaseId, type PlanItem } from "@upstream/core";
import { dayNumber, daysBetween, isDaily, scheduledOn } from "../program/schedule.js";
import { rowsOf, type Db } from "../store.js";

/**
 * Why a patient is near the top, most urgent first. The weight of each is a power of two, so one reason
 * outranks every combination of the reasons below it.
 */
export const ATTENTION_REASONS = ["red_flag", "escalation", "flare", "falling_adherence"] as const;
export type AttentionCode = (typeof ATTENTION_REASONS)[number];
const WEIGHT: Record<AttentionCode, number> = { red_flag: 8, escalation: 4, flare: 2, falling_adherence: 1 };

export interface AttentionReason {
  code: AttentionCode;
  /** One plain sentence for the clinician: what happened and when. */
  text: string;
}

export interface OverviewRow {
  personId: string;
  displayName: string | null;
  linkedAt: string;
  reasons: AttentionReason[];
  /** The sum of the reasons' weights: 0 when nothing needs attention. */
  rank: number;
  triage: { level: "red" | "yellow" | "green"; at: string } | null;
  /** The most likely driver of the latest assessment. */
  driver: string | null;
  plan: {
    status: "active" | "stopped";
    version: number;
    cause: string;
    /** The program week today falls in (1 = the first). */
    week: number;
    /** The furthest phase of the plan that has exercises (recovery habits run throughout and are not counted). */
    phase: PhaseId | null;
  } | null;
  /** Logged sessions as a share of scheduled days, 0-100; null when nothing was scheduled in the window. */
  adherence: { last7: number | null; last28: number | null; previous21: number | null };
  /** Mean morning pain (check-ins) over the last 7 days and the 7 before; `change` is last7 - previous7. */
  pain: { last7: number | null; previous7: number | null; change: number | null };
  lastActivity: string | null;
}

/** A week counts when at least two thirds of its sessions are done (contract, progress › Settled here). */
const ADHERENCE_FLOOR = 2 / 3;
/** Days back that a red flag, a flare or a pain spike stays "recent": the week a weekly review looks at. */
const RECENT_DAYS = 7;

interface Raw {
  person_id: string;
  display_name: string | null;
  linked_at: number;
  triage_level: "red" | "yellow" | "green" | null;
  assessed_at: number | null;
  driver: string | null;
  start_date: string | null;
  status: "active" | "stopped" | null;
  version: number | null;
  cause: string | null;
  version_at: number | null;
  phases: string[] | null;
  frequencies: string[] | null;
  logged7: number | null;
  logged_prev21: number | null;
  max_during7: number | null;
  spike_day: string | null;
  last_log: number | null;
  pain7: number | null;
  pain_prev7: number | null;
  max_pain7: number | null;
  red_day: string | null;
  above_baseline7: number | null;
  baseline: number | null;
  last_checkin: number | null;
  open_escalations: number | null;
  open_red: number | null;
  escalation_text: string | null;
  last_escalation: number | null;
  last_review: number | null;
}

/** Epoch milliseconds of a timestamp: the same number from PGlite and PostgreSQL, whatever their text forms. */
const ms = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/**
 * The overview of every patient linked to the clinician (revoked links excluded), most in need of attention
 * first, then by latest activity. `today` is the clinician's day (YYYY-MM-DD): windows end on it.
 *
 * One SQL statement: each patient's latest assessment, plan and version by index (lateral, newest first), and
 * the last 28 days of sessions and 14 days of check-ins aggregated in the database; the schedule and the
 * reasons are then worked out here from a handful of numbers per patient.
 *
 * @example await clinicianOverview(store.db, clinicianId, "2026-03-02")
 */
export async function clinicianOverview(db: Db, clinicianId: string, today: string): Promise<OverviewRow[]> {
  // The plan's estimated cost grows with the patients (about 200 a patient) and crosses PostgreSQL's JIT
  // threshold near 500: compiling it then costs more (70-80 ms) than running it. Index lookups need no JIT.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql.raw("set local jit = off"));
    return tx.execute(overviewQuery(clinicianId, today));
  });
  const rows = rowsOf<Raw>(result).map((raw) => toRow(raw, today));
  return rows.sort(
    (a, b) =>
      b.rank - a.rank ||
      (b.lastActivity ?? "").localeCompare(a.lastActivity ?? "") ||
      a.personId.localeCompare(b.personId),
  );
}

/** The overview's one SQL statement (exported for EXPLAIN in the bench). */
export function overviewQuery(clinicianId: string, today: string) {
  const recent = sql.raw(String(RECENT_DAYS));
  const spike = sql.raw(String(REGRESS_AT));
  return sql`
    with linked as (
      select l.person_id, l.created_at as linked_at, p.display_name, p.baseline_pain
      from clinician_links l join people p on p.id = l.person_id
      where l.clinician_id = ${clinicianId} and l.revoked_at is null
    )
    select
      k.person_id, k.display_name, ${ms("k.linked_at")} as linked_at,
      a.triage_level, ${ms("a.created_at")} as assessed_at, a.driver,
      pl.start_date::text as start_date, pl.status, v.version, v.cause, ${ms("v.created_at")} as version_at,
      rx.phases, rx.frequencies,
      s.logged7, s.logged_prev21, s.max_during7, s.spike_day::text as spike_day,
      ${ms(
        // The window's latest, else (rarely: nothing for four weeks) the latest ever; COALESCE runs it only then.
        `coalesce(s.last_log, (select max(x.logged_at) from session_logs x where x.person_id = k.person_id))`,
      )} as last_log,
      c.pain7, c.pain_prev7, c.max_pain7, c.red_day::text as red_day,
      c.above_baseline7, b.baseline, ${ms(
        `coalesce(c.last_checkin, (select max(x.created_at) from checkins x where x.person_id = k.person_id))`,
      )} as last_checkin,
      e.open_escalations, e.open_red, e.escalation_text, ${ms("e.last_escalation")} as last_escalation,
      ${ms("r.created_at")} as last_review
    from linked k
    left join lateral (
      select x.triage_level, x.created_at, x.result #>> '{drivers,0,id}' as driver
      from assessments x where x.person_id = k.person_id order by x.created_at desc limit 1
    ) a on true
    left join lateral (
      select x.id, x.start_date, x.status from plans x
      where x.person_id = k.person_id order by x.created_at desc, x.id desc limit 1
    ) pl on true
    left join lateral (
      select x.version, x.cause, x.created_at from plan_versions x
      where x.plan_id = pl.id order by x.version desc limit 1
    ) v on true
    left join lateral (
      select array_agg(distinct x.phase) as phases,
        array_agg(distinct x.frequency) as frequencies
      from prescriptions x where x.plan_id = pl.id and x.version = v.version
    ) rx on true
    left join lateral (
      select
        count(distinct x.day) filter (where x.day >= ${today}::date - 7 and x.day < ${today}::date)::int
          as logged7,
        count(distinct x.day) filter (where x.day < ${today}::date - 7)::int as logged_prev21,
        max(x.pain_during) filter (where x.day > ${today}::date - ${recent})::int as max_during7,
        max(x.day) filter (where x.day > ${today}::date - ${recent} and x.pain_during >= ${spike})
          as spike_day,
        max(x.logged_at) as last_log
      from session_logs x
      where x.person_id = k.person_id and x.day >= ${today}::date - 28 and x.day <= ${today}::date
    ) s on true
    left join lateral (
      select x.pain as baseline from checkins x
      where x.person_id = k.person_id and x.day <= ${today}::date - ${recent}
      order by x.day desc limit 1
    ) lb on true
    left join lateral (select coalesce(lb.baseline, k.baseline_pain) as baseline) b on true
    left join lateral (
      select
        avg(x.pain) filter (where x.day > ${today}::date - 7)::float8 as pain7,
        avg(x.pain) filter (where x.day <= ${today}::date - 7)::float8 as pain_prev7,
        max(x.pain) filter (where x.day > ${today}::date - ${recent})::int as max_pain7,
        max(x.day) filter (where x.day > ${today}::date - ${recent} and x.red) as red_day,
        count(*) filter (where x.day > ${today}::date - ${recent} and x.pain > b.baseline)::int
          as above_baseline7,
        max(x.created_at) as last_checkin
      from checkins x
      where x.person_id = k.person_id and x.day > ${today}::date - 14 and x.day <= ${today}::date
    ) c on true
    left join lateral (
      select
        count(*) filter (where x.acknowledged_at is null)::int as open_escalations,
        count(*) filter (where x.acknowledged_at is null and x.escalation = 'red_flag_at_checkin')::int
          as open_red,
        (array_agg(x.text order by x.created_at desc) filter (where x.acknowledged_at is null))[1]
          as escalation_text,
        max(x.created_at) as last_escalation
      from escalation_events x where x.person_id = k.person_id
    ) e on true
    left join lateral (
      select x.created_at from reviews x where x.person_id = k.person_id
      order by x.week_end desc limit 1
    ) r on true
  `;
}

const iso = (n: number | null | undefined) =>
  n === null || n === undefined ? null : new Date(n).toISOString();
const percent = (done: number, scheduled: number) =>
  scheduled > 0 ? Math.round((Math.min(done, scheduled) / scheduled) * 100) : null;
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Scheduled days of a plan in [from, to] (inclusive), using the latest version's phases and frequencies. Days
 * are day numbers (`dayNumber`): a clinic's list counts 28 days for each of hundreds of patients, and date
 * strings cost a parse and a format per day.
 */
function scheduledDays(
  raw: Pick<Raw, "phases" | "frequencies">,
  start: number,
  from: number,
  to: number,
  until: number | null,
): number {
  const phases = (raw.phases ?? []).filter((p): p is PhaseId => (PHASE_IDS as readonly string[]).includes(p));
  const probe = { frequency: "" } as PlanItem;
  const anyDaily = (raw.frequencies ?? []).some(isDaily);
  let n = 0;
  for (let day = Math.max(from, start); day <= to; day++) {
    if (until !== null && day >= until) break;
    if (anyDaily || phases.some((p) => scheduledOn(p, probe, day - start))) n++;
  }
  return n;
}

function toRow(raw: Raw, today: string): OverviewRow {
  const reasons: AttentionReason[] = [];
  const plan =
    raw.start_date && raw.status && raw.version !== null
      ? {
          status: raw.status,
          version: raw.version,
          cause: raw.cause ?? "",
          week: Math.max(0, Math.floor(daysBetween(raw.start_date, today) / 7)) + 1,
          phase:
            [...PHASE_IDS].reverse().find((p) => p !== "recovery" && (raw.phases ?? []).includes(p)) ?? null,
        }
      : null;

  // Adherence counts whole days: the 7 days before today, and the 21 before those (today is not over yet).
  let adherence: OverviewRow["adherence"] = { last7: null, last28: null, previous21: null };
  let falling: string | undefined;
  if (plan && raw.start_date) {
    // A stopped plan schedules nothing from the day it stopped.
    const until = plan.status === "stopped" ? dayNumber(iso(raw.version_at)!.slice(0, 10)) : null;
    const now = dayNumber(today);
    const start = dayNumber(raw.start_date);
    const s7 = scheduledDays(raw, start, now - 7, now - 1, until);
    const s21 = scheduledDays(raw, start, now - 28, now - 8, until);
    const d7 = raw.logged7 ?? 0;
    const d21 = raw.logged_prev21 ?? 0;
    adherence = {
      last7: percent(d7, s7),
      last28: percent(d7 + d21, s7 + s21),
      previous21: percent(d21, s21),
    };
    const rate7 = s7 > 0 ? d7 / s7 : undefined;
    const rate21 = s21 > 0 ? d21 / s21 : undefined;
    if (
      plan.status === "active" &&
      rate7 !== undefined &&
      rate7 < ADHERENCE_FLOOR &&
      (rate21 === undefined || rate7 < rate21)
    )
      falling =
        `${d7} of ${s7} scheduled sessions logged in the last 7 days` +
        (rate21 === undefined ? "" : `, down from ${adherence.previous21} % in the 3 weeks before`);
  }

  if (raw.red_day || (raw.open_red ?? 0) > 0)
    reasons.push({
      code: "red_flag",
      text: raw.red_day
        ? `Red-flag sign at the check-in on ${raw.red_day}: the plan is stopped, urgent care advised.`
        : "Red-flag sign at a check-in, not yet acknowledged.",
    });
  if ((raw.open_escalations ?? 0) > 0)
    reasons.push({
      code: "escalation",
      text:
        `${raw.open_escalations} unacknowledged escalation${raw.open_escalations === 1 ? "" : "s"}` +
        (raw.escalation_text ? `: ${raw.escalation_text}` : "."),
    });
  // The pain rules of seed 000 step 6: a spike to 5/10 or more, or pain that lingers above the usual level.
  const flare: string[] = [];
  if (raw.spike_day) flare.push(`pain ${raw.max_during7}/10 during a session (${raw.spike_day})`);
  if ((raw.max_pain7 ?? 0) >= REGRESS_AT) flare.push(`morning pain up to ${raw.max_pain7}/10`);
  if ((raw.above_baseline7 ?? 0) >= 2 && raw.baseline !== null)
    flare.push(`morning pain above the usual ${raw.baseline}/10 on ${raw.above_baseline7} days`);
  if (flare.length) reasons.push({ code: "flare", text: `Flare in the last 7 days: ${flare.join("; ")}.` });
  if (falling) reasons.push({ code: "falling_adherence", text: `Falling adherence: ${falling}.` });

  const last = [raw.last_log, raw.last_checkin, raw.assessed_at, raw.last_escalation, raw.last_review].filter(
    (n): n is number => n !== null && n !== undefined,
  );
  const pain7 = round1(raw.pain7);
  const painPrev = round1(raw.pain_prev7);
  return {
    personId: raw.person_id,
    displayName: raw.display_name,
    linkedAt: iso(raw.linked_at)!,
    reasons,
    rank: reasons.reduce((sum, r) => sum + WEIGHT[r.code], 0),
    triage:
      raw.triage_level && raw.assessed_at !== null
        ? { level: raw.triage_level, at: iso(raw.assessed_at)! }
        : null,
    driver: raw.driver,
    plan,
    adherence,
    pain: {
      last7: pain7,
      previous7: painPrev,
      change: pain7 === null || painPrev === null ? null : round1(pain7 - painPrev),
    },
    lastActivity: last.length ? iso(Math.max(...last)) : null,
  };
}
