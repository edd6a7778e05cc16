/** The database schema: one definition for PGlite and PostgreSQL; migrations are generated from it. */
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type {
  AssessmentInput,
  AssessmentResult,
  Dose,
  MeasureAnswers,
  MeasureId,
  MeasureScore,
  Plan,
  ProgressInput,
  ProgressResult,
} from "@upstream/core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A person using Upstream; the profile holds what they told us about themselves. */
export const people = pgTable("people", {
  id: text("id").primaryKey(),
  createdAt: at("created_at").notNull(),
  displayName: text("display_name"),
  /** Usual resting pain 0-10, the baseline the pain rules compare next-day pain with. */
  baselinePain: integer("baseline_pain"),
  weightKg: real("weight_kg"),
});

/** The owning person: their rows go when they go (account deletion erases everything). */
const personRef = () =>
  text("person_id")
    .notNull()
    .references(() => people.id, { onDelete: "cascade" });

export const assessments = pgTable(
  "assessments",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    createdAt: at("created_at").notNull(),
    engineVersion: text("engine_version").notNull(),
    input: jsonb("input").$type<AssessmentInput>().notNull(),
    result: jsonb("result").$type<AssessmentResult>().notNull(),
    triageLevel: text("triage_level").$type<"red" | "yellow" | "green">().notNull(),
    programWeeks: real("program_weeks").notNull().default(0),
  },
  (t) => [index("assessments_person_idx").on(t.personId, t.createdAt)],
);

export const PLAN_CAUSES = [
  "created",
  "progressed",
  "held",
  "regressed",
  "reassessed",
  "edited",
  "stopped",
] as const;
export type PlanCause = (typeof PLAN_CAUSES)[number];

/** A plan's lineage: one row per plan, its versions below. */
export const plans = pgTable(
  "plans",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    createdAt: at("created_at").notNull(),
    /** The day the program starts: day 1 of week 1. */
    startDate: date("start_date", { mode: "string" }).notNull(),
    status: text("status").$type<"active" | "stopped">().notNull(),
    stoppedReason: text("stopped_reason"),
  },
  (t) => [
    index("plans_person_idx").on(t.personId, t.createdAt),
    // What a session log's foreign key points at: the plan, and that it is the same person's.
    unique("plans_id_person_key").on(t.id, t.personId),
  ],
);

/** Every change to a plan is a new version with its cause. */
export const planVersions = pgTable(
  "plan_versions",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    createdAt: at("created_at").notNull(),
    cause: text("cause").$type<PlanCause>().notNull(),
    causeDetail: text("cause_detail"),
    /** Who made the change: "engine", or a clinician's id. */
    author: text("author").notNull().default("engine"),
    assessmentId: text("assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    plan: jsonb("plan").$type<Plan>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.version] })],
);

/** One row per exercise per plan version: the dose the person is prescribed. */
export const prescriptions = pgTable(
  "prescriptions",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    exercise: text("exercise").notNull(),
    phase: text("phase").notNull(),
    position: integer("position").notNull(),
    dose: jsonb("dose").$type<Dose>().notNull(),
    frequency: text("frequency").notNull(),
    /** What the last weekly review raised for this exercise: the progression alternates volume and intensity. */
    lastIncrease: text("last_increase").$type<"volume" | "intensity">(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.version, t.exercise] }),
    index("prescriptions_version_idx").on(t.planId, t.version),
  ],
);

export interface LoggedExercise {
  exercise: string;
  completed: boolean;
  /** Sets actually done, when fewer than prescribed. */
  setsDone?: number | undefined;
}

export const sessionLogs = pgTable(
  "session_logs",
  {
    id: text("id").primaryKey(),
    personId: text("person_id").notNull(),
    planId: text("plan_id").notNull(),
    planVersion: integer("plan_version").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    loggedAt: at("logged_at").notNull(),
    /** Stored as written and read whole, never queried inside: json costs less to write than jsonb. */
    exercises: json("exercises").$type<LoggedExercise[]>().notNull(),
    painDuring: integer("pain_during").notNull(),
    note: text("note"),
    /** The client's own id for the log, so a log sent twice (offline sync) is stored once. */
    clientId: text("client_id"),
  },
  (t) => [
    // One foreign key for both: the log's plan exists and is the same person's (deleting either deletes it).
    foreignKey({
      name: "session_logs_plan_person_fk",
      columns: [t.planId, t.personId],
      foreignColumns: [plans.id, plans.personId],
    }).onDelete("cascade"),
    // By person and day, and covers the clinician overview's windows: an index-only scan, no heap visit per log.
    index("session_logs_overview_idx").on(t.personId, t.day, t.painDuring, t.loggedAt),
    uniqueIndex("session_logs_client_idx")
      .on(t.personId, t.clientId)
      .where(sql`${t.clientId} is not null`),
  ],
);

export interface CheckinFlags {
  bladderBowelChange?: boolean | undefined;
  saddleNumbness?: boolean | undefined;
  progressiveWeakness?: boolean | undefined;
  fever?: boolean | undefined;
}

/** The next-morning check-in: pain, and the short red-flag re-check. */
export const checkins = pgTable(
  "checkins",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    day: date("day", { mode: "string" }).notNull(),
    createdAt: at("created_at").notNull(),
    pain: integer("pain").notNull(),
    redFlags: jsonb("red_flags").$type<CheckinFlags>().notNull(),
    red: boolean("red").notNull(),
  },
  (t) => [
    uniqueIndex("checkins_person_day_idx").on(t.personId, t.day),
    // Covers the clinician overview's windows: an index-only scan, no heap visit per check-in.
    index("checkins_overview_idx").on(t.personId, t.day, t.pain, t.red, t.createdAt),
  ],
);

export interface ReviewDecision {
  exercise: string;
  input: ProgressInput;
  result: ProgressResult;
}

export const reviews = pgTable(
  "reviews",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    fromVersion: integer("from_version").notNull(),
    toVersion: integer("to_version").notNull(),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    weekEnd: date("week_end", { mode: "string" }).notNull(),
    createdAt: at("created_at").notNull(),
    decisions: jsonb("decisions").$type<ReviewDecision[]>().notNull(),
  },
  (t) => [index("reviews_person_idx").on(t.personId, t.weekEnd)],
);

export const escalationEvents = pgTable(
  "escalation_events",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    createdAt: at("created_at").notNull(),
    escalation: text("escalation").notNull(),
    action: text("action").notNull(),
    text: text("text").notNull(),
    /** What raised it: an assessment, a check-in, or a weekly review. */
    origin: text("origin").$type<"assessment" | "checkin" | "review">().notNull(),
    /** When the person (or their clinician) acknowledged it; added by migration 0001. */
    acknowledgedAt: at("acknowledged_at"),
  },
  (t) => [index("escalation_events_person_idx").on(t.personId, t.createdAt)],
);

// ── Accounts, sessions, links and audit (migration 0002): the HTTP API's tables ──

export const USER_ROLES = ["patient", "clinician"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A login. A patient's user id is also their person id. */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").$type<UserRole>().notNull(),
  displayName: text("display_name"),
  createdAt: at("created_at").notNull(),
});

/** Server sessions live in the database, so any number of server processes can serve a user. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    /** SHA-256 of the session token: a leaked table does not leak live sessions. */
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    csrfToken: text("csrf_token").notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

/** An invite code a patient creates so a clinician can link to them; the patient can revoke it. */
export const invites = pgTable("invites", {
  codeHash: text("code_hash").primaryKey(),
  personId: personRef(),
  createdAt: at("created_at").notNull(),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  usedBy: text("used_by"),
  usedAt: at("used_at"),
});

export const clinicianLinks = pgTable(
  "clinician_links",
  {
    clinicianId: text("clinician_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    personId: personRef(),
    createdAt: at("created_at").notNull(),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.clinicianId, t.personId] }),
    index("clinician_links_person_idx").on(t.personId),
  ],
);

/** Every access to a person's data by anyone else. No foreign keys: it outlives the accounts it names. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    at: at("at").notNull(),
    actorId: text("actor_id"),
    actorRole: text("actor_role"),
    subjectId: text("subject_id"),
    action: text("action").notNull(),
    resource: text("resource").notNull(),
    outcome: text("outcome").$type<"allowed" | "denied">().notNull(),
  },
  (t) => [index("audit_log_subject_idx").on(t.subjectId, t.at)],
);

/** Outcome measure responses (NPRS, RMDQ, PSFS, STarT Back): the answers as given and the score core gave them. */
export const measureResponses = pgTable(
  "measure_responses",
  {
    id: text("id").primaryKey(),
    personId: personRef(),
    day: date("day", { mode: "string" }).notNull(),
    createdAt: at("created_at").notNull(),
    instrument: text("instrument").$type<MeasureId>().notNull(),
    answers: jsonb("answers").$type<MeasureAnswers>().notNull(),
    result: jsonb("result").$type<MeasureScore>().notNull(),
  },
  (t) => [index("measure_responses_person_day_idx").on(t.personId, t.day)],
);
