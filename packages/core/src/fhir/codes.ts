/**
 * Every code system and code the FHIR export uses, in one place: the external ones (LOINC, UCUM, HL7
 * terminology) with only the codes confirmed for them, and Upstream's own systems, built from the contract's id
 * lists. A test checks that every coding in an exported bundle is listed here.
 */
import {
  ACTIVITIES,
  AGGRAVATORS,
  AVOID_IDS,
  COMPLAINT_KINDS,
  EASERS,
  ESCALATION_IDS,
  EXERCISE_IDS,
  NERVE_KINDS,
  PHASE_IDS,
  REGIONS,
  SIDES,
  TRIAGE_LEVELS,
} from "../contract/ids.js";
import { EXERCISE_BY_ID } from "../knowledge/exercises.js";
import { SELF_TEST_IDS } from "../knowledge/schema.js";
import { SELF_TESTS } from "../knowledge/self-tests.js";
import { BOTHERSOME } from "../measures/schema.js";
import { PHASE_INFO } from "../plan/phases.js";

/** Upstream's namespace for FHIR canonical URLs (a reserved .invalid name: it names, it does not resolve). */
export const FHIR_NAMESPACE = "https://upstream.invalid/fhir";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
export const FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

/**
 * The LOINC codes used, each confirmed on a published page (README.md beside this file lists where):
 * 72514-3 for 0-10 pain ratings, and the STarT Back panel 91349-1 with its total 91351-7, distress subscore
 * 91350-9, risk level 91352-5 and the risk answers LA9193-9, LA8982-6, LA9194-7. No LOINC code could be confirmed
 * for the RMDQ or the PSFS: their scores use Upstream codes (observation rmdq_total, psfs_mean).
 */
export const LOINC_CODES = {
  painNrs: { code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  startBackPanel: { code: "91349-1", display: "STarT Back Screening Tool panel" },
  startBackTotal: { code: "91351-7", display: "Total score [STarT Back]" },
  startBackDistress: { code: "91350-9", display: "Distress subscore [STarT Back]" },
  startBackRisk: { code: "91352-5", display: "STarT Back Screening risk level" },
  riskHigh: { code: "LA9193-9", display: "High" },
  riskMedium: { code: "LA8982-6", display: "Medium" },
  riskLow: { code: "LA9194-7", display: "Low" },
} as const;

/** UCUM units: scores, seconds, centimetres and counted repetitions (a UCUM annotation of unity). */
export const UCUM_UNITS = {
  score: { code: "{score}", unit: "score" },
  seconds: { code: "s", unit: "s" },
  centimetres: { code: "cm", unit: "cm" },
  repetitions: { code: "{repetitions}", unit: "repetitions" },
} as const;

/** "low_back" → "Low back". */
export const humanize = (id: string) => {
  const words = id.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

type Concepts = readonly { code: string; display: string }[];
const plain = (ids: readonly string[]): Concepts => ids.map((code) => ({ code, display: humanize(code) }));

/** The observations Upstream records that have no confirmed LOINC code. */
const OBSERVATION_CODES: Concepts = [
  { code: "pain_during_session", display: "Pain during an exercise session (0-10)" },
  { code: "pain_at_checkin", display: "Pain at the morning check-in (0-10)" },
  { code: "triage_level", display: "Upstream triage level" },
  { code: "rmdq_total", display: "Roland-Morris Disability Questionnaire total score (0-24)" },
  { code: "psfs_mean", display: "Patient-Specific Functional Scale mean score (0-10)" },
];

const BODY_PARTS = ["calf", "trunk_side", "hip", "ankle", "leg"] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/** Upstream's own code systems: key → concepts. */
const UPSTREAM_CONCEPTS = {
  observation: OBSERVATION_CODES,
  "self-test": SELF_TEST_IDS.map((id) => ({
    code: id,
    display: SELF_TESTS.find((t) => t.id === id)?.name ?? humanize(id),
  })),
  "self-test-result": plain(["positive", "negative", "ok", "weak", "eases_shoulder", "no_change", "worse"]),
  "body-site": (["left", "right"] as const).flatMap((side) =>
    BODY_PARTS.map((part) => ({ code: `${side}_${part}`, display: humanize(`${side}_${part}`) })),
  ),
  "triage-level": plain(TRIAGE_LEVELS),
  exercise: EXERCISE_IDS.map((id) => ({ code: id, display: EXERCISE_BY_ID.get(id)?.name ?? humanize(id) })),
  phase: PHASE_IDS.map((id) => ({ code: id, display: PHASE_INFO.find((p) => p.id === id)?.title ?? id })),
  escalation: plain([...ESCALATION_IDS, "red_flag_at_checkin"]),
  avoid: plain(AVOID_IDS),
  instrument: [
    { code: "upstream_assessment", display: "Upstream assessment" },
    { code: "nprs", display: "Numeric Pain Rating Scale (NPRS)" },
    { code: "rmdq", display: "Roland-Morris Disability Questionnaire (RMDQ)" },
    { code: "psfs", display: "Patient-Specific Functional Scale (PSFS)" },
    { code: "start_back", display: "Keele STarT Back Screening Tool" },
  ],
  region: plain(REGIONS),
  side: plain(SIDES),
  limb: plain(["leg", "arm"]),
  "complaint-kind": plain(COMPLAINT_KINDS),
  "nerve-kind": plain(NERVE_KINDS),
  activity: plain(ACTIVITIES),
  aggravator: plain(AGGRAVATORS),
  easer: plain(EASERS),
  "stretch-relief": plain(["none", "brief", "lasting"]),
  "start-back-bothersome": plain(BOTHERSOME),
} as const satisfies Record<string, Concepts>;

export type UpstreamSystem = keyof typeof UPSTREAM_CONCEPTS;

/** The canonical URL of one of Upstream's code systems. */
export const upstreamSystem = (key: UpstreamSystem) => `${FHIR_NAMESPACE}/CodeSystem/${key}`;

/** Every system the export may use → its known codes and displays. */
export const KNOWN_CODES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map<
  string,
  ReadonlyMap<string, string>
>([
  [LOINC, new Map(Object.values(LOINC_CODES).map((c) => [c.code, c.display]))],
  [UCUM, new Map(Object.values(UCUM_UNITS).map((u) => [u.code, u.unit]))],
  [
    OBSERVATION_CATEGORY,
    new Map([
      ["survey", "Survey"],
      ["exam", "Exam"],
    ]),
  ],
  [FLAG_CATEGORY, new Map([["clinical", "Clinical"]])],
  ...Object.entries(UPSTREAM_CONCEPTS).map(
    ([key, concepts]) =>
      [
        upstreamSystem(key as UpstreamSystem),
        new Map((concepts as Concepts).map((c) => [c.code, c.display])),
      ] as const,
  ),
]);

export interface Coding {
  system: string;
  code: string;
  display: string;
}

/** A coding from one of the known systems; throws on an unknown code (a bug: the lists above are the truth). */
export function codingOf(system: string, code: string): Coding {
  const display = KNOWN_CODES.get(system)?.get(code);
  if (display === undefined) throw new Error(`no code ${code} in ${system}`);
  return { system, code, display };
}

/** A coding from one of Upstream's systems. */
export const upstreamCoding = (key: UpstreamSystem, code: string) => codingOf(upstreamSystem(key), code);

/** Whether the code is listed for the system (ids stored in a record may be unknown to this version). */
export const isKnownCode = (system: string, code: string) => KNOWN_CODES.get(system)?.has(code) ?? false;

/** The concepts of one of Upstream's systems, for a Questionnaire's answer options. */
export const conceptsOf = (key: UpstreamSystem): Concepts => UPSTREAM_CONCEPTS[key];

const pascal = (key: string) =>
  key
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/** Upstream's code systems as FHIR CodeSystem resources, so an exported bundle explains its own codes. */
export function upstreamCodeSystems(date: string): Record<string, unknown>[] {
  return Object.entries(UPSTREAM_CONCEPTS).map(([key, concepts]) => ({
    resourceType: "CodeSystem",
    id: `upstream-${key}`,
    url: upstreamSystem(key as UpstreamSystem),
    name: `Upstream${pascal(key)}`,
    title: `Upstream ${key.replace(/-/g, " ")} codes`,
    status: "active",
    experimental: false,
    date,
    publisher: "Upstream",
    caseSensitive: true,
    content: "complete",
    count: concepts.length,
    concept: (concepts as Concepts).map((c) => ({ code: c.code, display: c.display })),
  }));
}
