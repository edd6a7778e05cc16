/**
 * The Questionnaires of the export (the Upstream assessment and the four outcome measures) and the
 * QuestionnaireResponses made from a stored assessment input or measure response. One item table per
 * instrument drives both, so a response always matches its questionnaire's linkIds.
 */
import type { AssessmentInput } from "../contract/schema.js";
import { RED_FLAG_FIELDS } from "../contract/ids.js";
import { RMDQ, START_BACK } from "../measures/instruments.js";
import type { MeasureAnswers, MeasureId } from "../measures/schema.js";
import {
  conceptsOf,
  FHIR_NAMESPACE,
  LOINC,
  LOINC_CODES,
  upstreamCoding,
  upstreamSystem,
  type UpstreamSystem,
} from "./codes.js";

export type QuestionnaireId = "upstream_assessment" | MeasureId;

type Leaf =
  | { kind: "integer" | "decimal" | "boolean" | "string"; key: string; text: string }
  | {
      kind: "choice";
      key: string;
      text: string;
      system: UpstreamSystem;
      codes?: readonly string[];
      repeats?: boolean;
    };
type Item = Leaf | { kind: "group"; key: string; text: string; repeats?: boolean; items: readonly Item[] };

const int = (key: string, text: string): Item => ({ kind: "integer", key, text });
const dec = (key: string, text: string): Item => ({ kind: "decimal", key, text });
const yes = (key: string, text: string): Item => ({ kind: "boolean", key, text });
const pick = (
  key: string,
  text: string,
  system: UpstreamSystem,
  more: { codes?: readonly string[]; repeats?: boolean } = {},
): Item => ({ kind: "choice", key, text, system, ...more });
const group = (key: string, text: string, items: readonly Item[], repeats = false): Item => ({
  kind: "group",
  key,
  text,
  items,
  repeats,
});
const leftRight = (key: string, text: string, make: (k: string, t: string) => Item) =>
  group(key, text, [make("left", "Left"), make("right", "Right")]);
const RESULT = "self-test-result" as const;

const RED_FLAG_TEXT: Record<(typeof RED_FLAG_FIELDS)[number], string> = {
  bladderBowelChange: "New trouble controlling bladder or bowel",
  saddleNumbness: "Numbness around the groin or buttocks (saddle area)",
  progressiveWeakness: "Severe or worsening weakness in a leg or arm",
  fever: "Fever or night sweats",
  unexplainedWeightLoss: "Weight loss you cannot explain",
  cancerHistory: "A history of cancer",
  majorTrauma: "A recent major injury (fall, crash)",
  infectionRisk: "Recent infection, injected recreational drugs or a weakened immune system",
};

/** The Upstream assessment, in the order of the contract's AssessmentInput. */
const ASSESSMENT_ITEMS: readonly Item[] = [
  int("age", "Age (years)"),
  pick("activities", "Activities you do", "activity", { repeats: true }),
  group(
    "complaints",
    "Where it hurts",
    [
      pick("region", "Region", "region"),
      pick("side", "Side", "side"),
      pick("kinds", "What it feels like", "complaint-kind", { repeats: true }),
      dec("weeks", "Weeks this episode has lasted"),
      yes("recurrent", "Earlier episodes keep coming back"),
      int("worstPain", "Worst pain in the last 24 hours (0-10)"),
    ],
    true,
  ),
  group(
    "nerveSymptoms",
    "Radiating or nerve symptoms",
    [
      pick("limb", "Limb", "limb"),
      pick("side", "Side", "side", { codes: ["left", "right", "both"] }),
      yes("belowKneeOrElbow", "Below the knee or elbow"),
      pick("kinds", "What it feels like", "nerve-kind", { repeats: true }),
    ],
    true,
  ),
  group(
    "redFlags",
    "Red-flag signs",
    RED_FLAG_FIELDS.map((f) => yes(f, RED_FLAG_TEXT[f])),
  ),
  group("status", "How it behaves", [
    yes("walk10MinWithoutSpike", "Can walk 10 minutes without a spike of pain"),
    yes("easesWithMovement", "Eases with movement"),
    yes("painLimitsSleep", "Pain limits sleep"),
    yes("nightPain", "Pain at night"),
    dec("morningStiffnessMinutes", "Morning stiffness (minutes)"),
    pick("stretchRelief", "Relief from stretching", "stretch-relief"),
    yes("backMusclesFeelHard", "Back muscles feel hard"),
  ]),
  pick("aggravators", "What makes it worse", "aggravator", { repeats: true }),
  pick("easers", "What eases it", "easer", { repeats: true }),
  group("habits", "Habits", [
    dec("sittingHoursPerDay", "Hours sitting a day"),
    dec("sleepHours", "Hours of sleep"),
    yes("highHeels", "Wears high heels"),
    yes("crossesLegs", "Crosses legs when sitting"),
    yes("runsOnToes", "Runs on the toes"),
    yes("wornShoes", "Shoes are worn out"),
    yes("trainsAbs", "Trains the abdominals"),
  ]),
  group("selfTests", "Self-tests", [
    leftRight("slump", "Seated slump", (k, t) => pick(k, t, RESULT, { codes: ["positive", "negative"] })),
    leftRight("calfRaise", "Single-leg calf raises to fatigue (repetitions)", int),
    leftRight("heelWalk", "Heel walk", (k, t) => pick(k, t, RESULT, { codes: ["ok", "weak"] })),
    leftRight("sidePlank", "Side plank hold (seconds)", dec),
    leftRight("singleLegBridge", "Single-leg bridge (repetitions)", int),
    leftRight("kneeToWall", "Knee-to-wall distance (cm)", dec),
    pick("thoracicExtension", "Thoracic extension over a chair", RESULT, {
      codes: ["eases_shoulder", "no_change", "worse"],
    }),
    yes("heelsFlatInSquat", "Heels stay flat in a deep squat"),
  ]),
  dec("programWeeks", "Weeks already spent on an Upstream plan"),
  dec("weightKg", "Body weight (kg)"),
];

/** Yes/no items in their published order, worded as the instrument words them (measures/instruments.ts). */
const statements = (texts: readonly string[]) => texts.map((text, i) => yes(String(i + 1), text));

const MEASURE_ITEMS: Record<MeasureId, readonly Item[]> = {
  nprs: [int("pain", "Pain right now, from 0 (no pain) to 10 (worst pain imaginable)")],
  rmdq: statements(RMDQ.items),
  psfs: [
    group(
      "activity",
      "An activity you find hard because of your problem",
      [
        { kind: "string", key: "name", text: "Activity" },
        int("score", "Ability, from 0 (unable) to 10 (as before the problem)"),
      ],
      true,
    ),
  ],
  start_back: [
    ...statements(START_BACK.items.map((item) => item.text)),
    pick("9", START_BACK.bothersome.question, "start-back-bothersome"),
  ],
};

const TITLES: Record<QuestionnaireId, string> = {
  upstream_assessment: "Upstream assessment",
  nprs: "Numeric Pain Rating Scale (NPRS)",
  rmdq: "Roland-Morris Disability Questionnaire (RMDQ-24)",
  psfs: "Patient-Specific Functional Scale (PSFS)",
  start_back: "Keele STarT Back Screening Tool",
};

const itemsOf = (id: QuestionnaireId) =>
  id === "upstream_assessment" ? ASSESSMENT_ITEMS : MEASURE_ITEMS[id];

/** The canonical URL of a Questionnaire; QuestionnaireResponse.questionnaire points at it. */
export const questionnaireUrl = (id: QuestionnaireId) => `${FHIR_NAMESPACE}/Questionnaire/${id}`;
export const QUESTIONNAIRE_IDS: readonly QuestionnaireId[] = [
  "upstream_assessment",
  "nprs",
  "rmdq",
  "psfs",
  "start_back",
];

function questionnaireItem(item: Item, prefix: string): Record<string, unknown> {
  const linkId = prefix ? `${prefix}.${item.key}` : item.key;
  const base = { linkId, text: item.text };
  switch (item.kind) {
    case "group":
      return {
        ...base,
        type: "group",
        repeats: item.repeats ?? false,
        item: item.items.map((i) => questionnaireItem(i, linkId)),
      };
    case "choice":
      return {
        ...base,
        type: "choice",
        repeats: item.repeats ?? false,
        answerOption: conceptsOf(item.system)
          .filter((c) => !item.codes || item.codes.includes(c.code))
          .map((c) => ({
            valueCoding: { system: upstreamSystem(item.system), code: c.code, display: c.display },
          })),
      };
    case "integer":
    case "decimal":
    case "boolean":
    case "string":
      return { ...base, type: item.kind };
  }
}

/** One Questionnaire resource (NPRS items carry their LOINC code; STarT Back the LOINC panel code). */
export function questionnaireResource(id: QuestionnaireId, date: string): Record<string, unknown> {
  const items = itemsOf(id).map((i) => questionnaireItem(i, ""));
  if (id === "nprs") items[0] = { ...items[0], code: [{ system: LOINC, ...LOINC_CODES.painNrs }] };
  return {
    resourceType: "Questionnaire",
    id: id.replace(/_/g, "-"),
    url: questionnaireUrl(id),
    version: "1",
    name: TITLES[id].replace(/[^A-Za-z0-9]/g, ""),
    title: TITLES[id],
    status: "active",
    experimental: false,
    subjectType: ["Patient"],
    date,
    publisher: "Upstream",
    code: [
      id === "start_back"
        ? { system: LOINC, ...LOINC_CODES.startBackPanel }
        : upstreamCoding("instrument", id),
    ],
    item: items,
  };
}

type Answer = Record<string, unknown>;

/** The answers of one leaf for a value; empty when it was not answered or does not fit. */
function answersOf(item: Leaf, value: unknown): Answer[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.flatMap((v): Answer[] => {
    switch (item.kind) {
      case "integer":
        return typeof v === "number" && Number.isInteger(v) ? [{ valueInteger: v }] : [];
      case "decimal":
        return typeof v === "number" && Number.isFinite(v) ? [{ valueDecimal: v }] : [];
      case "boolean":
        return typeof v === "boolean" ? [{ valueBoolean: v }] : [];
      case "string":
        return typeof v === "string" && v.trim() !== "" ? [{ valueString: v }] : [];
      case "choice":
        return typeof v === "string" &&
          conceptsOf(item.system).some((c) => c.code === v) &&
          (!item.codes || item.codes.includes(v))
          ? [{ valueCoding: upstreamCoding(item.system, v) }]
          : [];
    }
  });
}

function responseItems(items: readonly Item[], value: unknown, prefix: string): Answer[] {
  const obj = (value ?? {}) as Record<string, unknown>;
  return items.flatMap((item): Answer[] => {
    const linkId = prefix ? `${prefix}.${item.key}` : item.key;
    const v = obj[item.key];
    if (v === undefined || v === null) return [];
    if (item.kind === "group") {
      const instances = item.repeats && Array.isArray(v) ? v : [v];
      return instances.flatMap((instance) => {
        const children = responseItems(item.items, instance, linkId);
        return children.length ? [{ linkId, text: item.text, item: children }] : [];
      });
    }
    const answer = answersOf(item, v);
    return answer.length ? [{ linkId, text: item.text, answer }] : [];
  });
}

/** The items of a response to the Upstream assessment. */
export const assessmentResponseItems = (input: AssessmentInput) => responseItems(ASSESSMENT_ITEMS, input, "");

/** The items of a response to one outcome measure; unanswered items are left out. */
export function measureResponseItems(answers: MeasureAnswers): Answer[] {
  switch (answers.instrument) {
    case "nprs":
      return responseItems(MEASURE_ITEMS.nprs, { pain: answers.pain }, "");
    case "rmdq":
      return responseItems(
        MEASURE_ITEMS.rmdq,
        Object.fromEntries(answers.items.map((a, i) => [String(i + 1), a])),
        "",
      );
    case "psfs":
      return responseItems(
        MEASURE_ITEMS.psfs,
        { activity: answers.activities.map((a) => ({ name: a.activity, score: a.score })) },
        "",
      );
    case "start_back":
      return responseItems(
        MEASURE_ITEMS.start_back,
        { ...Object.fromEntries(answers.items.map((a, i) => [String(i + 1), a])), 9: answers.bothersome },
        "",
      );
  }
}
