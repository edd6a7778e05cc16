/** Outcome measure responses over time: validated, scored by core, stored; listed; and what is due on a day. */
import { and, asc, desc, eq } from "drizzle-orm";
import {
  compareMeasures,
  measuresDue,
  MeasureInputSchema,
  parseWith,
  scoreMeasure,
  type MeasureRecord,
  type MeasuresDue,
  type Region,
} from "@upstream/core";
import { assessments, measureResponses, people, plans } from "../schema.js";
import type { Store } from "../store.js";
import type { Clock, Outcome } from "./service.js";

type Row = typeof measureResponses.$inferSelect;

const toRecord = (row: Row): MeasureRecord => ({
  id: row.id,
  day: row.day,
  createdAt: row.createdAt,
  instrument: row.instrument,
  answers: row.answers,
  result: row.result,
});

export class MeasureService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Validates the input (a failure names the field), scores it with core, stores answers and score together,
   * and returns the record with the change since the previous response to the same instrument (by day, then
   * saved time). Nothing is stored when the input is bad.
   */
  async record(personId: string, input: unknown): Promise<Outcome<MeasureRecord>> {
    const parsed = parseWith(MeasureInputSchema, input);
    if (!parsed.ok) {
      const issue = parsed.issues[0]!;
      return { ok: false, code: "invalid", field: issue.path, message: issue.message };
    }
    const [person] = await this.store.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.id, personId));
    if (!person) return { ok: false, code: "no_person", message: "no such person" };
    const { day, answers } = parsed.value;
    const row: Row = {
      id: this.clock.newId(),
      personId,
      day,
      createdAt: this.clock.now(),
      instrument: answers.instrument,
      answers,
      result: scoreMeasure(answers),
    };
    await this.store.write((tx) => tx.insert(measureResponses).values(row));
    const saved = (await this.list(personId)).find((r) => r.id === row.id);
    return { ok: true, value: saved ?? toRecord(row) };
  }

  /**
   * The person's responses, oldest first: by day, then by when they were saved; each after the first of its
   * instrument carries the change since the one before it.
   */
  async list(personId: string): Promise<MeasureRecord[]> {
    const rows = await this.store.db
      .select()
      .from(measureResponses)
      .where(eq(measureResponses.personId, personId))
      .orderBy(asc(measureResponses.day), asc(measureResponses.createdAt), asc(measureResponses.id));
    const last = new Map<string, MeasureRecord>();
    return rows.map((row) => {
      const record = toRecord(row);
      const previous = last.get(record.instrument);
      last.set(record.instrument, record);
      return previous ? { ...record, change: compareMeasures(previous, record) } : record;
    });
  }

  /**
   * What is due on `day`: the schedule applied from the current plan's start to the person's responses, for the
   * regions of the latest assessment's complaints. Nothing is due without a live plan.
   */
  async due(personId: string, day: string): Promise<MeasuresDue> {
    const db = this.store.db;
    const [plan] = await db
      .select({ startDate: plans.startDate, status: plans.status })
      .from(plans)
      .where(eq(plans.personId, personId))
      .orderBy(desc(plans.createdAt), desc(plans.id))
      .limit(1);
    const [latest] = await db
      .select({ input: assessments.input })
      .from(assessments)
      .where(and(eq(assessments.personId, personId)))
      .orderBy(desc(assessments.createdAt), desc(assessments.id))
      .limit(1);
    const records = await db
      .select({ instrument: measureResponses.instrument, day: measureResponses.day })
      .from(measureResponses)
      .where(eq(measureResponses.personId, personId));
    const complaintRegions: Region[] = latest ? latest.input.complaints.map((c) => c.region) : [];
    return measuresDue({
      records,
      planStartDay: plan && plan.status === "active" ? plan.startDate : null,
      today: day,
      complaintRegions,
    });
  }
}
