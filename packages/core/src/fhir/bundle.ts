/**
 * One person's record as a FHIR R4 Bundle: Patient, the Questionnaires and a QuestionnaireResponse for each
 * assessment and measure, Observations for pain, self-tests, triage and measure scores, a CarePlan per plan
 * version and a Flag per escalation. Pure: the time and the base URL come in as arguments, ids are derived.
 */
import { AssessmentResultSchema, PlanSchema, type AssessmentInput } from "../contract/schema.js";
import { EXERCISE_BY_ID } from "../knowledge/exercises.js";
import { SELF_TESTS } from "../knowledge/self-tests.js";
import { formatDoseText } from "../plan/dose-text.js";
import {
  codingOf,
  FLAG_CATEGORY,
  isKnownCode,
  LOINC,
  LOINC_CODES,
  OBSERVATION_CATEGORY,
  UCUM,
  UCUM_UNITS,
  upstreamCodeSystems,
  upstreamCoding,
  upstreamSystem,
  FHIR_NAMESPACE,
  type BodyPart,
} from "./codes.js";
import {
  assessmentResponseItems,
  measureResponseItems,
  QUESTIONNAIRE_IDS,
  questionnaireResource,
  questionnaireUrl,
} from "./questionnaires.js";
import type { MeasureRow, PersonRecord } from "./record.js";
import { uuidFrom } from "./uuid.js";

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;
export interface FhirBundle {
  resourceType: "Bundle";
  id: string;
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

export interface FhirExportOptions {
  /** When the export was made (an ISO instant): the bundle's timestamp. */
  generatedAt: string;
  /**
   * The FHIR base the entries' fullUrls (base/Type/id) hang from, e.g. "https://clinic.example/fhir". Without
   * it, Upstream's namespace (FHIR_NAMESPACE, which names and does not resolve). References inside the bundle
   * are relative (Type/id), so they resolve against whichever base is used.
   */
  baseUrl?: string | undefined;
}

type Quantity = { value: number; unit: string; system: string; code: string };
const quantity = (value: number, unit: keyof typeof UCUM_UNITS): Quantity => ({
  value,
  unit: UCUM_UNITS[unit].unit,
  system: UCUM,
  code: UCUM_UNITS[unit].code,
});
const category = (code: "survey" | "exam") => [{ coding: [codingOf(OBSERVATION_CATEGORY, code)] }];
const loinc = (c: { code: string; display: string }) => ({ system: LOINC, code: c.code, display: c.display });

/**
 * A stored time as a FHIR instant. PostgreSQL gives "2026-01-05 08:00:00+00"; FHIR wants "2026-01-05T08:00:00+00:00".
 * A time without a zone is UTC (the store writes UTC); a bare date stays a date.
 */
export function fhirInstant(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return value;
  const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!;
  const zone = m[3];
  const offset =
    zone === undefined || zone === "Z"
      ? "Z"
      : zone.length === 3
        ? `${zone}:00`
        : zone.includes(":")
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${m[1]}T${time}${offset === "+00:00" ? "Z" : offset}`;
}

/** Which body part a left/right self-test loads, for Observation.bodySite. */
const SELF_TEST_BODY: Record<string, BodyPart> = {
  slump: "leg",
  calfRaise: "calf",
  heelWalk: "ankle",
  sidePlank: "trunk_side",
  singleLegBridge: "hip",
  kneeToWall: "ankle",
};
const SELF_TEST_UNITS: Record<string, keyof typeof UCUM_UNITS> = {
  calfRaise: "repetitions",
  sidePlank: "seconds",
  singleLegBridge: "repetitions",
  kneeToWall: "centimetres",
};

/**
 * Builds the bundle. Type "collection": the export is a set of resources to load or archive, not an attested
 * clinical document (a "document" bundle needs a Composition and an author who vouches for it, which
 * Upstream's self-care record does not have).
 * @example toFhirBundle(doc, { generatedAt: "2026-02-01T09:00:00.000Z" }).entry[0].resource.resourceType // "Patient"
 */
export function toFhirBundle(record: PersonRecord, options: FhirExportOptions): FhirBundle {
  const { generatedAt } = options;
  const base = (options.baseUrl ?? FHIR_NAMESPACE).replace(/\/+$/, "");
  const entries: FhirBundle["entry"] = [];
  const personKey = record.person.id;
  const idOf = (type: string, key: string) => uuidFrom(`${type}:${personKey}:${key}`);
  const urlOf = (type: string, id: string) => `${base}/${type}/${id}`;
  // Relative references resolve against each entry's RESTful fullUrl (FHIR R4 Bundle, "Resolving references").
  const ref = (type: string, key: string) => ({ reference: `${type}/${idOf(type, key)}` });
  const add = (resource: FhirResource) =>
    entries.push({ fullUrl: urlOf(resource.resourceType, resource.id), resource });
  const resource = (type: string, key: string, body: Record<string, unknown>): FhirResource => ({
    resourceType: type,
    id: idOf(type, key),
    ...body,
  });
  const patient = ref("Patient", "");
  const date = generatedAt.slice(0, 10);

  add(
    resource("Patient", "", {
      identifier: [{ system: `${FHIR_NAMESPACE}/person`, value: record.person.id }],
      active: true,
      ...(record.person.displayName ? { name: [{ text: record.person.displayName }] } : {}),
    }),
  );
  for (const cs of upstreamCodeSystems(date)) add(cs as FhirResource);
  for (const q of QUESTIONNAIRE_IDS) add(questionnaireResource(q, date) as FhirResource);

  const observation = (key: string, body: Record<string, unknown>) =>
    add(resource("Observation", key, { status: "final", subject: patient, ...body }));

  for (const a of record.assessments) {
    const qr = ref("QuestionnaireResponse", `assessment:${a.id}`);
    add(
      resource("QuestionnaireResponse", `assessment:${a.id}`, {
        identifier: { system: `${FHIR_NAMESPACE}/assessment`, value: a.id },
        questionnaire: questionnaireUrl("upstream_assessment"),
        status: "completed",
        subject: patient,
        authored: fhirInstant(a.createdAt),
        author: patient,
        source: patient,
        item: assessmentResponseItems(a.input),
      }),
    );
    const parsed = AssessmentResultSchema.safeParse(a.result);
    const reasons = parsed.success ? parsed.data.triage.reasons.map((r) => r.text) : [];
    observation(`triage:${a.id}`, {
      category: category("survey"),
      code: { coding: [upstreamCoding("observation", "triage_level")] },
      effectiveDateTime: fhirInstant(a.createdAt),
      valueCodeableConcept: { coding: [upstreamCoding("triage-level", a.triageLevel)] },
      derivedFrom: [qr],
      ...(reasons.length ? { note: reasons.map((text) => ({ text })) } : {}),
    });
    for (const obs of selfTestObservations(a.input)) {
      observation(`self-test:${a.id}:${obs.key}`, {
        category: category("exam"),
        effectiveDateTime: fhirInstant(a.createdAt),
        derivedFrom: [qr],
        ...obs.body,
      });
    }
  }

  for (const plan of record.plans) {
    const versions = record.planVersions
      .filter((v) => v.planId === plan.id)
      .sort((x, y) => x.version - y.version);
    const latest = versions.at(-1)?.version;
    for (const v of versions) {
      const current = plan.status === "active" && v.version === latest;
      const parsed = PlanSchema.safeParse(v.plan);
      const activities = parsed.success
        ? [
            ...parsed.data.phases.flatMap((phase, p) =>
              phase.items.map((item) => ({
                detail: {
                  code: {
                    coding: isKnownCode(upstreamSystem("exercise"), item.exercise)
                      ? [upstreamCoding("exercise", item.exercise)]
                      : [],
                    text: EXERCISE_BY_ID.get(item.exercise)?.name ?? item.exercise,
                  },
                  // A phase that waits (a fever, a walk that still spikes the pain) is on hold.
                  status: !current ? "stopped" : phase.onHold ? "on-hold" : "in-progress",
                  doNotPerform: false,
                  scheduledString: item.frequency,
                  description: `Phase ${p + 1}, ${phase.title}: ${formatDoseText(item.dose, item.exercise, item.side)}, ${item.frequency}${item.note ? `. ${item.note}` : ""}`,
                },
              })),
            ),
            ...parsed.data.avoid.map((a) => ({
              detail: {
                code: { coding: [upstreamCoding("avoid", a.id)] },
                status: current ? "in-progress" : "stopped",
                doNotPerform: true,
                description: a.reason,
              },
            })),
          ]
        : [];
      const author =
        v.author === "engine"
          ? { display: "Upstream plan engine" }
          : v.author === record.person.id
            ? { ...patient, display: "The person themself" }
            : {
                type: "Practitioner",
                identifier: { system: `${FHIR_NAMESPACE}/user`, value: v.author },
                display: "Linked clinician",
              };
      add(
        resource("CarePlan", `${plan.id}:${v.version}`, {
          identifier: [{ system: `${FHIR_NAMESPACE}/plan`, value: `${plan.id}/${v.version}` }],
          ...(v.version > 1 ? { replaces: [ref("CarePlan", `${plan.id}:${v.version - 1}`)] } : {}),
          status: current ? "active" : "revoked",
          intent: "plan",
          title: `Self-care plan, version ${v.version}`,
          description: `Version ${v.version} (${v.cause})${v.causeDetail ? `: ${v.causeDetail}` : ""}`,
          subject: patient,
          period: { start: plan.startDate },
          created: fhirInstant(v.createdAt),
          author,
          ...(v.assessmentId
            ? { supportingInfo: [ref("QuestionnaireResponse", `assessment:${v.assessmentId}`)] }
            : {}),
          ...(activities.length ? { activity: activities } : {}),
          ...(plan.status === "stopped" && v.version === latest && plan.stoppedReason
            ? { note: [{ text: `Stopped: ${plan.stoppedReason}` }] }
            : {}),
        }),
      );
    }
  }

  const painCode = (context: "pain_during_session" | "pain_at_checkin") => ({
    coding: [loinc(LOINC_CODES.painNrs), upstreamCoding("observation", context)],
  });
  for (const s of record.sessionLogs) {
    observation(`session:${s.id}`, {
      category: category("survey"),
      code: painCode("pain_during_session"),
      effectiveDateTime: s.day,
      issued: fhirInstant(s.loggedAt),
      valueQuantity: quantity(s.painDuring, "score"),
      ...(s.note ? { note: [{ text: s.note }] } : {}),
    });
  }
  for (const c of record.checkins) {
    observation(`checkin:${c.id}`, {
      category: category("survey"),
      code: painCode("pain_at_checkin"),
      effectiveDateTime: c.day,
      issued: fhirInstant(c.createdAt),
      valueQuantity: quantity(c.pain, "score"),
      ...(c.red ? { note: [{ text: "A red-flag sign was reported at this check-in." }] } : {}),
    });
  }

  for (const m of record.measures ?? []) {
    const key = `measure:${m.id}`;
    add(
      resource("QuestionnaireResponse", key, {
        identifier: { system: `${FHIR_NAMESPACE}/measure`, value: m.id },
        questionnaire: questionnaireUrl(m.instrument),
        status: "completed",
        subject: patient,
        authored: fhirInstant(m.createdAt),
        author: patient,
        source: patient,
        item: measureResponseItems(m.answers),
      }),
    );
    for (const obs of measureObservations(m)) {
      observation(`${key}:${obs.key}`, {
        category: category("survey"),
        effectiveDateTime: m.day,
        issued: fhirInstant(m.createdAt),
        derivedFrom: [ref("QuestionnaireResponse", key)],
        ...obs.body,
      });
    }
  }

  for (const e of record.escalationEvents) {
    const coded = isKnownCode(upstreamSystem("escalation"), e.escalation);
    add(
      resource("Flag", `escalation:${e.id}`, {
        identifier: [{ system: `${FHIR_NAMESPACE}/escalation`, value: e.id }],
        status: e.acknowledgedAt ? "inactive" : "active",
        category: [{ coding: [codingOf(FLAG_CATEGORY, "clinical")] }],
        code: { ...(coded ? { coding: [upstreamCoding("escalation", e.escalation)] } : {}), text: e.text },
        subject: patient,
        period: {
          start: fhirInstant(e.createdAt),
          ...(e.acknowledgedAt ? { end: fhirInstant(e.acknowledgedAt) } : {}),
        },
      }),
    );
  }

  return {
    resourceType: "Bundle",
    id: uuidFrom(`Bundle:${personKey}:${generatedAt}`),
    type: "collection",
    timestamp: fhirInstant(generatedAt),
    entry: entries,
  };
}

type ObservationPart = { key: string; body: Record<string, unknown> };

/** One Observation per self-test result, per side with its body site. */
function selfTestObservations(input: AssessmentInput): ObservationPart[] {
  const tests = input.selfTests ?? {};
  const out: ObservationPart[] = [];
  for (const test of SELF_TESTS) {
    const value = (tests as Record<string, unknown>)[test.field];
    if (value === undefined) continue;
    const code = { coding: [upstreamCoding("self-test", test.id)] };
    const body = SELF_TEST_BODY[test.field];
    if (body && typeof value === "object" && value !== null) {
      for (const side of ["left", "right"] as const) {
        const v = (value as Record<string, unknown>)[side];
        if (v === undefined) continue;
        const unit = SELF_TEST_UNITS[test.field];
        out.push({
          key: `${test.field}:${side}`,
          body: {
            code,
            bodySite: {
              coding: [upstreamCoding("body-site", `${side}_${body}`)],
              text: `${side} ${body.replace("_", " ")}`,
            },
            ...(unit && typeof v === "number"
              ? { valueQuantity: quantity(v, unit) }
              : typeof v === "string" && isKnownCode(upstreamSystem("self-test-result"), v)
                ? { valueCodeableConcept: { coding: [upstreamCoding("self-test-result", v)] } }
                : { valueString: JSON.stringify(v) }),
          },
        });
      }
    } else if (typeof value === "boolean") {
      out.push({ key: test.field, body: { code, valueBoolean: value } });
    } else if (typeof value === "string" && isKnownCode(upstreamSystem("self-test-result"), value)) {
      out.push({
        key: test.field,
        body: { code, valueCodeableConcept: { coding: [upstreamCoding("self-test-result", value)] } },
      });
    }
  }
  return out;
}

/** The scores of one measure response; none when it could not be scored. */
function measureObservations(m: MeasureRow): ObservationPart[] {
  const { score } = m.result;
  if (score === null) return [];
  switch (m.instrument) {
    case "nprs":
      return [
        {
          key: "score",
          body: { code: { coding: [loinc(LOINC_CODES.painNrs)] }, valueQuantity: quantity(score, "score") },
        },
      ];
    case "rmdq":
      return [
        {
          key: "score",
          body: {
            code: { coding: [upstreamCoding("observation", "rmdq_total")] },
            valueQuantity: quantity(score, "score"),
          },
        },
      ];
    case "psfs":
      return [
        {
          key: "score",
          body: {
            code: { coding: [upstreamCoding("observation", "psfs_mean")] },
            valueQuantity: quantity(score, "score"),
          },
        },
      ];
    case "start_back": {
      const parts: ObservationPart[] = [
        {
          key: "score",
          body: {
            code: { coding: [loinc(LOINC_CODES.startBackTotal)] },
            valueQuantity: quantity(score, "score"),
            ...(typeof m.result.subscale === "number"
              ? {
                  component: [
                    {
                      code: { coding: [loinc(LOINC_CODES.startBackDistress)] },
                      valueQuantity: quantity(m.result.subscale, "score"),
                    },
                  ],
                }
              : {}),
          },
        },
      ];
      const risk = m.result.risk;
      if (risk) {
        const answer = {
          low: LOINC_CODES.riskLow,
          medium: LOINC_CODES.riskMedium,
          high: LOINC_CODES.riskHigh,
        }[risk];
        parts.push({
          key: "risk",
          body: {
            code: { coding: [loinc(LOINC_CODES.startBackRisk)] },
            valueCodeableConcept: { coding: [loinc(answer)] },
          },
        });
      }
      return parts;
    }
  }
}
