/** Outcome measure routes for a person: record a response, list them with their change, and what is due. */
import { z } from "zod";
import {
  DaySchema,
  INSTRUMENTS,
  MEASURE_IDS,
  MeasureDueSchema,
  MeasureInputSchema,
  MeasureRecordSchema,
} from "@upstream/core";
import { MeasureService } from "@upstream/store";
import { defineRoute, type AnyRoute, type Ctx } from "../app.js";
import { ApiError } from "../errors.js";

const P = "/api/people/:personId";

const measures = (ctx: Ctx) => new MeasureService(ctx.services.store, ctx.services.clock);
const person = (ctx: Ctx) => ctx.personId!;

const DueQuerySchema = z.strictObject({ day: DaySchema.optional() });

/** The instruments as core holds them (wording, scoring, thresholds, sources); loose so every field is sent. */
const InstrumentListSchema = z.array(
  z.looseObject({ id: z.enum(MEASURE_IDS), name: z.string(), short: z.string(), max: z.number() }),
);

export const measureRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/measures/instruments",
    summary:
      "The outcome measures: item wording in published order, scoring, change thresholds, schedule and sources",
    tag: "knowledge",
    access: "public",
    response: InstrumentListSchema,
    handler: async () => MEASURE_IDS.map((id) => ({ ...INSTRUMENTS[id] })),
  }),
  defineRoute({
    method: "POST",
    url: `${P}/measures`,
    summary:
      "Record an outcome measure (NPRS, RMDQ, PSFS or STarT Back): scored by its published rule, with the change since last time",
    tag: "measures",
    access: "self",
    status: 201,
    body: MeasureInputSchema,
    response: MeasureRecordSchema,
    handler: async (ctx, body) => {
      const saved = await measures(ctx).record(person(ctx), body);
      if (saved.ok) return saved.value;
      if (saved.field)
        throw new ApiError("invalid", `invalid input at ${saved.field}: ${saved.message}`, [
          { path: saved.field, message: saved.message },
        ]);
      throw new ApiError("not_found", saved.message);
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/measures`,
    summary:
      "The person's outcome measures, by day then saved time, each with the change since the one before",
    tag: "measures",
    access: "read",
    response: z.array(MeasureRecordSchema),
    handler: async (ctx) => measures(ctx).list(person(ctx)),
  }),
  defineRoute({
    method: "GET",
    url: `${P}/measures/due`,
    summary: "Which outcome measures are due on a day (default today), and why",
    tag: "measures",
    access: "read",
    query: DueQuerySchema,
    response: MeasureDueSchema,
    handler: async (ctx) =>
      measures(ctx).due(
        person(ctx),
        (ctx.query.day as string | undefined) ?? ctx.services.clock.now().slice(0, 10),
      ),
  }),
] as unknown[] as AnyRoute[];
