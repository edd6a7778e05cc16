/** The program over time: composes the pure engines with the store. Time and ids are passed in. */
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import {
  assess,
  ENGINE_VERSION,
  getExercise,
  reasonIdOfFlag,
  reviewWeek,
  urgentAction,
  urgentNow,
  type AssessmentInput,
  type AssessmentResult,
  type CheckinInput,
  type Dose,
  type ExerciseId,
  type Plan,
  type PlanItem,
  type ProgressInput,
  type SessionLogInput,
} from "@upstream/core";
import {
  assessments,
  checkins,
  escalationEvents,
  people,
  planVersions,
  plans,
  prescriptions,
  reviews,
  sessionLogs,
  type CheckinFlags,
  type LoggedExercise,
  type PlanCause,
  type ReviewDecision,
} from "../schema.js";
import { ReadCache } from "../read-cache.js";
import type { Db, Store } from "../store.js";
import { addDays, dayKind, daysBetween, itemsOn, scheduledOn, type ScheduledItem } from "./schedule.js";

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; code: ProgramErrorCode; field?: string; message: string };
export type ProgramErrorCode = "no_person" | "no_plan" | "plan_stopped" | "conflict" | "invalid";

const NO_PLAN = "no plan yet: save an assessment first";

const fail = <T>(code: ProgramErrorCode, message: string, field?: string): Outcome<T> =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, field, message };

export interface Clock {
  /** The current instant, ISO 8601. */
  now(): string;
  newId(): string;
}

/** Exercises that are habits rather than doses: the weekly review leaves them alone. */
const HABITS: ReadonlySet<string> = new Set(["position_changes", "relief_positions"]);

/** The person's newest plan at its latest version. */
export interface CurrentPlan {
  planId: string;
  startDate: string;
  status: "active" | "stopped";
  stoppedReason: string | null;
  version: number;
  cause: PlanCause;
  plan: Plan;
}

export interface ActivePlan extends CurrentPlan {
  lastIncrease: Map<string, "volume" | "intensity" | null>;
}

/** The plan, or why there is none to act on. */
function checkLive<P extends CurrentPlan>(plan: P | undefined): Outcome<P> {
  if (!plan) return fail("no_plan", NO_PLAN);
  if (plan.status === "stopped")
    return fail("plan_stopped", `the plan is stopped: ${plan.stoppedReason ?? ""}`);
  return { ok: true, value: plan };
}

export interface TodayView {
  day: string;
  dayIndex: number;
  week: number;
  kind: "hard" | "easy" | "rest";
  items: ScheduledItem[];
  logged: boolean;
  checkinDue: boolean;
}

export interface StartOutcome {
  assessmentId: string;
  result: AssessmentResult;
  planId?: string;
}

export interface CheckinOutcome {
  red: boolean;
  message: string;
}

export interface ReviewOutcome {
  weekStart: string;
  weekEnd: string;
  fromVersion: number;
  toVersion: number;
  cause: PlanCause;
  decisions: ReviewDecision[];
}

function withDose(item: PlanItem, next: Dose, nextExercise?: ExerciseId): PlanItem {
  const out: PlanItem = { ...item, dose: next };
  if (nextExercise) {
    out.exercise = nextExercise;
    const preset = Object.values(getExercise(nextExercise).doses)[0];
    if (preset) out.frequency = preset.frequency;
  }
  return out;
}

export class ProgramService {
  /** Current plans for logging sessions, the most frequent write: a plan read costs ~2 ms on PGlite. */
  private readonly plans: ReadCache<CurrentPlan>;
  private readonly planExercises = new WeakMap<
    Plan,
    { all: ReadonlySet<string>; on(index: number): LoggedExercise[] }
  >();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.plans = new ReadCache(store);
  }

  private get db(): Db {
    return this.store.db;
  }

  async ensurePerson(personId: string, fields: { displayName?: string; baselinePain?: number } = {}) {
    await this.store.write(async (tx) => {
      const found = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
      if (found.length === 0) {
        await tx.insert(people).values({ id: personId, createdAt: this.clock.now(), ...fields });
      } else if (Object.keys(fields).length) {
        await tx.update(people).set(fields).where(eq(people.id, personId));
      }
    });
  }

  /** The person's current plan (the newest) at its latest version, in one query: what most requests need. */
  async currentPlan(personId: string, db: Db = this.db): Promise<CurrentPlan | undefined> {
    const [row] = await db
      .select({
        planId: plans.id,
        startDate: plans.startDate,
        status: plans.status,
        stoppedReason: plans.stoppedReason,
        version: planVersions.version,
        cause: planVersions.cause,
        plan: planVersions.plan,
      })
      .from(plans)
      .innerJoin(planVersions, eq(planVersions.planId, plans.id))
      .where(eq(plans.personId, personId))
      .orderBy(desc(plans.createdAt), desc(plans.id), desc(planVersions.version))
      .limit(1);
    return row;
  }

  /** The person's current plan (the newest), with its latest version and what each prescription last raised. */
  async activePlan(personId: string, db: Db = this.db): Promise<ActivePlan | undefined> {
    const current = await this.currentPlan(personId, db);
    if (!current) return undefined;
    const rx = await db
      .select({ exercise: prescriptions.exercise, lastIncrease: prescriptions.lastIncrease })
      .from(prescriptions)
      .where(and(eq(prescriptions.planId, current.planId), eq(prescriptions.version, current.version)));
    return { ...current, lastIncrease: new Map(rx.map((r) => [r.exercise, r.lastIncrease ?? null])) };
  }

  private async addVersion(
    tx: Db,
    planId: string,
    version: number,
    plan: Plan,
    cause: PlanCause,
    detail: {
      causeDetail?: string;
      assessmentId?: string;
      author?: string;
      lastIncrease?: Map<string, "volume" | "intensity" | null>;
    },
  ) {
    await tx.insert(planVersions).values({
      planId,
      version,
      createdAt: this.clock.now(),
      cause,
      causeDetail: detail.causeDetail ?? null,
      author: detail.author ?? "engine",
      assessmentId: detail.assessmentId ?? null,
      plan,
    });
    const rows = plan.phases.flatMap((p, pi) =>
      p.items.map((item, ii) => ({
        planId,
        version,
        exercise: item.exercise,
        phase: p.id,
        position: pi * 100 + ii,
        dose: item.dose,
        frequency: item.frequency,
        lastIncrease: detail.lastIncrease?.get(item.exercise) ?? null,
      })),
    );
    if (rows.length) await tx.insert(prescriptions).values(rows);
  }

  /** Stops the plan: the plan's status, and a version whose cause says why. */
  private async stopPlan(tx: Db, active: ActivePlan, reason: string, assessmentId?: string) {
    await tx
      .update(plans)
      .set({ status: "stopped", stoppedReason: reason })
      .where(eq(plans.id, active.planId));
    await this.addVersion(tx, active.planId, active.version + 1, active.plan, "stopped", {
      causeDetail: reason,
      ...(assessmentId ? { assessmentId } : {}),
    });
  }

  /** The active plan, or why there is none to act on. */
  private async livePlan(personId: string): Promise<Outcome<ActivePlan>> {
    return checkLive(await this.activePlan(personId));
  }

  private async recordEscalations(
    tx: Db,
    personId: string,
    result: AssessmentResult,
    origin: "assessment" | "review",
  ) {
    for (const e of result.escalations) {
      await tx.insert(escalationEvents).values({
        id: this.clock.newId(),
        personId,
        createdAt: this.clock.now(),
        escalation: e.id,
        action: e.action,
        text: e.text,
        origin,
      });
    }
  }

  /**
   * Assesses the person and, unless the result is red, saves a new plan starting on `startDay`.
   * A red result is saved too, with no plan: the person is told to get urgent care.
   */
  async start(personId: string, input: AssessmentInput, startDay: string): Promise<Outcome<StartOutcome>> {
    await this.ensurePerson(personId, input.weightKg === undefined ? {} : {});
    const { result } = assess(input);
    const assessmentId = this.clock.newId();
    const planId = this.clock.newId();
    await this.store.write(async (tx) => {
      if (input.weightKg !== undefined)
        await tx.update(people).set({ weightKg: input.weightKg }).where(eq(people.id, personId));
      await tx.insert(assessments).values({
        id: assessmentId,
        personId,
        createdAt: this.clock.now(),
        engineVersion: ENGINE_VERSION,
        input,
        result,
        triageLevel: result.triage.level,
        programWeeks: input.programWeeks ?? 0,
      });
      await this.recordEscalations(tx, personId, result, "assessment");
      if (!result.plan) return;
      await tx
        .insert(plans)
        .values({ id: planId, personId, createdAt: this.clock.now(), startDate: startDay, status: "active" });
      await this.addVersion(tx, planId, 1, result.plan, "created", {
        assessmentId,
        causeDetail: "first assessment",
      });
    });
    return { ok: true, value: result.plan ? { assessmentId, result, planId } : { assessmentId, result } };
  }

  /** The day's session: the exercises scheduled on that day of the program. */
  async today(personId: string, day: string): Promise<Outcome<TodayView>> {
    const live = await this.livePlan(personId);
    if (!live.ok) return live;
    const active = live.value;
    const index = daysBetween(active.startDate, day);
    if (index < 0) return fail("invalid", `the plan starts on ${active.startDate}`, "day");
    const logged = await this.db
      .select({ id: sessionLogs.id })
      .from(sessionLogs)
      .where(and(eq(sessionLogs.personId, personId), eq(sessionLogs.day, day)));
    const [checkin] = await this.db
      .select({ id: checkins.id })
      .from(checkins)
      .where(and(eq(checkins.personId, personId), eq(checkins.day, day)));
    return {
      ok: true,
      value: {
        day,
        dayIndex: index,
        week: Math.floor(index / 7) + 1,
        kind: dayKind(index),
        items: itemsOn(active.plan, index),
        logged: logged.length > 0,
        checkinDue: index > 0 && !checkin,
      },
    };
  }

  /**
   * A plan's exercises, and those scheduled on a day as a log that did them all, worked out once per plan
   * object: the remembered plans (see `plans`) are logged against many times a day.
   */
  private exercisesOf(plan: Plan) {
    let found = this.planExercises.get(plan);
    if (!found) {
      const byDay = new Map<number, LoggedExercise[]>();
      found = {
        all: new Set<string>(plan.phases.flatMap((p) => p.items.map((i) => i.exercise))),
        on(index: number): LoggedExercise[] {
          let done = byDay.get(index);
          if (!done) {
            const planned = new Set<string>(itemsOn(plan, index).map((i) => i.exercise));
            done = [...planned].map((exercise) => ({ exercise, completed: true }));
            byDay.set(index, done);
          }
          return done;
        },
      };
      this.planExercises.set(plan, found);
    }
    return found;
  }

  /** Records a session; a log with a client id already stored is not stored twice. */
  async logSession(
    personId: string,
    log: SessionLogInput,
  ): Promise<Outcome<{ id: string; duplicate: boolean }>> {
    const live = checkLive(await this.plans.get(personId, () => this.currentPlan(personId)));
    if (!live.ok) return live;
    const active = live.value;
    const index = daysBetween(active.startDate, log.day);
    if (index < 0) return fail("invalid", `must be on or after the plan's start, ${active.startDate}`, "day");
    const ofPlan = this.exercisesOf(active.plan);
    const exercises: LoggedExercise[] = log.exercises ?? ofPlan.on(index);
    const stray = exercises.findIndex((e) => !ofPlan.all.has(e.exercise));
    if (stray >= 0) return fail("invalid", "is not in your plan", `exercises[${stray}].exercise`);
    const id = this.clock.newId();
    // A log sent twice (offline sync, or two copies at once) is stored once: its client id is unique.
    const inserted = await this.store.appendSessionLog({
      id,
      personId,
      planId: active.planId,
      planVersion: active.version,
      day: log.day,
      loggedAt: this.clock.now(),
      exercises: exercises.map((e) =>
        e.setsDone === undefined ? { exercise: e.exercise, completed: e.completed } : { ...e },
      ),
      painDuring: log.painDuring,
      note: log.note ?? null,
      clientId: log.clientId ?? null,
    });
    if (!inserted) {
      const [first] = await this.db
        .select({ id: sessionLogs.id })
        .from(sessionLogs)
        .where(and(eq(sessionLogs.personId, personId), eq(sessionLogs.clientId, log.clientId ?? "")));
      return { ok: true, value: { id: first?.id ?? id, duplicate: true } };
    }
    return { ok: true, value: { id, duplicate: false } };
  }

  /** The next-morning check-in. Any red flag stops the plan at once and says what to do. */
  async checkin(personId: string, input: CheckinInput): Promise<Outcome<CheckinOutcome>> {
    const active = await this.activePlan(personId);
    if (!active) return fail("no_plan", NO_PLAN);
    const flags: CheckinFlags = input.redFlags ?? {};
    const red = Object.values(flags).some((v) => v === true);
    const ticked = Object.keys(flags).filter((k) => flags[k as keyof CheckinFlags]);
    const signs = ticked.map(reasonIdOfFlag);
    const when = urgentNow(signs) ? "now" : "today";
    const [existing] = await this.db
      .select({ id: checkins.id })
      .from(checkins)
      .where(and(eq(checkins.personId, personId), eq(checkins.day, input.day)));
    if (existing) return fail("conflict", `a check-in for ${input.day} is already saved`, "day");
    await this.store.write(async (tx) => {
      await tx.insert(checkins).values({
        id: this.clock.newId(),
        personId,
        day: input.day,
        createdAt: this.clock.now(),
        pain: input.pain,
        redFlags: flags,
        red,
      });
      if (!red || active.status === "stopped") return;
      const reason = `red flag at the check-in on ${input.day}: ${ticked.join(", ")}`;
      await this.stopPlan(tx, active, reason);
      await tx.insert(escalationEvents).values({
        id: this.clock.newId(),
        personId,
        createdAt: this.clock.now(),
        escalation: "red_flag_at_checkin",
        action: "urgent_care",
        text: `A red-flag sign at your check-in: stop the exercise plan and get urgent medical care ${when}.`,
        origin: "checkin",
      });
    });
    return {
      ok: true,
      value: red
        ? {
            red: true,
            message: `STOP: a red-flag sign needs urgent medical care ${when}. ${urgentAction(signs)} Your exercise plan is stopped.`,
          }
        : { red: false, message: `Check-in saved: pain ${input.pain}/10.` },
    };
  }

  /**
   * The resting pain a week is judged against: the last check-in before the week; for the first week the
   * person's stated baseline, else the lowest morning pain of the week (their usual, not a flare).
   */
  private async baseline(personId: string, weekStart: string, weekPains: number[]): Promise<number> {
    const [before] = await this.db
      .select({ pain: checkins.pain })
      .from(checkins)
      .where(and(eq(checkins.personId, personId), lte(checkins.day, weekStart)))
      .orderBy(desc(checkins.day))
      .limit(1);
    if (before) return before.pain;
    const [person] = await this.db
      .select({ baseline: people.baselinePain })
      .from(people)
      .where(eq(people.id, personId));
    if (person?.baseline !== null && person?.baseline !== undefined) return person.baseline;
    return weekPains.length ? Math.min(...weekPains) : 0;
  }

  /**
   * Reviews the week that ends on `weekEnd` (inclusive): applies the pain rules to every exercise, then saves
   * the next plan version with its cause (regressed if any exercise regressed, else progressed, else held).
   */
  async review(personId: string, weekEnd: string): Promise<Outcome<ReviewOutcome>> {
    const live = await this.livePlan(personId);
    if (!live.ok) return live;
    const active = live.value;
    const weekStart = addDays(weekEnd, -6);
    const firstIndex = daysBetween(active.startDate, weekStart);
    if (daysBetween(active.startDate, weekEnd) < 6) {
      return fail(
        "invalid",
        `a review needs a full week of the plan (it started on ${active.startDate})`,
        "day",
      );
    }
    const logs = await this.db
      .select()
      .from(sessionLogs)
      .where(
        and(
          eq(sessionLogs.personId, personId),
          gte(sessionLogs.day, weekStart),
          lte(sessionLogs.day, weekEnd),
        ),
      )
      .orderBy(asc(sessionLogs.day), asc(sessionLogs.loggedAt));
    const pains = await this.db
      .select({ day: checkins.day, pain: checkins.pain })
      .from(checkins)
      .where(
        and(
          eq(checkins.personId, personId),
          gte(checkins.day, weekStart),
          lte(checkins.day, addDays(weekEnd, 1)),
        ),
      );
    const painOn = new Map(pains.map((p) => [p.day, p.pain]));
    const baselinePain = await this.baseline(
      personId,
      weekStart,
      pains.map((p) => p.pain),
    );
    const decisions: ReviewDecision[] = [];
    const lastIncrease = new Map(active.lastIncrease);
    const inPlan = new Set<string>(active.plan.phases.flatMap((p) => p.items.map((i) => i.exercise)));
    const phases = active.plan.phases.map((phase) => ({
      ...phase,
      items: phase.items.map((item) => {
        if (HABITS.has(item.exercise)) return item;
        const sessions: ProgressInput["sessions"] = [];
        for (let d = 0; d < 7; d++) {
          const day = addDays(weekStart, d);
          if (phase.onHold || !scheduledOn(phase.id, item, firstIndex + d)) continue;
          const log = logs.find(
            (l) => l.day === day && l.exercises.some((e) => e.exercise === item.exercise && e.completed),
          );
          const next = painOn.get(addDays(day, 1));
          sessions.push(
            log
              ? {
                  day: d + 1,
                  completed: true,
                  painDuring: log.painDuring,
                  ...(next === undefined ? {} : { painNextDay: next }),
                }
              : { day: d + 1, completed: false },
          );
        }
        if (sessions.length === 0) return item;
        const input: ProgressInput = {
          exercise: item.exercise,
          current: item.dose,
          baselinePain,
          lastIncrease: active.lastIncrease.get(item.exercise) ?? null,
          sessions,
        };
        const { result } = reviewWeek(input);
        decisions.push({ exercise: item.exercise, input, result });
        // A variant already in the plan (both calf raises stepping down, say) keeps the exercise as it is.
        const swap =
          result.nextExercise && !inPlan.has(result.nextExercise) ? result.nextExercise : undefined;
        const next = withDose(item, result.next, swap);
        if (swap) {
          inPlan.delete(item.exercise);
          inPlan.add(swap);
        }
        lastIncrease.set(
          next.exercise,
          result.decision === "progress" ? result.changed : (active.lastIncrease.get(item.exercise) ?? null),
        );
        return next;
      }),
    }));
    const plan: Plan = { ...active.plan, phases };
    const cause: PlanCause = decisions.some((d) => d.result.decision === "regress")
      ? "regressed"
      : decisions.some((d) => d.result.decision === "progress")
        ? "progressed"
        : "held";
    const toVersion = active.version + 1;
    await this.store.write(async (tx) => {
      await this.addVersion(tx, active.planId, toVersion, plan, cause, {
        causeDetail: `weekly review ${weekStart} to ${weekEnd}`,
        lastIncrease,
      });
      await tx.insert(reviews).values({
        id: this.clock.newId(),
        personId,
        planId: active.planId,
        fromVersion: active.version,
        toVersion,
        weekStart,
        weekEnd,
        createdAt: this.clock.now(),
        decisions,
      });
    });
    return {
      ok: true,
      value: { weekStart, weekEnd, fromVersion: active.version, toVersion, cause, decisions },
    };
  }

  /**
   * A clinician's (or the person's own) edit of the plan: a new version with the editor as its author and the
   * reason as its detail. The engine's version stays in the history beside it.
   */
  async editPlan(
    personId: string,
    plan: Plan,
    author: string,
    reason: string,
  ): Promise<Outcome<{ version: number }>> {
    const live = await this.livePlan(personId);
    if (!live.ok) return live;
    const active = live.value;
    const version = active.version + 1;
    await this.store.write((tx) =>
      this.addVersion(tx, active.planId, version, plan, "edited", {
        causeDetail: reason,
        author,
        lastIncrease: active.lastIncrease,
      }),
    );
    return { ok: true, value: { version } };
  }

  /**
   * Re-assesses on `day`: programWeeks is computed from the plan's start, so the "stuck?" escalations fire;
   * the plan gets a new version that keeps the doses already earned for exercises that stay.
   */
  async reassess(personId: string, input: AssessmentInput, day: string): Promise<Outcome<StartOutcome>> {
    const active = await this.activePlan(personId);
    if (!active) return this.start(personId, input, day);
    const programWeeks = Math.max(0, Math.floor(daysBetween(active.startDate, day) / 7));
    const withWeeks: AssessmentInput = { ...input, programWeeks };
    const { result } = assess(withWeeks);
    const assessmentId = this.clock.newId();
    await this.store.write(async (tx) => {
      await tx.insert(assessments).values({
        id: assessmentId,
        personId,
        createdAt: this.clock.now(),
        engineVersion: ENGINE_VERSION,
        input: withWeeks,
        result,
        triageLevel: result.triage.level,
        programWeeks,
      });
      await this.recordEscalations(tx, personId, result, "assessment");
      if (!result.plan) {
        const reason = `re-assessment on ${day} found red flags`;
        await this.stopPlan(tx, active, reason, assessmentId);
        return;
      }
      const earned = new Map(
        active.plan.phases.flatMap((p) => p.items.map((i) => [i.exercise, i.dose] as const)),
      );
      const merged: Plan = {
        ...result.plan,
        phases: result.plan.phases.map((p) => ({
          ...p,
          items: p.items.map((i) => ({ ...i, dose: earned.get(i.exercise) ?? i.dose })),
        })),
      };
      await this.addVersion(tx, active.planId, active.version + 1, merged, "reassessed", {
        causeDetail: `re-assessment after ${programWeeks} week${programWeeks === 1 ? "" : "s"}`,
        assessmentId,
        lastIncrease: active.lastIncrease,
      });
    });
    return { ok: true, value: { assessmentId, result, planId: active.planId } };
  }
}
