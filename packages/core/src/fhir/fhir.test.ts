// The FHIR export: every resource validates against the R4 definitions (offline), every coding is a known code.
import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.js";
import { bundleIssues, fhirIssues } from "../testing/fhir-validation.js";
import { richRecord } from "../testing/rich-record.js";
import { RMDQ, START_BACK } from "../measures/instruments.js";
import { KNOWN_CODES, LOINC, upstreamSystem } from "./codes.js";
import { fhirInstant, toFhirBundle, type FhirBundle } from "./bundle.js";
import type { PersonRecord } from "./record.js";

const GENERATED = "2026-03-01T09:00:00.000Z";

/** A fresh person with one red assessment and nothing else: no plan, no sessions, no measures field. */
function sparseRecord(): PersonRecord {
  const input = {
    age: 55,
    complaints: [{ region: "low_back" as const, kinds: ["pain" as const] }],
    redFlags: { saddleNumbness: true },
  };
  const result = assess(input).result;
  return {
    person: { id: "sparse", createdAt: "2026-01-01T00:00:00.000Z", displayName: null },
    assessments: [
      {
        id: "x1",
        createdAt: "2026-01-01T00:00:00.000Z",
        input,
        result,
        triageLevel: result.triage.level,
        programWeeks: 0,
      },
    ],
    plans: [],
    planVersions: [],
    sessionLogs: [],
    checkins: [],
    reviews: [],
    escalationEvents: [],
  };
}

/** The record with every ISO time written the way PostgreSQL's timestamptz text output writes it. */
function pgTimes<T>(record: T): T {
  return JSON.parse(
    JSON.stringify(record).replace(/(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})\.000Z/g, "$1 $2+00"),
  ) as T;
}

const issuesOf = (resource: Resource) => fhirIssues(resource);

/** Every {system, code} pair anywhere in a value: Codings and coded Quantities. */
function codingsIn(value: unknown, path = "$"): { path: string; system: string; code: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => codingsIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  const own =
    typeof obj.code === "string" && "system" in obj
      ? [{ path, system: String(obj.system), code: obj.code }]
      : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => codingsIn(v, `${path}.${k}`))];
}

/** The rich record with every plan version's plan one whose loading steps wait (a walk still spikes the pain). */
function heldRecord(): PersonRecord {
  const rich = richRecord();
  const plan = assess({
    age: 36,
    complaints: [{ region: "low_back", side: "both", kinds: ["spasm"], weeks: 0.3, worstPain: 8 }],
    status: { walk10MinWithoutSpike: false },
  }).result.plan!;
  return { ...rich, planVersions: rich.planVersions.map((v) => ({ ...v, plan })) };
}

const cases: [string, () => FhirBundle][] = [
  ["a rich record (Upstream's base)", () => toFhirBundle(richRecord(), { generatedAt: GENERATED })],
  [
    "a rich record (a clinic's base)",
    () => toFhirBundle(richRecord(), { generatedAt: GENERATED, baseUrl: "https://clinic.example/fhir/" }),
  ],
  ["a sparse record with a red assessment", () => toFhirBundle(sparseRecord(), { generatedAt: GENERATED })],
  [
    "a rich record as PostgreSQL returns it (times like 2026-01-05 08:00:00+00)",
    () => toFhirBundle(pgTimes(richRecord()), { generatedAt: GENERATED }),
  ],
  [
    "a rich record whose plan has steps on hold",
    () => toFhirBundle(heldRecord(), { generatedAt: GENERATED }),
  ],
];

describe("a plan's steps on hold", () => {
  it("are on-hold activities of the active CarePlan; the other steps are in progress", () => {
    const record = heldRecord();
    const plan = record.planVersions[0]!.plan as { phases: { onHold?: true; items: unknown[] }[] };
    const held = plan.phases.filter((p) => p.onHold).flatMap((p) => p.items).length;
    expect(held).toBeGreaterThan(0);
    const active = toFhirBundle(record, { generatedAt: GENERATED })
      .entry.map(
        (e) =>
          e.resource as Resource & {
            status?: string;
            activity?: { detail: { status: string; doNotPerform: boolean } }[];
          },
      )
      .find((r) => r.resourceType === "CarePlan" && r.status === "active")!;
    const statuses = active.activity!.filter((a) => !a.detail.doNotPerform).map((a) => a.detail.status);
    expect(statuses.filter((s) => s === "on-hold")).toHaveLength(held);
    expect(statuses.filter((s) => s === "in-progress").length).toBeGreaterThan(0);
  });
});

describe.each(cases)("the FHIR bundle of %s", (_name, make) => {
  const bundle = make();
  const resources = bundle.entry.map((e) => e.resource);

  it("validates, resource by resource and as a whole, with no issue at all", () => {
    expect(resources.length).toBeGreaterThan(20);
    const issues = bundleIssues(bundle);
    expect(issues).toEqual([]);
  });

  it("uses only known code systems and codes", () => {
    const codings = codingsIn(bundle);
    expect(codings.length).toBeGreaterThan(10);
    const unknown = codings.filter((c) => !KNOWN_CODES.get(c.system)?.has(c.code));
    expect(unknown).toEqual([]);
  });

  it("has distinct ids and fullUrls, and every reference points at an entry", () => {
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    const local = bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`);
    for (const r of refs) expect(local).toContain(r.slice('"reference":"'.length, -1));
    for (const e of bundle.entry)
      expect(e.fullUrl.endsWith(`/${e.resource.resourceType}/${e.resource.id}`)).toBe(true);
  });

  it("is deterministic: the same record and time give the same bytes", () => {
    expect(JSON.stringify(make())).toBe(JSON.stringify(bundle));
  });
});

describe("what the rich record's bundle says", () => {
  const record = richRecord();
  const bundle = toFhirBundle(record, { generatedAt: GENERATED });
  const of = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
  const codesOf = (r: Record<string, unknown>) =>
    ((r.code as { coding?: { system: string; code: string }[] }).coding ?? []).map(
      (c) => `${c.system}|${c.code}`,
    );

  it("is a collection with one Patient, five Questionnaires and a response per assessment and measure", () => {
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: GENERATED });
    expect(of("Patient")).toHaveLength(1);
    expect(of("Questionnaire").map((q) => q.url)).toHaveLength(5);
    expect(of("QuestionnaireResponse")).toHaveLength(record.assessments.length + record.measures.length);
  });

  it("words the RMDQ and STarT Back items as the instruments do, in their published order", () => {
    const items = (id: string) =>
      (
        of("Questionnaire").find((q) => String(q.url).endsWith(`/${id}`)) as unknown as {
          item: { linkId: string; text: string }[];
        }
      ).item;
    expect(items("rmdq").map((i) => i.text)).toEqual(RMDQ.items);
    expect(items("start_back").map((i) => i.text)).toEqual([
      ...START_BACK.items.map((i) => i.text),
      START_BACK.bothersome.question,
    ]);
  });

  it("codes pain scores with LOINC 72514-3 and the STarT Back total with 91351-7", () => {
    const obs = of("Observation");
    const pain = obs.filter((o) => codesOf(o).includes(`${LOINC}|72514-3`));
    const nprs = record.measures.filter((m) => m.instrument === "nprs").length;
    expect(pain).toHaveLength(record.sessionLogs.length + record.checkins.length + nprs);
    expect(obs.filter((o) => codesOf(o).includes(`${LOINC}|91351-7`))).toHaveLength(2);
    const rmdq = obs.filter((o) => codesOf(o).includes(`${upstreamSystem("observation")}|rmdq_total`));
    expect(rmdq.map((o) => (o.valueQuantity as { value: number }).value)).toEqual([8, 3]);
  });

  it("records left and right calf raises with their body sites", () => {
    const calf = of("Observation").filter((o) =>
      codesOf(o).includes(`${upstreamSystem("self-test")}|calf_raise`),
    );
    expect(calf).toHaveLength(2 * record.assessments.length);
    const first = calf
      .slice(0, 2)
      .map((o) => [
        (o.bodySite as { coding: { code: string }[] }).coding[0]!.code,
        (o.valueQuantity as { value: number }).value,
      ]);
    expect(first).toEqual([
      ["left_calf", 10],
      ["right_calf", 22],
    ]);
  });

  it("has a CarePlan per plan version: only the active plan's latest is active, and a clinician's edit names its author", () => {
    const plans = of("CarePlan");
    expect(plans).toHaveLength(record.planVersions.length);
    expect(plans.filter((p) => p.status === "active")).toHaveLength(1);
    const edit = plans.find((p) => String(p.description).includes("(edited)"))!;
    expect(edit.author).toMatchObject({ type: "Practitioner", identifier: { value: "clinician-7" } });
    expect((edit.activity as unknown[]).length).toBeGreaterThan(3);
  });

  it("has a Flag per escalation, active until acknowledged; an unknown escalation id keeps its text uncoded", () => {
    const flags = of("Flag");
    expect(flags.map((f) => f.status)).toEqual(["inactive", "active", "active", "active"]);
    expect(flags[3]!.code).toEqual({ text: "Something a newer Upstream flagged." });
  });

  it("leaves measures out when the record has none, and works without a plan", () => {
    const sparse = toFhirBundle(sparseRecord(), { generatedAt: GENERATED });
    expect(sparse.entry.filter((e) => e.resource.resourceType === "CarePlan")).toEqual([]);
    expect(sparse.entry.filter((e) => e.resource.resourceType === "QuestionnaireResponse")).toHaveLength(1);
  });
});

describe("the validator the tests rely on", () => {
  it("is loaded and strict: it reports a broken Observation and a Questionnaire group with no items", () => {
    const bundle = toFhirBundle(richRecord(), { generatedAt: GENERATED });
    const obs = bundle.entry.find((e) => e.resource.resourceType === "Observation")!.resource;
    const { status: _status, ...noStatus } = obs;
    expect(
      issuesOf({ ...noStatus, valueQuantity: { value: "five" } } as unknown as Resource).length,
    ).toBeGreaterThan(1);
    const q = bundle.entry.find((e) => e.resource.resourceType === "Questionnaire")!.resource;
    expect(issuesOf({ ...q, item: [{ linkId: "g", type: "group" }] } as unknown as Resource)).not.toEqual([]);
  });
});

describe("fhirInstant", () => {
  it.each([
    ["2026-01-05 08:00:00+00", "2026-01-05T08:00:00Z"],
    ["2026-01-05 08:00:00.123+00", "2026-01-05T08:00:00.123Z"],
    ["2026-01-05 08:00:00+05:30", "2026-01-05T08:00:00+05:30"],
    ["2026-01-05 08:00:00-0400", "2026-01-05T08:00:00-04:00"],
    ["2026-01-05T08:00:00.000Z", "2026-01-05T08:00:00.000Z"],
    ["2026-01-05 08:00", "2026-01-05T08:00:00Z"],
    ["2026-01-05", "2026-01-05"],
  ])("%s → %s", (stored, fhir) => {
    expect(fhirInstant(stored)).toBe(fhir);
  });
});
