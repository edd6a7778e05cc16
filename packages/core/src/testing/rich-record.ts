/**
 * A rich person record for export tests (FHIR, PDF, CSV): three assessments (one red), two plans with
 * engine, review and clinician versions, sessions, check-ins with a red flag, reviews, escalations
 * acknowledged and not, and two responses to each outcome measure.
 */
import { assess } from "../assess/assess.js";
import type { AssessmentInput, Plan } from "../contract/schema.js";
import type { MeasureAnswers, MeasureScore } from "../measures/schema.js";
import type { MeasureRow, PersonRecord } from "../fhir/record.js";

const PERSON = "person-rich-1";
const CLINICIAN = "clinician-7";

const FIRST: AssessmentInput = {
  age: 40,
  activities: ["cycling", "desk_work"],
  complaints: [
    { region: "calf", side: "left", kinds: ["weakness", "cramp"], weeks: 3, worstPain: 5, recurrent: true },
    { region: "low_back", side: "central", kinds: ["pain"], weeks: 3, worstPain: 4 },
  ],
  nerveSymptoms: [{ limb: "leg", side: "left", belowKneeOrElbow: true, kinds: ["numbness", "tingling"] }],
  redFlags: { fever: false },
  status: {
    walk10MinWithoutSpike: true,
    easesWithMovement: true,
    morningStiffnessMinutes: 20,
    stretchRelief: "brief",
  },
  aggravators: ["sitting", "bending"],
  easers: ["walking"],
  habits: { sittingHoursPerDay: 9, sleepHours: 6.5, crossesLegs: true },
  selfTests: {
    calfRaise: { left: 10, right: 22 },
    slump: { left: "positive", right: "negative" },
    heelWalk: { left: "ok", right: "ok" },
    sidePlank: { left: 25, right: 40 },
    singleLegBridge: { left: 8, right: 12 },
    kneeToWall: { left: 6, right: 9.5 },
    thoracicExtension: "no_change",
    heelsFlatInSquat: false,
  },
};
const SECOND: AssessmentInput = {
  ...FIRST,
  programWeeks: 2,
  selfTests: { ...FIRST.selfTests, calfRaise: { left: 14, right: 23 }, sidePlank: { left: 35, right: 45 } },
};
const RED: AssessmentInput = { ...FIRST, redFlags: { saddleNumbness: true, bladderBowelChange: true } };
const CLEARED: AssessmentInput = {
  ...FIRST,
  nerveSymptoms: [],
  complaints: [{ region: "calf", side: "left", kinds: ["tightness"], weeks: 8, worstPain: 2 }],
  programWeeks: 5,
  selfTests: { ...FIRST.selfTests, calfRaise: { left: 21, right: 24 }, sidePlank: { left: 50, right: 55 } },
};

const at = (day: string, time = "08:00:00.000") => `${day}T${time}Z`;
/** The day `n` days after `day`, by calendar arithmetic (no Date: core code keeps off the clock). */
const addDays = (day: string, n: number): string => {
  let [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const length = () =>
    [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
      m - 1
    ]!;
  for (d += n; d > length();) {
    d -= length();
    m += 1;
    if (m > 12) [m, y] = [1, y + 1];
  }
  for (; d < 1;) {
    m -= 1;
    if (m < 1) [m, y] = [12, y - 1];
    d += length();
  }
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

function assessment(id: string, day: string, input: AssessmentInput) {
  const result = assess(input).result;
  return {
    id,
    personId: PERSON,
    createdAt: at(day),
    engineVersion: "test",
    input,
    result,
    triageLevel: result.triage.level,
    programWeeks: input.programWeeks ?? 0,
  };
}

/** The plan with every dose's reps (or hold) raised by one step: what a progression does. */
function bumped(plan: Plan, by: number): Plan {
  return {
    ...plan,
    phases: plan.phases.map((p) => ({
      ...p,
      items: p.items.map((i) => ({
        ...i,
        dose:
          i.dose.reps !== undefined
            ? { ...i.dose, reps: i.dose.reps + by }
            : i.dose.holdSeconds !== undefined
              ? { ...i.dose, holdSeconds: i.dose.holdSeconds + 5 * by }
              : i.dose,
      })),
    })),
  };
}

function measure(id: string, day: string, answers: MeasureAnswers, result: MeasureScore): MeasureRow {
  return {
    id,
    personId: PERSON,
    day,
    createdAt: at(day, "19:00:00.000"),
    instrument: answers.instrument,
    answers,
    result,
  };
}

/** Builds the record; pure, so every call gives the same record. */
export function richRecord() {
  const a1 = assessment("a1", "2026-01-05", FIRST);
  const a2 = assessment("a2", "2026-01-19", SECOND);
  const a3 = assessment("a3", "2026-02-02", RED);
  const a4 = assessment("a4", "2026-02-16", CLEARED);
  const plan1 = a1.result.plan!;
  const plan4 = a4.result.plan!;
  const edited: Plan = { ...bumped(plan1, 1), phases: bumped(plan1, 1).phases.slice(0, -1) };

  const sessions = Array.from({ length: 22 }, (_, i) => {
    const day = addDays("2026-01-05", Math.floor(i * 1.2));
    return {
      id: `s${i + 1}`,
      personId: PERSON,
      planId: "p1",
      planVersion: i < 7 ? 1 : i < 12 ? 2 : i < 16 ? 3 : 4,
      day,
      loggedAt: at(day, "18:30:00.000"),
      exercises: [],
      painDuring: [3, 3, 2, 4, 3, 2, 2, 3, 2, 2, 1, 2, 2, 1, 1, 2, 1, 1, 2, 1, 0, 1][i]!,
      note: i === 3 ? 'Calf felt tight, "=SUM(A1)" said the app' : null,
      clientId: null,
    };
  }).concat(
    [0, 2, 4, 7, 9].map((n, i) => {
      const day = addDays("2026-02-16", n);
      return {
        id: `t${i + 1}`,
        personId: PERSON,
        planId: "p2",
        planVersion: 1,
        day,
        loggedAt: at(day, "18:30:00.000"),
        exercises: [],
        painDuring: [1, 1, 0, 1, 0][i]!,
        note: null,
        clientId: null,
      };
    }),
  );
  const checkins = Array.from({ length: 24 }, (_, i) => {
    const day = addDays("2026-01-06", i);
    const red = day === "2026-01-28";
    return {
      id: `c${i + 1}`,
      personId: PERSON,
      day,
      createdAt: at(day, "07:15:00.000"),
      pain: red ? 6 : Math.max(0, 4 - Math.floor(i / 6)),
      redFlags: red ? { saddleNumbness: true } : {},
      red,
    };
  });

  const record = {
    person: {
      id: PERSON,
      createdAt: at("2026-01-05", "07:00:00.000"),
      displayName: "Sam Rivers",
      baselinePain: 2,
      weightKg: 72,
    },
    assessments: [a1, a2, a3, a4],
    plans: [
      {
        id: "p1",
        personId: PERSON,
        createdAt: a1.createdAt,
        startDate: "2026-01-05",
        status: "stopped" as const,
        stoppedReason: "red flag at the check-in on 2026-01-28: saddleNumbness",
      },
      {
        id: "p2",
        personId: PERSON,
        createdAt: a4.createdAt,
        startDate: "2026-02-16",
        status: "active" as const,
        stoppedReason: null,
      },
    ],
    planVersions: [
      {
        planId: "p1",
        version: 1,
        createdAt: a1.createdAt,
        cause: "created",
        causeDetail: null,
        author: "engine",
        assessmentId: "a1",
        plan: plan1,
      },
      {
        planId: "p1",
        version: 2,
        createdAt: at("2026-01-11", "20:00:00.000"),
        cause: "progressed",
        causeDetail: "week ending 2026-01-11",
        author: "engine",
        assessmentId: null,
        plan: bumped(plan1, 1),
      },
      {
        planId: "p1",
        version: 3,
        createdAt: at("2026-01-15", "11:00:00.000"),
        cause: "edited",
        causeDetail: "dropped the last phase until the calf settles",
        author: CLINICIAN,
        assessmentId: null,
        plan: edited,
      },
      {
        planId: "p1",
        version: 4,
        createdAt: a2.createdAt,
        cause: "reassessed",
        causeDetail: null,
        author: "engine",
        assessmentId: "a2",
        plan: a2.result.plan,
      },
      {
        // As the store writes a stop: a version whose cause says why, with the plan as it stood.
        planId: "p1",
        version: 5,
        createdAt: at("2026-01-28", "07:15:00.000"),
        cause: "stopped",
        causeDetail: "red flag at the check-in on 2026-01-28: saddleNumbness",
        author: "engine",
        assessmentId: null,
        plan: a2.result.plan,
      },
      {
        planId: "p2",
        version: 1,
        createdAt: a4.createdAt,
        cause: "created",
        causeDetail: null,
        author: "engine",
        assessmentId: "a4",
        plan: plan4,
      },
    ],
    sessionLogs: sessions,
    checkins,
    reviews: ["2026-01-11", "2026-01-18", "2026-01-25", "2026-02-22"].map((weekEnd, i) => ({
      id: `r${i + 1}`,
      personId: PERSON,
      planId: i < 3 ? "p1" : "p2",
      fromVersion: i < 3 ? i + 1 : 1,
      toVersion: i < 3 ? i + 2 : 1,
      weekStart: addDays(weekEnd, -6),
      weekEnd,
      createdAt: at(weekEnd, "20:00:00.000"),
      decisions: [],
    })),
    escalationEvents: [
      {
        id: "e1",
        personId: PERSON,
        createdAt: a1.createdAt,
        escalation: "nerve_symptoms_need_review",
        action: "see_clinician",
        text: "Nerve symptoms: book a clinician visit.",
        origin: "assessment",
        acknowledgedAt: at("2026-01-07"),
      },
      {
        id: "e2",
        personId: PERSON,
        createdAt: a2.createdAt,
        escalation: "calf_raise_asymmetry_persists",
        action: "see_clinician",
        text: "The calf-raise gap persists after 2 weeks.",
        origin: "assessment",
        acknowledgedAt: null,
      },
      {
        id: "e3",
        personId: PERSON,
        createdAt: at("2026-01-28", "07:15:00.000"),
        escalation: "red_flag_at_checkin",
        action: "urgent_care",
        text: "A red-flag sign at your check-in: get urgent medical care today.",
        origin: "checkin",
        acknowledgedAt: null,
      },
      {
        id: "e4",
        personId: PERSON,
        createdAt: at("2026-01-29"),
        escalation: "an_id_from_a_newer_version",
        action: "see_clinician",
        text: "Something a newer Upstream flagged.",
        origin: "review",
        acknowledgedAt: null,
      },
    ],
    measures: [
      measure(
        "m1",
        "2026-01-05",
        { instrument: "nprs", pain: 5 },
        { score: 5, max: 10, missing: [], summary: "Pain 5/10." },
      ),
      measure(
        "m2",
        "2026-02-16",
        { instrument: "nprs", pain: 2 },
        { score: 2, max: 10, missing: [], summary: "Pain 2/10." },
      ),
      measure(
        "m3",
        "2026-01-05",
        { instrument: "rmdq", items: Array.from({ length: 24 }, (_, i) => (i === 5 ? null : i % 3 === 0)) },
        { score: 8, max: 24, missing: [6], summary: "8 of 24." },
      ),
      measure(
        "m4",
        "2026-02-16",
        { instrument: "rmdq", items: Array.from({ length: 24 }, (_, i) => i % 8 === 0) },
        { score: 3, max: 24, missing: [], summary: "3 of 24." },
      ),
      measure(
        "m5",
        "2026-01-05",
        {
          instrument: "psfs",
          activities: [
            { activity: "Cycling 30 minutes", score: 3 },
            { activity: "Sitting through a meeting", score: 4 },
            { activity: "Climbing stairs", score: 6 },
          ],
        },
        { score: 4.3, max: 10, missing: [], summary: "Mean 4.3 of 10." },
      ),
      measure(
        "m6",
        "2026-02-16",
        {
          instrument: "psfs",
          activities: [
            { activity: "Cycling 30 minutes", score: 7 },
            { activity: "Sitting through a meeting", score: 8 },
            { activity: "Climbing stairs", score: null },
          ],
        },
        { score: 7.5, max: 10, missing: [3], summary: "Mean 7.5 of 10." },
      ),
      measure(
        "m7",
        "2026-01-05",
        {
          instrument: "start_back",
          items: [true, true, false, true, true, false, true, false],
          bothersome: "very_much",
        },
        { score: 6, max: 9, subscale: 3, risk: "medium", missing: [], summary: "Medium risk." },
      ),
      measure(
        "m8",
        "2026-02-16",
        {
          instrument: "start_back",
          items: [false, true, false, false, false, false, false, null],
          bothersome: "slightly",
        },
        { score: 1, max: 9, subscale: 0, risk: "low", missing: [8], summary: "Low risk." },
      ),
    ],
  };
  const typed: PersonRecord & { measures: MeasureRow[] } = record;
  return { ...record, ...typed };
}
