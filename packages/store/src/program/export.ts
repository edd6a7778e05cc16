/** Export and import of one person's whole record as a versioned JSON document (export → import → export is identical). */
import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import {
  AssessmentInputSchema,
  MEASURE_IDS,
  MeasureAnswersSchema,
  MeasureScoreSchema,
  parseJsonWith,
  type InputIssue,
} from "@upstream/core";
import {
  assessments,
  checkins,
  escalationEvents,
  measureResponses,
  people,
  planVersions,
  plans,
  prescriptions,
  reviews,
  sessionLogs,
} from "../schema.js";
import type { Db, Store } from "../store.js";

export const EXPORT_FORMAT = "upstream-export";
export const EXPORT_VERSION = 1;

const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();
const row = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);
const json = z.any();

/** The document's shape; rows mirror the tables so an import restores them exactly. */
export const ExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, {
    error: `must be ${EXPORT_VERSION}: this Upstream reads version ${EXPORT_VERSION}`,
  }),
  person: row({
    id: text,
    createdAt: text,
    displayName: maybe(text),
    baselinePain: maybe(z.number().int().min(0).max(10)),
    weightKg: maybe(z.number()),
  }),
  assessments: z.array(
    row({
      id: text,
      personId: text,
      createdAt: text,
      engineVersion: text,
      input: AssessmentInputSchema,
      result: json,
      triageLevel: z.enum(["red", "yellow", "green"]),
      programWeeks: z.number(),
    }),
  ),
  plans: z.array(
    row({
      id: text,
      personId: text,
      createdAt: text,
      startDate: text,
      status: z.enum(["active", "stopped"]),
      stoppedReason: maybe(text),
    }),
  ),
  planVersions: z.array(
    row({
      planId: text,
      version: z.number().int(),
      createdAt: text,
      cause: z.enum(["created", "progressed", "held", "regressed", "reassessed", "edited", "stopped"]),
      causeDetail: maybe(text),
      author: text,
      assessmentId: maybe(text),
      plan: json,
    }),
  ),
  prescriptions: z.array(
    row({
      planId: text,
      version: z.number().int(),
      exercise: text,
      phase: text,
      position: z.number().int(),
      dose: json,
      frequency: text,
      lastIncrease: maybe(z.enum(["volume", "intensity"])),
    }),
  ),
  sessionLogs: z.array(
    row({
      id: text,
      personId: text,
      planId: text,
      planVersion: z.number().int(),
      day: text,
      loggedAt: text,
      exercises: json,
      painDuring: z.number().int().min(0).max(10),
      note: maybe(text),
      clientId: maybe(text),
    }),
  ),
  checkins: z.array(
    row({
      id: text,
      personId: text,
      day: text,
      createdAt: text,
      pain: z.number().int().min(0).max(10),
      redFlags: json,
      red: z.boolean(),
    }),
  ),
  reviews: z.array(
    row({
      id: text,
      personId: text,
      planId: text,
      fromVersion: z.number().int(),
      toVersion: z.number().int(),
      weekStart: text,
      weekEnd: text,
      createdAt: text,
      decisions: json,
    }),
  ),
  escalationEvents: z.array(
    row({
      id: text,
      personId: text,
      createdAt: text,
      escalation: text,
      action: text,
      text,
      origin: z.enum(["assessment", "checkin", "review"]),
      acknowledgedAt: maybe(text),
    }),
  ),
  /** Outcome measure responses; absent in documents written before they existed, so it defaults to none. */
  measures: z
    .array(
      row({
        id: text,
        personId: text,
        day: text,
        createdAt: text,
        instrument: z.enum(MEASURE_IDS),
        answers: MeasureAnswersSchema,
        result: MeasureScoreSchema,
      }),
    )
    .default([]),
});
export type ExportDocument = z.infer<typeof ExportSchema>;

/** JSON with object keys sorted at every level: the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Reads one person's record; undefined when there is no such person. */
export async function exportPerson(db: Db, personId: string): Promise<ExportDocument | undefined> {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person) return undefined;
  const planRows = await db
    .select()
    .from(plans)
    .where(eq(plans.personId, personId))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  const planIds = planRows.map((p) => p.id);
  const none = planIds.length === 0;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    person,
    assessments: await db
      .select()
      .from(assessments)
      .where(eq(assessments.personId, personId))
      .orderBy(asc(assessments.createdAt), asc(assessments.id)),
    plans: planRows,
    planVersions: none
      ? []
      : await db
          .select()
          .from(planVersions)
          .where(inArray(planVersions.planId, planIds))
          .orderBy(asc(planVersions.planId), asc(planVersions.version)),
    prescriptions: none
      ? []
      : await db
          .select()
          .from(prescriptions)
          .where(inArray(prescriptions.planId, planIds))
          .orderBy(
            asc(prescriptions.planId),
            asc(prescriptions.version),
            asc(prescriptions.position),
            asc(prescriptions.exercise),
          ),
    sessionLogs: await db
      .select()
      .from(sessionLogs)
      .where(eq(sessionLogs.personId, personId))
      .orderBy(asc(sessionLogs.day), asc(sessionLogs.loggedAt), asc(sessionLogs.id)),
    checkins: await db
      .select()
      .from(checkins)
      .where(eq(checkins.personId, personId))
      .orderBy(asc(checkins.day)),
    reviews: await db
      .select()
      .from(reviews)
      .where(eq(reviews.personId, personId))
      .orderBy(asc(reviews.weekEnd), asc(reviews.createdAt), asc(reviews.id)),
    escalationEvents: await db
      .select()
      .from(escalationEvents)
      .where(eq(escalationEvents.personId, personId))
      .orderBy(asc(escalationEvents.createdAt), asc(escalationEvents.id)),
    measures: await db
      .select()
      .from(measureResponses)
      .where(eq(measureResponses.personId, personId))
      .orderBy(asc(measureResponses.day), asc(measureResponses.createdAt), asc(measureResponses.id)),
  };
}

export type ImportOutcome = { ok: true; personId: string } | { ok: false; issue: InputIssue };

/**
 * Imports a document in one transaction. A person who already exists is left untouched unless `replace` is
 * set, in which case their record is replaced whole; a bad document changes nothing.
 */
export async function importDocument(
  store: Store,
  textDoc: string,
  options: { replace?: boolean } = {},
): Promise<ImportOutcome> {
  const parsed = parseJsonWith(ExportSchema, textDoc);
  if (!parsed.ok) return { ok: false, issue: parsed.issues[0]! };
  const doc = parsed.value;
  const personId = doc.person.id;
  const foreign = (
    [
      ["assessments", doc.assessments],
      ["plans", doc.plans],
      ["sessionLogs", doc.sessionLogs],
      ["checkins", doc.checkins],
      ["reviews", doc.reviews],
      ["escalationEvents", doc.escalationEvents],
      ["measures", doc.measures],
    ] as const
  )
    .flatMap(([name, rows]) => rows.map((r, i) => [name, i, r.personId] as const))
    .find(([, , id]) => id !== personId);
  if (foreign) {
    return {
      ok: false,
      issue: {
        code: "invalid",
        path: `${foreign[0]}[${foreign[1]}].personId`,
        message: `must be the person's id, ${personId}`,
      },
    };
  }
  const [existing] = await store.db.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (existing && !options.replace) {
    return {
      ok: false,
      issue: {
        code: "invalid",
        path: "person.id",
        message: `${personId} already has data here; import with --replace to overwrite it`,
      },
    };
  }
  await store.write(async (tx) => {
    if (existing) await tx.delete(people).where(eq(people.id, personId));
    await tx.insert(people).values(doc.person);
    if (doc.assessments.length) await tx.insert(assessments).values(doc.assessments);
    if (doc.plans.length) await tx.insert(plans).values(doc.plans);
    if (doc.planVersions.length) await tx.insert(planVersions).values(doc.planVersions);
    if (doc.prescriptions.length) await tx.insert(prescriptions).values(doc.prescriptions);
    if (doc.sessionLogs.length) await tx.insert(sessionLogs).values(doc.sessionLogs);
    if (doc.checkins.length) await tx.insert(checkins).values(doc.checkins);
    if (doc.reviews.length) await tx.insert(reviews).values(doc.reviews);
    if (doc.escalationEvents.length) await tx.insert(escalationEvents).values(doc.escalationEvents);
    if (doc.measures.length) await tx.insert(measureResponses).values(doc.measures);
  });
  return { ok: true, personId };
}
