// The report routes end to end: FHIR, PDFs and CSVs for the person and a linked clinician, with download headers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@upstream/store";
import { bundleIssues } from "../../core/src/testing/fhir-validation.js";
import { richRecord } from "../../core/src/testing/rich-record.js";
import {
  expectStatus,
  link,
  registerClient,
  send,
  START_WEEK_END,
  startPlan,
  startTestApp,
  type Client,
  type TestApp,
} from "./testing/harness.js";

const OUT = mkdtempSync(join(tmpdir(), "upstream-report-routes-"));
let t: TestApp;
let person: Client;
let clinician: Client;

/** Pages of a PDF, by poppler's pdfinfo. */
function pagesOf(name: string, pdf: Buffer): number {
  const file = join(OUT, name);
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
}

beforeAll(async () => {
  t = await startTestApp();
  person = await registerClient(t.app, "patient", "reports");
  await startPlan(t.app, person);
  for (const [day, painDuring] of [
    ["2026-01-05", 3],
    ["2026-01-07", 2],
    ["2026-01-09", 2],
  ] as const)
    expectStatus(
      await send(t.app, person, "POST", "/api/people/me/sessions", { day, painDuring, note: "=1+1 felt ok" }),
      201,
      "log",
    );
  expectStatus(
    await send(t.app, person, "POST", "/api/people/me/checkins", { day: "2026-01-06", pain: 2 }),
    201,
    "check in",
  );
  expectStatus(
    await send(t.app, person, "POST", "/api/people/me/reviews", { weekEnd: START_WEEK_END }),
    201,
    "review",
  );
  clinician = await registerClient(t.app, "clinician", "reports-clinician");
  await link(t.app, person, clinician);
});
afterAll(async () => {
  await t?.close();
});

describe("the report routes", () => {
  it("GET …/fhir: a FHIR Bundle for the person, as an attachment, not cached", async () => {
    const res = await send(t.app, person, "GET", "/api/people/me/fhir");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="upstream-fhir-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    const bundle = res.json<{
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string } }[];
    }>();
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types.filter((x) => x === "Patient")).toHaveLength(1);
    expect(types).toContain("CarePlan");
    expect(types.filter((x) => x === "Observation").length).toBeGreaterThanOrEqual(4);
    // The store's own time format (timestamptz text) must come out as valid FHIR instants.
    expect(bundleIssues(bundle)).toEqual([]);
  });

  it("GET …/report.pdf and …/exercise-sheet.pdf: PDFs for the person and for a linked clinician", async () => {
    for (const who of [person, clinician]) {
      const id = who === person ? "me" : person.id;
      const report = await send(t.app, who, "GET", `/api/people/${id}/report.pdf`);
      expect(report.statusCode).toBe(200);
      expect(report.headers["content-type"]).toBe("application/pdf");
      expect(report.headers["content-disposition"]).toMatch(
        /filename="upstream-progress-report-[\d-]+\.pdf"/,
      );
      expect(pagesOf("report.pdf", report.rawPayload)).toBeGreaterThanOrEqual(1);
      const sheet = await send(t.app, who, "GET", `/api/people/${id}/exercise-sheet.pdf`);
      expect(sheet.statusCode).toBe(200);
      expect(pagesOf("sheet.pdf", sheet.rawPayload)).toBeGreaterThanOrEqual(2);
    }
  });

  it("GET …/sessions.csv and …/measures.csv: CSV with a header row, formulas neutralised", async () => {
    const sessions = await send(t.app, clinician, "GET", `/api/people/${person.id}/sessions.csv`);
    expect(sessions.statusCode).toBe(200);
    expect(sessions.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(sessions.headers["content-disposition"]).toMatch(/filename="upstream-sessions-[\d-]+\.csv"/);
    const lines = sessions.body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^day,logged_at,/);
    expect(lines).toHaveLength(4);
    const first = lines[1]!.split(",");
    expect(first[0]).toBe("2026-01-05");
    expect(first[4]).toBe("3");
    expect(first.at(-1)).toBe("'=1+1 felt ok");
    const measures = await send(t.app, person, "GET", "/api/people/me/measures.csv");
    expect(measures.statusCode).toBe(200);
    expect(
      measures.body
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n"),
    ).toEqual(["day,recorded_at,instrument,score,max,subscale,risk,missing_items,summary"]);
  });

  it("serves a rich imported record: a multi-page report and every plan version in the bundle", async () => {
    const { measures: _measures, ...doc } = richRecord();
    const imported = await importDocument(
      t.store,
      JSON.stringify({ format: "upstream-export", version: 1, ...doc, prescriptions: [] }),
    );
    expect(imported).toEqual({ ok: true, personId: doc.person.id });
    const viewer = await registerClient(t.app, "clinician", "rich-viewer");
    // The imported person has no account: a linked clinician is how anyone reads them, so link directly.
    await t.store.query(
      `insert into clinician_links (clinician_id, person_id, created_at) values ('${viewer.id}', '${doc.person.id}', '2026-03-01T00:00:00.000Z')`,
    );
    const report = await send(t.app, viewer, "GET", `/api/people/${doc.person.id}/report.pdf`);
    expect(report.statusCode).toBe(200);
    expect(pagesOf("rich.pdf", report.rawPayload)).toBeGreaterThanOrEqual(3);
    const fhir = await send(t.app, viewer, "GET", `/api/people/${doc.person.id}/fhir`);
    expect(bundleIssues(fhir.json())).toEqual([]);
    const carePlans = fhir
      .json<{ entry: { resource: { resourceType: string } }[] }>()
      .entry.filter((e) => e.resource.resourceType === "CarePlan");
    expect(carePlans).toHaveLength(doc.planVersions.length);
  });

  it("describes the files in the OpenAPI document with their media types", async () => {
    const doc = (await send(t.app, undefined, "GET", "/api/openapi.json")).json<{
      paths: Record<
        string,
        { get: { responses: { "200": { content: Record<string, { schema: object }> } } } }
      >;
    }>();
    const content = (path: string) =>
      doc.paths[`/api/people/{personId}/${path}`]!.get.responses["200"].content;
    expect(content("report.pdf")).toEqual({
      "application/pdf": { schema: { type: "string", format: "binary" } },
    });
    expect(Object.keys(content("exercise-sheet.pdf"))).toEqual(["application/pdf"]);
    expect(Object.keys(content("sessions.csv"))).toEqual(["text/csv"]);
    expect(content("fhir")["application/fhir+json"]!.schema).toMatchObject({
      properties: { resourceType: { const: "Bundle" } },
    });
  });

  it("refuses anyone else with 404, and audits the clinician's downloads", async () => {
    const stranger = await registerClient(t.app, "clinician", "stranger");
    for (const path of ["fhir", "report.pdf", "exercise-sheet.pdf", "sessions.csv", "measures.csv"]) {
      const res = await send(t.app, stranger, "GET", `/api/people/${person.id}/${path}`);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    const audit = (await send(t.app, person, "GET", "/api/people/me/audit")).json<
      { actorId: string; resource: string; outcome: string }[]
    >();
    const allowed = audit
      .filter((a) => a.actorId === clinician.id && a.outcome === "allowed")
      .map((a) => a.resource);
    for (const path of ["report.pdf", "exercise-sheet.pdf", "sessions.csv"])
      expect(allowed).toContain(`GET /api/people/:personId/${path}`);
    expect(audit.filter((a) => a.actorId === stranger.id && a.outcome === "denied")).toHaveLength(5);
  });
});
