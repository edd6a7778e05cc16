/** A person's record as files: the FHIR R4 bundle, the PDF progress report and exercise sheet, and CSV exports. */
import { z } from "zod";
import { toFhirBundle, type MeasureRow } from "@upstream/core";
import { exportPerson, type ExportDocument } from "@upstream/store";
import { defineRoute, type AnyRoute, type Ctx } from "../app.js";
import { ApiError } from "../errors.js";
import { buildExerciseSheet, buildProgressReport, measuresCsv, sessionsCsv } from "../reports/index.js";

const P = "/api/people/:personId";

/** The export document; `measures` joins it when outcome measures are stored (absent before that). */
type ReportDocument = ExportDocument & { measures?: MeasureRow[] };

const FileSchema = z.instanceof(Buffer);
const CSV = "text/csv; charset=utf-8; header=present";

async function recordOf(ctx: Ctx): Promise<ReportDocument> {
  const doc: ReportDocument | undefined = await exportPerson(ctx.services.store.db, ctx.personId!);
  if (!doc) throw new ApiError("not_found", "no such person");
  return doc;
}

/** Sets the headers of a download: its type, an attachment name with the day, and no caching of health data. */
function download(ctx: Ctx, type: string, name: string, ext: string, body: Buffer | string): Buffer {
  const day = ctx.services.clock.now().slice(0, 10);
  ctx.reply.header("content-type", type);
  ctx.reply.header("content-disposition", `attachment; filename="upstream-${name}-${day}.${ext}"`);
  ctx.reply.header("cache-control", "no-store");
  return typeof body === "string" ? Buffer.from(body, "utf8") : body;
}

const csvSchema = (columns: string) => ({
  type: "string",
  description: `CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF lines): a header row (${columns}), then one row each. Text cells that start with = + - @, a tab or a CR get a leading apostrophe.`,
});

export const reportRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: `${P}/fhir`,
    summary:
      "The whole record as a FHIR R4 Bundle (collection): Patient, Questionnaires and responses, Observations, CarePlans, Flags",
    tag: "reports",
    access: "read",
    response: FileSchema,
    produces: {
      type: "application/fhir+json",
      schema: {
        type: "object",
        required: ["resourceType", "type", "timestamp", "entry"],
        properties: {
          resourceType: { const: "Bundle" },
          id: { type: "string" },
          type: { const: "collection" },
          timestamp: { type: "string" },
          entry: {
            type: "array",
            items: {
              type: "object",
              properties: { fullUrl: { type: "string" }, resource: { type: "object" } },
            },
          },
        },
      },
    },
    handler: async (ctx) => {
      const bundle = toFhirBundle(await recordOf(ctx), { generatedAt: ctx.services.clock.now() });
      return download(ctx, "application/fhir+json; charset=utf-8", "fhir", "json", JSON.stringify(bundle));
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/report.pdf`,
    summary:
      "A PDF progress report: triage, drivers, plan, pain over time, measures, left/right tests, adherence",
    tag: "reports",
    access: "read",
    response: FileSchema,
    produces: { type: "application/pdf" },
    handler: async (ctx) => {
      const pdf = await buildProgressReport(await recordOf(ctx), { generatedAt: ctx.services.clock.now() });
      return download(ctx, "application/pdf", "progress-report", "pdf", pdf);
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/exercise-sheet.pdf`,
    summary:
      "A printable, large-print sheet of the current plan's exercises with steps, doses, cautions and tick boxes",
    tag: "reports",
    access: "read",
    response: FileSchema,
    produces: { type: "application/pdf" },
    handler: async (ctx) => {
      const pdf = await buildExerciseSheet(await recordOf(ctx), { generatedAt: ctx.services.clock.now() });
      return download(ctx, "application/pdf", "exercise-sheet", "pdf", pdf);
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/sessions.csv`,
    summary: "The logged sessions as CSV",
    tag: "reports",
    access: "read",
    response: FileSchema,
    produces: {
      type: "text/csv",
      schema: csvSchema("day, logged_at, plan_id, plan_version, pain_during_0_10, …"),
    },
    handler: async (ctx) => download(ctx, CSV, "sessions", "csv", sessionsCsv(await recordOf(ctx))),
  }),
  defineRoute({
    method: "GET",
    url: `${P}/measures.csv`,
    summary: "The outcome-measure responses (NPRS, RMDQ, PSFS, STarT Back) with their scores, as CSV",
    tag: "reports",
    access: "read",
    response: FileSchema,
    produces: { type: "text/csv", schema: csvSchema("day, recorded_at, instrument, score, max, …") },
    handler: async (ctx) => download(ctx, CSV, "measures", "csv", measuresCsv(await recordOf(ctx))),
  }),
] as unknown[] as AnyRoute[];
