/** The guided questionnaire `upstream assess` runs on a terminal: plain questions in, a checked input out. */
import { createInterface } from "node:readline/promises";
import {
  ACTIVITIES,
  AGGRAVATORS,
  AssessmentInputSchema,
  COMPLAINT_KINDS,
  describeIssue,
  EASERS,
  LIMB_SIDES,
  NERVE_KINDS,
  parseWith,
  RED_FLAG_FIELDS,
  REGIONS,
  SELF_TESTS,
  SIDES,
  SPINE_REGIONS,
} from "@upstream/core";
import type { AssessmentInput, Complaint, NerveSymptom, Region, SelfTest } from "@upstream/core";
import { write, type Io } from "../io.js";
import { heading, wrap } from "../report/format.js";

/** Where the answers come from: the terminal by default, a scripted list in tests. */
export interface Prompt {
  /** Shows `question` and resolves with the line typed; rejects with PromptClosed once input has ended. */
  ask(question: string): Promise<string>;
  close(): void;
}

/** The person stopped (Ctrl+C, or the input ended): not an error, just no assessment. */
export class PromptClosed extends Error {
  constructor() {
    super("the questionnaire was stopped");
  }
}

/** A Prompt on node:readline over the CLI's own streams. */
export function createReadlinePrompt(io: Io): Prompt {
  const rl = createInterface({
    input: io.stdin,
    output: io.stdout,
    terminal: io.stdin.isTTY === true,
    // Arrow-up recalling an answer to a different question would only confuse.
    historySize: 0,
  });
  let closed = false;
  let rejectPending: ((error: Error) => void) | undefined;
  rl.on("close", () => {
    closed = true;
    rejectPending?.(new PromptClosed());
  });
  return {
    ask(question) {
      if (closed) return Promise.reject(new PromptClosed());
      return new Promise<string>((resolve, reject) => {
        rejectPending = reject;
        rl.question(question).then(resolve, (error: unknown) =>
          reject(closed ? new PromptClosed() : (error as Error)),
        );
      }).finally(() => {
        rejectPending = undefined;
      });
    },
    close() {
      rl.close();
    },
  };
}

const WIDTH = 78;

type RedFlag = (typeof RED_FLAG_FIELDS)[number];
type Activity = (typeof ACTIVITIES)[number];
type Status = NonNullable<AssessmentInput["status"]>;
type Habits = NonNullable<AssessmentInput["habits"]>;
type SelfTests = NonNullable<AssessmentInput["selfTests"]>;

const RED_FLAG_QUESTIONS: Record<RedFlag, string> = {
  bladderBowelChange: "New trouble controlling your bladder or bowels?",
  saddleNumbness: "Numbness between your legs or around your bottom?",
  progressiveWeakness: "A leg or arm that is very weak, or getting weaker?",
  fever: "Fever, chills or night sweats?",
  unexplainedWeightLoss: "Losing weight without trying?",
  cancerHistory: "Have you ever had cancer?",
  majorTrauma: "Did it start after a recent bad fall, crash or big injury?",
  infectionRisk: "A recent infection, injecting recreational drugs, or a weak immune system?",
};

/** Red whatever hurts; the other four are red only with spine pain or nerve symptoms (contract, settled). */
const RED_ON_THEIR_OWN: readonly RedFlag[] = [
  "bladderBowelChange",
  "saddleNumbness",
  "progressiveWeakness",
  "majorTrauma",
];

/** The complaint regions as a person would pick them. */
export const REGION_LABELS: Record<Region, string> = {
  calf: "Calf (back of the lower leg)",
  hamstring: "Back of the thigh (hamstring)",
  glute: "Buttock (glute)",
  low_back: "Lower back",
  mid_back: "Middle or upper back",
  neck: "Neck",
  shoulder: "Shoulder",
  adductor: "Inner thigh or groin (adductor)",
  hip_front: "Front of the hip",
  shin_front: "Front of the shin",
  foot_ankle: "Foot or ankle",
  knee: "Knee",
  arm: "Arm, elbow or hand",
};

const ACTIVITY_LABELS: Record<Activity, string> = {
  running: "Running",
  field_sport: "Team or field sport (football, rugby, hockey...)",
  lifting: "Weights or gym lifting",
  desk_work: "Desk or computer work",
  standing_work: "Work on your feet",
  manual_work: "Physical or manual work",
  walking: "Walking",
  cycling: "Cycling",
  yoga_pilates: "Yoga or Pilates",
};

const SIDE_LABELS: Record<(typeof SIDES)[number], string> = {
  left: "left",
  right: "right",
  both: "both",
  central: "middle",
};

const KIND_LABELS: Record<(typeof COMPLAINT_KINDS)[number], string> = {
  pain: "Pain",
  cramp: "Cramp",
  tightness: "Tightness",
  weakness: "Weakness",
  spasm: "Spasm (the muscle locks up)",
  strain: "Strain (a pulled muscle)",
  stiffness: "Stiffness",
};

const NERVE_KIND_LABELS: Record<(typeof NERVE_KINDS)[number], string> = {
  shooting: "Shooting",
  tingling: "Tingling (pins and needles)",
  numbness: "Numbness",
  burning: "Burning",
};

const AGGRAVATOR_LABELS: Record<(typeof AGGRAVATORS)[number], string> = {
  sitting: "Sitting",
  standing: "Standing",
  bending: "Bending forward",
  lifting: "Lifting",
  walking: "Walking",
  running: "Running",
  hills: "Hills or slopes",
  overhead_reach: "Reaching overhead",
  cutting: "Sudden changes of direction (cutting)",
  repetitive_bending: "Bending over and over (gardening, loading)",
};

const EASER_LABELS: Record<(typeof EASERS)[number], string> = {
  walking: "Walking",
  moving: "Moving around, changing position",
  lying_extension: "Lying on your front, or gently arching your back",
  slouching: "Slouching or curling forward",
  thoracic_extension: "Leaning back through your upper back",
  rest: "Rest",
  heat: "Heat",
};

interface Choice<T> {
  value: T;
  label: string;
}

function choicesOf<T extends string>(ids: readonly T[], labels: Record<T, string>): Choice<T>[] {
  return ids.map((value) => ({ value, label: labels[value] }));
}

interface AskOptions {
  /** Enter skips the question (it then stays absent from the input). */
  optional?: boolean;
  /** What Enter means, shown in the hint: "to skip" unless told. */
  enter?: string;
}

interface NumberOptions extends AskOptions {
  min: number;
  max: number;
  integer?: boolean;
  /** Shown after the range, e.g. "kg". */
  unit?: string;
  /** Unit words a person may type after the number, with the factor that converts them. */
  units?: Record<string, number>;
}

/** Drops skipped answers, so a question left blank stays absent instead of becoming false. */
function present<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function nonEmpty<T extends object>(fields: T): T | undefined {
  return Object.keys(fields).length ? fields : undefined;
}

function withHint(question: string, hint: string): string {
  return `${question} (${hint})${question.endsWith("?") ? "" : ":"} `;
}

/** Room for a short answer on an 80-column terminal. */
const PROMPT_WIDTH = 72;

/** One short question at a time; an answer that does not fit is explained and asked again. */
class Asker {
  constructor(
    private readonly io: Io,
    private readonly prompt: Prompt,
  ) {}

  say(text = ""): void {
    write(this.io.stdout, text);
  }

  section(title: string): void {
    this.say(heading(title));
  }

  /** The line to answer on: the question and its hint, or the hint alone under a long question. */
  private line(question: string, hint: string): string {
    const both = withHint(question, hint);
    if (both.length <= PROMPT_WIDTH) return both;
    this.say(question);
    return `(${hint}): `;
  }

  /** Asks until `read` accepts the answer; on an optional question Enter gives undefined. */
  private async until<T>(
    question: string,
    help: string,
    optional: boolean,
    read: (answer: string) => T | undefined,
  ): Promise<T | undefined> {
    for (;;) {
      const answer = (await this.prompt.ask(question)).trim();
      if (answer === "" && optional) return undefined;
      const value = answer === "" ? undefined : read(answer);
      if (value !== undefined) return value;
      this.say(`  ${help}`);
    }
  }

  private static enter(options: AskOptions): string {
    return options.optional ? `, Enter ${options.enter ?? "to skip"}` : "";
  }

  private static orEnter(options: AskOptions): string {
    return options.optional ? `, or just press Enter ${options.enter ?? "to skip"}` : "";
  }

  async yesNo(question: string): Promise<boolean>;
  async yesNo(question: string, options: AskOptions): Promise<boolean | undefined>;
  async yesNo(question: string, options: AskOptions = {}): Promise<boolean | undefined> {
    return this.until(
      this.line(question, `y/n${Asker.enter(options)}`),
      `Please type y for yes or n for no${Asker.orEnter(options)}.`,
      options.optional === true,
      (answer) => {
        const word = answer.toLowerCase();
        if (word === "y" || word === "yes") return true;
        if (word === "n" || word === "no") return false;
        return undefined;
      },
    );
  }

  async number(question: string, options: NumberOptions): Promise<number | undefined> {
    const { min, max, integer = false, unit, units = {} } = options;
    const kind = integer ? "a whole number" : "a number";
    return this.until(
      this.line(question, `${min}-${max}${unit ? ` ${unit}` : ""}${Asker.enter(options)}`),
      `Please type ${kind} from ${min} to ${max}${Asker.orEnter(options)}.`,
      options.optional === true,
      (answer) => {
        const match = /^(\d+(?:[.,]\d+)?)\s*([a-z]*)\.?$/i.exec(answer);
        if (!match) return undefined;
        const typed = Number(match[1]!.replace(",", "."));
        const word = match[2]!.toLowerCase();
        const factor = word === "" ? 1 : units[word];
        if (factor === undefined || (integer && !Number.isInteger(typed))) return undefined;
        // A converted figure (days to weeks) is kept to one decimal: more would be false precision.
        const value = factor === 1 ? typed : Math.round(typed * factor * 10) / 10;
        return value >= min && value <= max ? value : undefined;
      },
    );
  }

  async choice<T>(question: string, choices: readonly Choice<T>[]): Promise<T>;
  async choice<T>(
    question: string,
    choices: readonly Choice<T>[],
    options: AskOptions,
  ): Promise<T | undefined>;
  async choice<T>(question: string, choices: readonly Choice<T>[], options: AskOptions = {}) {
    const n = choices.length;
    // Short lists fit on the question's own line; longer ones are listed one per line.
    const inline = n <= 4 && choices.every((c) => c.label.length <= 16);
    let ask: string;
    if (inline) {
      const list = choices.map((c, i) => `${i + 1}=${c.label}`).join(" ");
      ask = this.line(question, `${list}${Asker.enter(options)}`);
    } else {
      this.say();
      this.say(question);
      this.list(choices);
      ask = withHint("Type a number", `1-${n}${Asker.enter(options)}`);
    }
    return this.until(
      ask,
      `Please type one number from 1 to ${n}${Asker.orEnter(options)}.`,
      options.optional === true,
      (answer) => {
        const index = /^\d+$/.test(answer) ? Number(answer) - 1 : -1;
        if (index >= 0 && index < n) return choices[index]!.value;
        const word = answer.toLowerCase();
        return choices.find((c) => c.label.toLowerCase() === word || String(c.value) === word)?.value;
      },
    );
  }

  async many<T>(question: string, choices: readonly Choice<T>[]): Promise<T[]>;
  async many<T>(
    question: string,
    choices: readonly Choice<T>[],
    options: AskOptions,
  ): Promise<T[] | undefined>;
  async many<T>(question: string, choices: readonly Choice<T>[], options: AskOptions = {}) {
    const n = choices.length;
    this.say();
    this.say(question);
    this.list(choices);
    return this.until(
      withHint("Type the numbers that apply", `e.g. 1,3${Asker.enter(options)}`),
      `Please type numbers from 1 to ${n}, separated by commas (e.g. 1,3)${Asker.orEnter(options)}.`,
      options.optional === true,
      (answer) => {
        const parts = answer.split(/[\s,;]+/).filter(Boolean);
        if (!parts.length) return undefined;
        if (!parts.every((p) => /^\d+$/.test(p) && Number(p) >= 1 && Number(p) <= n)) return undefined;
        const picked = [...new Set(parts.map(Number))].sort((a, b) => a - b);
        return picked.map((i) => choices[i - 1]!.value);
      },
    );
  }

  private list(choices: readonly Choice<unknown>[]): void {
    choices.forEach((c, i) => this.say(`  ${String(i + 1).padStart(2)}  ${c.label}`));
  }
}

const TOTAL_PARTS = 6;
const part = (n: number, title: string) => `Part ${n} of ${TOTAL_PARTS}: ${title}`;

const WEEK_UNITS: Record<string, number> = {
  w: 1,
  wk: 1,
  wks: 1,
  week: 1,
  weeks: 1,
  d: 1 / 7,
  day: 1 / 7,
  days: 1 / 7,
  month: 4.35,
  months: 4.35,
};

async function askAge(ask: Asker): Promise<number> {
  const age = await ask.number("How old are you?", { min: 16, max: 110, integer: true, units: { years: 1 } });
  return age!;
}

async function askRegion(ask: Asker, question: string): Promise<Region> {
  return ask.choice(question, choicesOf(REGIONS, REGION_LABELS));
}

async function askComplaint(ask: Asker, index: number, knownRegion?: Region): Promise<Complaint> {
  const region =
    knownRegion ?? (await askRegion(ask, index === 0 ? "Where does it hurt most?" : "Where else?"));
  const where = REGION_LABELS[region].replace(/ \(.*\)$/, "").toLowerCase();
  ask.say();
  ask.say(`About your ${where}:`);
  const side = await ask.choice("Which side?", choicesOf(SIDES, SIDE_LABELS), { optional: true });
  const kinds = await ask.many(
    "What does it feel like? Pick all that fit.",
    choicesOf(COMPLAINT_KINDS, KIND_LABELS),
  );
  const weeks = await ask.number("How many weeks has it bothered you this time? For days, type e.g. 5d.", {
    min: 0,
    max: 2600,
    unit: "weeks",
    units: WEEK_UNITS,
    optional: true,
  });
  const recurrent = await ask.yesNo("Has it happened before, and keeps coming back?", { optional: true });
  const worstPain = await ask.number("Worst pain in the last 24 hours? 0 = none, 10 = worst imaginable.", {
    min: 0,
    max: 10,
    integer: true,
    optional: true,
  });
  return { region, ...present({ side, weeks, recurrent, worstPain }), kinds };
}

async function askComplaints(ask: Asker, knownRegion?: Region): Promise<Complaint[]> {
  const complaints = [await askComplaint(ask, 0, knownRegion)];
  // The contract takes at most 10 complaints.
  while (complaints.length < 10) {
    const more = await ask.yesNo("Does anywhere else hurt too?", { optional: true, enter: "for no" });
    if (!more) break;
    complaints.push(await askComplaint(ask, complaints.length));
  }
  return complaints;
}

async function askNerveSymptoms(ask: Asker): Promise<NerveSymptom[] | undefined> {
  const any = await ask.yesNo("Does pain shoot, tingle, burn or go numb down a leg or arm?", {
    optional: true,
  });
  if (any === undefined) return undefined;
  if (!any) return [];
  const symptoms: NerveSymptom[] = [];
  // The contract takes at most 4: each arm and each leg.
  while (symptoms.length < 4) {
    const limb = await ask.choice("In a leg or an arm?", [
      { value: "leg" as const, label: "leg" },
      { value: "arm" as const, label: "arm" },
    ]);
    const side = await ask.choice("Which side?", choicesOf(LIMB_SIDES, SIDE_LABELS), { optional: true });
    const joint = limb === "leg" ? "knee" : "elbow";
    const belowKneeOrElbow = await ask.yesNo(`Does it go below the ${joint}?`, { optional: true });
    const kinds = await ask.many(
      "What does it feel like? Pick all that fit.",
      choicesOf(NERVE_KINDS, NERVE_KIND_LABELS),
    );
    symptoms.push({ limb, ...present({ side, belowKneeOrElbow }), kinds });
    if (symptoms.length === 4) break;
    const more = await ask.yesNo("Anything like that in another arm or leg?", {
      optional: true,
      enter: "for no",
    });
    if (!more) break;
  }
  return symptoms;
}

async function askStatus(ask: Asker, complaints: readonly Complaint[]): Promise<Status | undefined> {
  const optional = { optional: true };
  const walk10MinWithoutSpike = await ask.yesNo(
    "Can you walk 10 minutes without the pain spiking?",
    optional,
  );
  const easesWithMovement = await ask.yesNo("Does it ease once you get moving?", optional);
  const painLimitsSleep = await ask.yesNo("Does the pain stop you sleeping well?", optional);
  const nightPain = await ask.yesNo("Does it hurt at night even when you lie still?", optional);
  const morningStiffnessMinutes = await ask.number("How many minutes are you stiff after getting up?", {
    min: 0,
    max: 1440,
    unit: "minutes",
    units: { m: 1, min: 1, mins: 1, minute: 1, minutes: 1, h: 60, hour: 60, hours: 60 },
    optional: true,
  });
  const stretchRelief = await ask.choice(
    "When you stretch it, how long does the relief last?",
    [
      { value: "none" as const, label: "No relief" },
      { value: "brief" as const, label: "A short while, then it comes back" },
      { value: "lasting" as const, label: "It stays better" },
    ],
    { optional: true, enter: "if you don't stretch it" },
  );
  const back = complaints.some((c) => c.region === "low_back" || c.region === "mid_back");
  const backMusclesFeelHard = back
    ? await ask.yesNo("Do the muscles along your spine feel hard or knotted?", optional)
    : undefined;
  const status: Status = present({
    walk10MinWithoutSpike,
    easesWithMovement,
    painLimitsSleep,
    nightPain,
    morningStiffnessMinutes,
    stretchRelief,
    backMusclesFeelHard,
  });
  return nonEmpty(status);
}

async function askHabits(ask: Asker, activities: readonly Activity[]): Promise<Habits | undefined> {
  const optional = { optional: true };
  const hours = {
    min: 0,
    max: 24,
    unit: "hours",
    units: { h: 1, hr: 1, hrs: 1, hour: 1, hours: 1 },
    optional: true,
  };
  const sittingHoursPerDay = await ask.number("About how many hours a day do you sit?", hours);
  const sleepHours = await ask.number("About how many hours do you sleep a night?", hours);
  const highHeels = await ask.yesNo("Do you often wear high heels?", optional);
  const crossesLegs = await ask.yesNo("Do you often sit with your legs or ankles crossed?", optional);
  const runsOnToes = activities.includes("running")
    ? await ask.yesNo("When you run, do you land on your toes?", optional)
    : undefined;
  const wornShoes = await ask.yesNo("Are the shoes you walk or run in worn out?", optional);
  const trainsAbs = await ask.yesNo("Do you train your stomach muscles regularly?", optional);
  const habits: Habits = present({
    sittingHoursPerDay,
    sleepHours,
    highHeels,
    crossesLegs,
    runsOnToes,
    wornShoes,
    trainsAbs,
  });
  return nonEmpty(habits);
}

function showSelfTest(ask: Asker, test: SelfTest): void {
  const item = (marker: string, text: string) =>
    `  ${marker} ${wrap(text, WIDTH, " ".repeat(marker.length + 3))}`;
  ask.say();
  if (test.equipment.length) {
    ask.say("You need:");
    for (const thing of test.equipment) ask.say(item("-", thing));
  }
  ask.say("Steps:");
  test.steps.forEach((step, i) => ask.say(item(`${i + 1}.`, step)));
  ask.say("Stop if:");
  for (const line of test.stopIf) ask.say(item("!", line));
  ask.say("How to score it:");
  ask.say(`  ${wrap(test.scoring, WIDTH, "  ")}`);
  ask.say();
  ask.say("When you are done, type the results (Enter leaves out anything you did not do).");
}

type Side = "left" | "right";

/** Asks for the left and the right result; a side not done stays absent, and so does a test with neither. */
async function askSides<T>(read: (side: Side) => Promise<T | undefined>) {
  const left = await read("left");
  const right = await read("right");
  return nonEmpty(present({ left, right }));
}

const NOT_DONE = { optional: true, enter: "if not done" };

async function askSelfTestResult(ask: Asker, test: SelfTest, results: SelfTests): Promise<void> {
  const count = (question: string) => ask.number(question, { min: 0, max: 500, integer: true, ...NOT_DONE });
  switch (test.field) {
    case "slump": {
      const choices = [
        { value: "positive" as const, label: "positive" },
        { value: "negative" as const, label: "negative" },
      ];
      const slump = await askSides((side) => ask.choice(`Your ${side} leg?`, choices, NOT_DONE));
      if (slump) results.slump = slump;
      return;
    }
    case "calfRaise": {
      const calfRaise = await askSides((side) => count(`Reps standing on your ${side} leg`));
      if (calfRaise) results.calfRaise = calfRaise;
      return;
    }
    case "heelWalk": {
      const choices = [
        { value: "ok" as const, label: "ok" },
        { value: "weak" as const, label: "weak" },
      ];
      const heelWalk = await askSides((side) => ask.choice(`Your ${side} foot?`, choices, NOT_DONE));
      if (heelWalk) results.heelWalk = heelWalk;
      return;
    }
    case "sidePlank": {
      const seconds = { s: 1, sec: 1, secs: 1, second: 1, seconds: 1 };
      const sidePlank = await askSides((side) =>
        ask.number(`Seconds on your ${side} side`, { min: 0, max: 3600, units: seconds, ...NOT_DONE }),
      );
      if (sidePlank) results.sidePlank = sidePlank;
      return;
    }
    case "singleLegBridge": {
      const singleLegBridge = await askSides((side) => count(`Reps pushing through your ${side} leg`));
      if (singleLegBridge) results.singleLegBridge = singleLegBridge;
      return;
    }
    case "kneeToWall": {
      const kneeToWall = await askSides((side) =>
        ask.number(`Toe to wall, ${side} foot in front`, {
          min: 0,
          max: 40,
          unit: "cm",
          units: { cm: 1 },
          ...NOT_DONE,
        }),
      );
      if (kneeToWall) results.kneeToWall = kneeToWall;
      return;
    }
    case "thoracicExtension": {
      const thoracicExtension = await ask.choice(
        "How was the shoulder movement afterwards?",
        [
          { value: "eases_shoulder" as const, label: "Easier: less pain, or the arm went higher" },
          { value: "no_change" as const, label: "No change" },
          { value: "worse" as const, label: "Worse" },
        ],
        NOT_DONE,
      );
      if (thoracicExtension) results.thoracicExtension = thoracicExtension;
      return;
    }
    case "heelsFlatInSquat": {
      const heelsFlatInSquat = await ask.choice(
        "Heels at the bottom?",
        [
          { value: true, label: "stayed flat" },
          { value: false, label: "lifted" },
        ],
        NOT_DONE,
      );
      if (heelsFlatInSquat !== undefined) results.heelsFlatInSquat = heelsFlatInSquat;
      return;
    }
  }
}

async function askSelfTests(ask: Asker): Promise<SelfTests | undefined> {
  ask.section(part(5, "Checks you can do at home (optional)"));
  ask.say(
    wrap(
      `${SELF_TESTS.length} simple checks help show what is behind the pain. Each takes a few minutes; ` +
        "skip any you cannot do, and stop any that hurts.",
      WIDTH,
    ),
  );
  const go = await ask.yesNo("Do some checks now?", { optional: true, enter: "to skip them all" });
  if (!go) return undefined;
  const results: SelfTests = {};
  for (const [i, test] of SELF_TESTS.entries()) {
    ask.say();
    ask.say(`Check ${i + 1} of ${SELF_TESTS.length}: ${test.name}`);
    ask.say(wrap(test.purpose, WIDTH));
    const now = await ask.yesNo("Do this check now?", { optional: true });
    if (!now) continue;
    showSelfTest(ask, test);
    await askSelfTestResult(ask, test, results);
  }
  return nonEmpty(results);
}

async function askRedFlags(ask: Asker): Promise<Record<RedFlag, boolean>> {
  ask.section(part(1, "Safety first"));
  ask.say("Some signs need a doctor today. Answer y (yes) or n (no).");
  const flags = {} as Record<RedFlag, boolean>;
  for (const [i, field] of RED_FLAG_FIELDS.entries()) {
    flags[field] = await ask.yesNo(`${i + 1}/${RED_FLAG_FIELDS.length} ${RED_FLAG_QUESTIONS[field]}`);
  }
  return flags;
}

/** Asks everything after the safety questions; `known` holds what a red-flag answer already asked. */
async function askRest(
  ask: Asker,
  redFlags: Record<RedFlag, boolean>,
  known: { age?: number; region?: Region },
): Promise<object> {
  // After a red-flag answer, Part 2 has already begun with age and where it hurts.
  if (known.age === undefined) ask.section(part(2, "You and where it hurts"));
  const age = known.age ?? (await askAge(ask));
  const activities = await ask.many(
    "Which of these do you do regularly?",
    choicesOf(ACTIVITIES, ACTIVITY_LABELS),
    {
      optional: true,
      enter: "for none",
    },
  );
  const complaints = await askComplaints(ask, known.region);
  const nerveSymptoms = await askNerveSymptoms(ask);

  ask.section(part(3, "How it behaves"));
  const status = await askStatus(ask, complaints);
  const aggravators = await ask.many("What makes it worse?", choicesOf(AGGRAVATORS, AGGRAVATOR_LABELS), {
    optional: true,
    enter: "for none",
  });
  const easers = await ask.many("What makes it better?", choicesOf(EASERS, EASER_LABELS), {
    optional: true,
    enter: "for none",
  });

  ask.section(part(4, "Everyday habits"));
  const habits = await askHabits(ask, activities ?? []);
  const selfTests = await askSelfTests(ask);

  ask.section(part(6, "Last two questions"));
  const programWeeks = await ask.number("How many weeks have you already followed an Upstream plan?", {
    min: 0,
    max: 520,
    unit: "weeks",
    units: { w: 1, week: 1, weeks: 1 },
    optional: true,
    enter: "if this is your first time",
  });
  const weightKg = await ask.number("Your weight, for a daily protein target?", {
    min: 25,
    max: 400,
    unit: "kg",
    units: { kg: 1, kgs: 1 },
    optional: true,
  });
  return present({
    age,
    activities,
    complaints,
    nerveSymptoms,
    redFlags,
    status,
    aggravators,
    easers,
    habits,
    selfTests,
    programWeeks,
    weightKg,
  });
}

async function askAll(ask: Asker): Promise<object> {
  ask.say("Upstream: a few questions about your pain, then a self-care plan.");
  ask.say("Most questions can be skipped with Enter. Ctrl+C stops at any time.");
  ask.say("This is self-care guidance, not a diagnosis.");

  const redFlags = await askRedFlags(ask);
  const raised = RED_FLAG_FIELDS.filter((field) => redFlags[field]);
  if (!raised.length) return askRest(ask, redFlags, {});

  const urgent = raised.some((field) => RED_ON_THEIR_OWN.includes(field));
  ask.say();
  ask.say(
    wrap(
      urgent
        ? "Thank you. One of your answers means a doctor should check you today. Two quick questions, " +
            "then what to do:"
        : "Thank you. One of your answers may need a doctor's check. The next questions show how soon.",
      WIDTH,
    ),
  );
  ask.section(part(2, "You and where it hurts"));
  const age = await askAge(ask);
  const region = await askRegion(ask, "Where does it hurt most?");
  const spine = (SPINE_REGIONS as readonly Region[]).includes(region);
  // The result is red already, so nothing more is asked. The contract needs a kind: pain is what we asked.
  if (urgent || spine) return { age, complaints: [{ region, kinds: ["pain"] }], redFlags };
  // Fever, weight loss, cancer or infection away from the spine turns red only with nerve symptoms (or long
  // morning stiffness): stopping here could miss that, so the rest is asked.
  return askRest(ask, redFlags, { age, region });
}

/**
 * Runs the guided questionnaire and returns a validated AssessmentInput, or undefined if the person stopped.
 * Safety questions come first; any "yes" that makes the result red ends it after age and where it hurts.
 */
export async function runQuestionnaire(
  io: Io,
  prompt: Prompt = createReadlinePrompt(io),
): Promise<AssessmentInput | undefined> {
  const ask = new Asker(io, prompt);
  try {
    const draft = await askAll(ask);
    const parsed = parseWith(AssessmentInputSchema, draft);
    if (!parsed.ok)
      throw new Error(`the questionnaire built an invalid input: ${describeIssue(parsed.issues[0]!)}`);
    ask.say();
    ask.say("Thank you. Here is your assessment.");
    ask.say();
    return parsed.value;
  } catch (error) {
    if (!(error instanceof PromptClosed)) throw error;
    ask.say();
    ask.say("Stopped. Nothing was assessed or saved.");
    return undefined;
  } finally {
    prompt.close();
  }
}
