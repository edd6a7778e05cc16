/** The four outcome measures as data: wording in published order, scoring, change thresholds, schedule, sources. */
import type { Region } from "../contract/ids.js";
import type { MeasureId } from "./schema.js";

/** A published reference, cited as a clinician would. */
export interface Reference {
  citation: string;
  url?: string;
}

/** The smallest change that counts as meaningful for one person, and which way is better. */
export interface ChangeThreshold {
  /** Points on the instrument's own scale. */
  points: number;
  /** A change of this percentage of the earlier score also counts; null when the instrument has no such rule. */
  percent: number | null;
  better: "lower" | "higher";
  /** In plain words, for the person and the clinician. */
  text: string;
  source: Reference[];
}

/** When the instrument is asked, and for whom. */
export interface MeasureSchedule {
  /** Asked at the start of the program (the first time it is due). */
  intake: true;
  /** Asked again this many days after the last time; null: once only. */
  everyDays: number | null;
  /** Only for people with a complaint in one of these regions; null: everyone. */
  regions: readonly Region[] | null;
  /** Why this schedule, with its basis. */
  why: string;
}

interface InstrumentBase {
  id: MeasureId;
  /** The full published name. */
  name: string;
  /** A short name for headings and charts. */
  short: string;
  /** What it measures, in plain words. */
  measures: string;
  /** The instructions shown above the items. */
  instructions: string;
  /** The scale: the score runs 0 to `max`. */
  max: number;
  /** How it is scored, as the published rule says. */
  scoring: string;
  /** What is done when items are left unanswered, and the basis for that choice. */
  missing: string;
  change: ChangeThreshold | null;
  schedule: MeasureSchedule;
  references: Reference[];
  /** The owner's copyright and licence statement, kept with the tool wherever it is shown. */
  copyright?: string;
}

export interface NprsInstrument extends InstrumentBase {
  id: "nprs";
  question: string;
  anchors: { 0: string; 10: string };
}
export interface RmdqInstrument extends InstrumentBase {
  id: "rmdq";
  /** The 24 statements in published order. */
  items: readonly string[];
}
export interface PsfsInstrument extends InstrumentBase {
  id: "psfs";
  /** Shown when the person re-scores the activities they named before. */
  followUp: string;
  anchors: { 0: string; 10: string };
  minActivities: number;
  maxActivities: number;
}
export interface StartBackInstrument extends InstrumentBase {
  id: "start_back";
  /** Items 1-8 in published order, each answered agree or disagree; `psychosocial` marks items 5-8. */
  items: readonly { text: string; psychosocial: boolean }[];
  /** Item 9, part of the psychosocial subscale. */
  bothersome: {
    question: string;
    options: readonly {
      value: "not_at_all" | "slightly" | "moderately" | "very_much" | "extremely";
      label: string;
      scores: 0 | 1;
    }[];
  };
}
export type Instrument = NprsInstrument | RmdqInstrument | PsfsInstrument | StartBackInstrument;

const OSTELO: Reference = {
  citation:
    "Ostelo RWJG, Deyo RA, Stratford P, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90-94.",
};

/** The weekly 0-10 pain rating (NPRS). */
export const NPRS: NprsInstrument = {
  id: "nprs",
  name: "Numeric Pain Rating Scale",
  short: "Pain (NPRS)",
  measures: "How bad your pain is, from 0 to 10.",
  instructions: "Choose the one number that best describes your pain.",
  question: "Thinking about the last 24 hours, what number best describes your pain on average?",
  anchors: { 0: "No pain", 10: "Worst pain imaginable" },
  max: 10,
  scoring: "The score is the number chosen, 0 to 10; higher means more pain.",
  missing:
    "A single item: without an answer there is nothing to score, so the form cannot be sent without one.",
  change: {
    points: 2,
    percent: 30,
    better: "lower",
    text: "A change of 2 points, or of 30% of the earlier score, is meaningful to a person.",
    source: [
      {
        citation:
          "Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149-158.",
      },
      {
        citation:
          "Childs JD, Piva SR, Fritz JM. Responsiveness of the numeric pain rating scale in patients with low back pain. Spine 2005;30(11):1331-1334.",
      },
      OSTELO,
    ],
  },
  schedule: {
    intake: true,
    everyDays: 7,
    regions: null,
    why: "Pain changes week to week, and the program is reviewed weekly: a weekly rating shows the trend.",
  },
  references: [
    {
      citation:
        "Childs JD, Piva SR, Fritz JM. Responsiveness of the numeric pain rating scale in patients with low back pain. Spine 2005;30(11):1331-1334.",
    },
  ],
};

/** The Roland-Morris Disability Questionnaire, 24-item version, for back complaints. */
export const RMDQ: RmdqInstrument = {
  id: "rmdq",
  name: "Roland-Morris Disability Questionnaire",
  short: "Back disability (RMDQ)",
  measures: "How much back pain limits everyday activities today.",
  instructions:
    "When your back hurts, you may find it difficult to do some of the things you normally do. This list contains " +
    "sentences that people have used to describe themselves when they have back pain. As you read the list, think " +
    "of yourself today. Tick a sentence only if you are sure it describes you today; if it does not, leave it blank.",
  items: [
    "I stay at home most of the time because of my back.",
    "I change position frequently to try and get my back comfortable.",
    "I walk more slowly than usual because of my back.",
    "Because of my back I am not doing any of the jobs that I usually do around the house.",
    "Because of my back, I use a handrail to get upstairs.",
    "Because of my back, I lie down to rest more often.",
    "Because of my back, I have to hold on to something to get out of an easy chair.",
    "Because of my back, I try to get other people to do things for me.",
    "I get dressed more slowly than usual because of my back.",
    "I only stand for short periods of time because of my back.",
    "Because of my back, I try not to bend or kneel down.",
    "I find it difficult to get out of a chair because of my back.",
    "My back is painful almost all the time.",
    "I find it difficult to turn over in bed because of my back.",
    "My appetite is not very good because of my back pain.",
    "I have trouble putting on my socks (or stockings) because of the pain in my back.",
    "I only walk short distances because of my back.",
    "I sleep less well because of my back.",
    "Because of my back pain, I get dressed with help from someone else.",
    "I sit down for most of the day because of my back.",
    "I avoid heavy jobs around the house because of my back.",
    "Because of my back pain, I am more irritable and bad tempered with people than usual.",
    "Because of my back, I go upstairs more slowly than usual.",
    "I stay in bed most of the time because of my back.",
  ],
  max: 24,
  scoring:
    "The score is the number of statements ticked, 0 to 24; higher means more disability (Roland & Morris 1983; " +
    "Roland & Fairbank 2000).",
  missing:
    "On paper an unticked statement counts as 'no'; our form sends every statement as ticked or not, so that rule " +
    "holds. An item sent as unanswered (null, through the API) is different: there is no standard method for " +
    "unanswered RMDQ items (Kent & Lauridsen), and both the 5-point threshold and the 0-24 range are for the full sum, " +
    "so we give no score rather than a partial or prorated one, and list the unanswered items.",
  change: {
    points: 5,
    percent: 30,
    better: "lower",
    text: "A change of 5 points, or of 30% of the earlier score, is meaningful to a person.",
    source: [OSTELO],
  },
  schedule: {
    intake: true,
    everyDays: 28,
    regions: ["low_back", "mid_back"],
    why:
      "A back-specific measure (its statements ask about 'my back'), developed in low back pain; disability changes " +
      "over weeks, so it is asked at the start and every 4 weeks.",
  },
  references: [
    {
      citation:
        "Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain. Spine 1983;8(2):141-144.",
    },
    {
      citation:
        "Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25(24):3115-3124.",
    },
    {
      citation:
        'Kent P, Lauridsen HH. Managing missing scores on the Roland Morris Disability Questionnaire. University of Southern Denmark ("There is no standard method to calculate RMDQ sum scores when one or more questions have not been answered").',
      url: "https://portal.findresearcher.sdu.dk/da/publications/managing-missing-scores-on-the-roland-morris-disability-questionn",
    },
    OSTELO,
  ],
};

/** The Patient-Specific Functional Scale: activities the person names, each rated 0-10. */
export const PSFS: PsfsInstrument = {
  id: "psfs",
  name: "Patient-Specific Functional Scale",
  short: "Your activities (PSFS)",
  measures: "How well you can do activities that matter to you and that your problem makes hard.",
  instructions:
    "Name 3 to 5 important activities that you are unable to do, or have difficulty with, because of your problem. " +
    "Then rate how well you can do each one today.",
  followUp:
    "Last time you told us you had difficulty with these activities. Rate how well you can do each one today; " +
    "you can change the list if an activity no longer applies.",
  anchors: {
    0: "Unable to perform the activity",
    10: "Able to perform it at the same level as before the problem",
  },
  minActivities: 3,
  maxActivities: 5,
  max: 10,
  scoring:
    "The score is the average of the activity ratings: the sum of the ratings divided by the number of activities (Stratford et al. 1995).",
  missing:
    "An activity named but not rated is left out of the average, as the rule divides by the activities rated; at " +
    "least 3 must be rated, the fewest the scale asks for, or there is no score.",
  change: {
    points: 2,
    percent: null,
    better: "higher",
    text: "A change of 2 points in the average is more than measurement error (the minimal detectable change, 90% confidence).",
    source: [
      {
        citation:
          "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiotherapy Canada 1995;47(4):258-263.",
      },
    ],
  },
  schedule: {
    intake: true,
    everyDays: 28,
    regions: null,
    why: "Works for any region; function changes over weeks, so it is asked at the start and every 4 weeks.",
  },
  references: [
    {
      citation:
        "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiotherapy Canada 1995;47(4):258-263.",
    },
  ],
};

/** The Keele STarT Back Screening Tool, 9 items, asked once at the start for low back pain. */
export const START_BACK: StartBackInstrument = {
  id: "start_back",
  name: "Keele STarT Back Screening Tool",
  short: "Back pain risk screen (STarT Back)",
  measures: "The chance that back pain will keep getting in the way, so care can be matched to it.",
  instructions: "Thinking about the last 2 weeks, tick your response to the following questions.",
  items: [
    { text: "My back pain has spread down my leg(s) at some time in the last 2 weeks", psychosocial: false },
    { text: "I have had pain in the shoulder or neck at some time in the last 2 weeks", psychosocial: false },
    { text: "I have only walked short distances because of my back pain", psychosocial: false },
    {
      text: "In the last 2 weeks, I have dressed more slowly than usual because of back pain",
      psychosocial: false,
    },
    {
      text: "It’s not really safe for a person with a condition like mine to be physically active",
      psychosocial: true,
    },
    { text: "Worrying thoughts have been going through my mind a lot of the time", psychosocial: true },
    {
      text: "I feel that my back pain is terrible and it’s never going to get any better",
      psychosocial: true,
    },
    { text: "In general I have not enjoyed all the things I used to enjoy", psychosocial: true },
  ],
  bothersome: {
    question: "Overall, how bothersome has your back pain been in the last 2 weeks?",
    options: [
      { value: "not_at_all", label: "Not at all", scores: 0 },
      { value: "slightly", label: "Slightly", scores: 0 },
      { value: "moderately", label: "Moderately", scores: 0 },
      { value: "very_much", label: "Very much", scores: 1 },
      { value: "extremely", label: "Extremely", scores: 1 },
    ],
  },
  max: 9,
  scoring:
    "Each 'agree' scores 1, and item 9 scores 1 for 'very much' or 'extremely': the total is 0-9. The psychosocial " +
    "subscale is items 5-9, 0-5. Total 3 or less: low risk; total 4 or more with a subscale of 3 or less: medium " +
    "risk; subscale 4 or more: high risk (Hill et al. 2008).",
  missing:
    "No published rule covers unanswered items. The total and subscale are given only when all 9 items are " +
    "answered. The risk group is given only when no way of answering the missing items could change it (for " +
    "example 5 items agreed with a subscale that cannot reach 4 is medium risk whatever the rest); otherwise there " +
    "is no risk group, because a wrong group would match the person to the wrong care.",
  change: null,
  schedule: {
    intake: true,
    everyDays: null,
    regions: ["low_back"],
    why:
      "A screening tool used once, at the start, to match care to risk (Hill et al. 2008). Keele University does not " +
      "recommend it for conditions other than low back pain, so it is asked only of people with low back pain.",
  },
  references: [
    {
      citation:
        "Hill JC, Dunn KM, Lewis M, Mullis R, Main CJ, Foster NE, Hay EM. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis & Rheumatism (Arthritis Care & Research) 2008;59(5):632-641.",
    },
    {
      citation:
        "Hill JC, Whitehurst DGT, Lewis M, et al. Comparison of stratified primary care management for low back pain with current best practice (STarT Back): a randomised controlled trial. Lancet 2011;378(9802):1560-1571.",
    },
    {
      citation: "Keele University. The Keele STarT Back Screening Tool.",
      url: "https://startback.hfac.keele.ac.uk/",
    },
  ],
  copyright:
    "The Keele STarT Back Screening Tool © Keele University; its development was part-funded by Arthritis " +
    "Research UK (now Versus Arthritis). The tool is designed for use by health care practitioners, with appropriate " +
    "treatment packages for each of the stratified groups, and is not intended to recommend the use of any " +
    "particular product. No licence is required for non-commercial use; to incorporate the tool in any way into " +
    "commercial product materials, contact Keele University.",
};

export const INSTRUMENTS: Readonly<Record<MeasureId, Instrument>> = {
  nprs: NPRS,
  rmdq: RMDQ,
  psfs: PSFS,
  start_back: START_BACK,
};
