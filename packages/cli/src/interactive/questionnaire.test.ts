/** The guided questionnaire with a scripted person: the flows, re-asking, skipping and the checked result. */
import { PassThrough } from "node:stream";
import { assess, AssessmentInputSchema, parseWith } from "@upstream/core";
import { describe, expect, it } from "vitest";
import type { Io } from "../io.js";
import { createReadlinePrompt, PromptClosed, runQuestionnaire, type Prompt } from "./questionnaire.js";

/** One step: words expected on screen since the last answer, and what the person types (null: Ctrl+C). */
type Step = readonly [expect: string, answer: string | null];

function captureIo() {
  let text = "";
  const stdout = {
    write: (chunk: string | Uint8Array) => {
      text += String(chunk);
      return true;
    },
  } as unknown as Io["stdout"];
  const io: Io = {
    stdin: new PassThrough(),
    stdout,
    stderr: stdout,
    readFile: () => Promise.resolve(""),
    env: {},
  };
  return { io, output: () => text };
}

/** A person who answers from a script and checks each question is the one the script expects. */
function scriptedPerson(steps: readonly Step[]) {
  const { io, output } = captureIo();
  const remaining = [...steps];
  const asked: string[] = [];
  let mark = 0;
  const prompt: Prompt = {
    ask(question) {
      const screen = output().slice(mark) + question;
      asked.push(question);
      const step = remaining.shift();
      if (!step) throw new Error(`no answer scripted for:\n${screen}`);
      const [words, answer] = step;
      if (!screen.includes(words)) throw new Error(`expected "${words}" on screen, saw:\n${screen}`);
      // Every question says what a valid answer looks like.
      if (!/\(.+\)/.test(question)) throw new Error(`no hint of valid answers in "${question}"`);
      // ...and leaves room for the answer on an 80-column terminal.
      if (question.length > 72) throw new Error(`question too long for one line: "${question}"`);
      if (answer === null) return Promise.reject(new PromptClosed());
      io.stdout.write(`${question}${answer}\n`);
      mark = output().length;
      return Promise.resolve(answer);
    },
    close() {},
  };
  return { io, prompt, asked, output, remaining };
}

async function run(steps: readonly Step[]) {
  const person = scriptedPerson(steps);
  const input = await runQuestionnaire(person.io, person.prompt);
  expect(person.remaining).toEqual([]);
  return { input, ...person };
}

const NO_RED_FLAGS: Step[] = [
  ["bladder or bowels", "n"],
  ["around your bottom", "n"],
  ["getting weaker", "n"],
  ["Fever", "n"],
  ["weight without trying", "n"],
  ["had cancer", "n"],
  ["big injury", "n"],
  ["infection", "n"],
];

const ALL_FALSE = {
  bladderBowelChange: false,
  saddleNumbness: false,
  progressiveWeakness: false,
  fever: false,
  unexplainedWeightLoss: false,
  cancerHistory: false,
  majorTrauma: false,
  infectionRisk: false,
};

const GREEN_RUN: Step[] = [
  ...NO_RED_FLAGS,
  ["How old", "34"],
  ["do regularly", "1,4"],
  ["hurt most", "1"],
  ["Which side?", "2"],
  ["feel like", "2, 3"],
  ["How many weeks", "3"],
  ["keeps coming back", "n"],
  ["Worst pain", "4"],
  ["anywhere else", "y"],
  ["Where else", "4"],
  ["Which side?", "4"],
  ["feel like", "1"],
  ["How many weeks", "10 days"],
  ["keeps coming back", ""],
  ["Worst pain", "3"],
  ["anywhere else", ""],
  ["shoot, tingle, burn", "n"],
  ["walk 10 minutes", "y"],
  ["ease once you get moving", "y"],
  ["stop you sleeping", "n"],
  ["at night", "n"],
  ["minutes are you stiff", "10"],
  ["stretch it", "3"],
  ["muscles along your spine", "n"],
  ["makes it worse", "1,6"],
  ["makes it better", "2"],
  ["hours a day do you sit", "8"],
  ["sleep a night", "7.5"],
  ["high heels", "n"],
  ["legs or ankles crossed", "n"],
  ["land on your toes", "y"],
  ["worn out", "n"],
  ["stomach muscles", "y"],
  ["Do some checks now", "y"],
  ["Check 1 of 8: Seated slump", "y"],
  ["Stop if:", "2"],
  ["right leg", "negative"],
  ["Check 2 of 8: Single-leg calf raise", "y"],
  ["left leg", "25"],
  ["right leg", "24"],
  ["Check 3 of 8: Heel walk", "y"],
  ["left foot", "1"],
  ["right foot", "1"],
  ["Check 4 of 8: Side plank", "y"],
  ["left side", "40"],
  ["right side", "35s"],
  ["Check 5 of 8: Single-leg bridge", "y"],
  ["left leg", "20"],
  ["right leg", "18"],
  ["Check 6 of 8: Knee-to-wall", "y"],
  ["left foot", "12"],
  ["right foot", "11,5 cm"],
  ["Check 7 of 8: Thoracic extension", "n"],
  ["Check 8 of 8: Deep squat", "y"],
  ["heels", "1"],
  ["weeks have you already followed", ""],
  ["Your weight", "70"],
];

describe("runQuestionnaire", () => {
  it("a full run with no red flags builds the whole input, and it is green", async () => {
    const { input, output } = await run(GREEN_RUN);
    expect(input).toEqual({
      age: 34,
      activities: ["running", "desk_work"],
      complaints: [
        {
          region: "calf",
          side: "right",
          kinds: ["cramp", "tightness"],
          weeks: 3,
          recurrent: false,
          worstPain: 4,
        },
        { region: "low_back", side: "central", kinds: ["pain"], weeks: 1.4, worstPain: 3 },
      ],
      nerveSymptoms: [],
      redFlags: ALL_FALSE,
      status: {
        walk10MinWithoutSpike: true,
        easesWithMovement: true,
        painLimitsSleep: false,
        nightPain: false,
        morningStiffnessMinutes: 10,
        stretchRelief: "lasting",
        backMusclesFeelHard: false,
      },
      aggravators: ["sitting", "running"],
      easers: ["moving"],
      habits: {
        sittingHoursPerDay: 8,
        sleepHours: 7.5,
        highHeels: false,
        crossesLegs: false,
        runsOnToes: true,
        wornShoes: false,
        trainsAbs: true,
      },
      selfTests: {
        slump: { left: "negative", right: "negative" },
        calfRaise: { left: 25, right: 24 },
        heelWalk: { left: "ok", right: "ok" },
        sidePlank: { left: 40, right: 35 },
        singleLegBridge: { left: 20, right: 18 },
        kneeToWall: { left: 12, right: 11.5 },
        heelsFlatInSquat: true,
      },
      weightKg: 70,
    });
    expect(parseWith(AssessmentInputSchema, input).ok).toBe(true);
    expect(assess(input!).result.triage.level).toBe("green");
    // The self-checks show their steps, scoring and stop lines from the knowledge base.
    expect(output()).toContain("Lower the leg and rest, then do the other side.");
    expect(output()).toContain('Score each side "positive"');
    expect(output()).toContain("! Sharp pain in the calf or the Achilles");
    expect(output()).toContain("Thank you. Here is your assessment.");
    const wide = output()
      .split("\n")
      .filter((line) => line.length > 80);
    expect(wide).toEqual([]);
  });

  it("a red flag stops the questions after age and where it hurts, and the result is red", async () => {
    const { input, asked, output } = await run([
      ["bladder or bowels", "y"],
      ...NO_RED_FLAGS.slice(1),
      ["How old", "61"],
      ["hurt most", "4"],
    ]);
    expect(asked).toHaveLength(10);
    expect(output()).toContain("a doctor should check you today");
    expect(input).toEqual({
      age: 61,
      complaints: [{ region: "low_back", kinds: ["pain"] }],
      redFlags: { ...ALL_FALSE, bladderBowelChange: true },
    });
    const { result } = assess(input!);
    expect(result.triage.level).toBe("red");
    expect(result.plan).toBeNull();
  });

  it("a systemic sign with spine pain also stops early: it is red already", async () => {
    const { input } = await run([
      ...NO_RED_FLAGS.slice(0, 5),
      ["had cancer", "y"],
      ...NO_RED_FLAGS.slice(6),
      ["How old", "70"],
      ["hurt most", "Neck"],
    ]);
    expect(assess(input!).result.triage.level).toBe("red");
  });

  it("fever with a calf complaint goes on, so leg nerve symptoms can still make it red", async () => {
    const { input, output } = await run([
      ...NO_RED_FLAGS.slice(0, 3),
      ["Fever", "y"],
      ...NO_RED_FLAGS.slice(4),
      ["How old", "45"],
      ["hurt most", "1"],
      ["do regularly", ""],
      ["Which side?", "1"],
      ["feel like", "1"],
      ["How many weeks", ""],
      ["keeps coming back", ""],
      ["Worst pain", ""],
      ["anywhere else", ""],
      ["shoot, tingle, burn", "y"],
      ["leg or an arm", "1"],
      ["Which side?", "1"],
      ["below the knee", "y"],
      ["feel like", "1,2"],
      ["another arm or leg", ""],
      ...Array.from({ length: 4 }, (): Step => ["(y/n, Enter to skip)", ""]),
      ["minutes are you stiff", ""],
      ["stretch it", ""],
      ["makes it worse", ""],
      ["makes it better", ""],
      ...Array.from({ length: 6 }, (): Step => ["Enter to skip", ""]),
      ["Do some checks now", "n"],
      ["weeks have you already followed", ""],
      ["Your weight", ""],
    ]);
    expect(output()).toContain("may need a doctor's check");
    expect(input?.nerveSymptoms).toEqual([
      { limb: "leg", side: "left", belowKneeOrElbow: true, kinds: ["shooting", "tingling"] },
    ]);
    expect(input?.selfTests).toBeUndefined();
    expect(assess(input!).result.triage.level).toBe("red");
  });

  it("explains what is valid and asks again after an answer that does not fit", async () => {
    const { input, output } = await run([
      ["bladder or bowels", "maybe"],
      ["y for yes or n for no", ""],
      ["y for yes or n for no", "no"],
      ...NO_RED_FLAGS.slice(1),
      ["How old", "12"],
      ["whole number from 16 to 110", "forty"],
      ["whole number from 16 to 110", "45.5"],
      ["whole number from 16 to 110", "45 years"],
      ["do regularly", "1,12"],
      ["numbers from 1 to 9, separated by commas", "0"],
      ["numbers from 1 to 9", "3 3"],
      ["hurt most", "14"],
      ["one number from 1 to 13", "knee"],
      ["Which side?", "up"],
      ["one number from 1 to 4, or just press Enter to skip", "Both"],
      ["feel like", ""],
      ["numbers from 1 to 7", " , "],
      ["numbers from 1 to 7", "7"],
      ["How many weeks", "-2"],
      ["number from 0 to 2600", "2 fortnights"],
      ["number from 0 to 2600", "2 months"],
      ["keeps coming back", "yes"],
      ["Worst pain", "11"],
      ["whole number from 0 to 10", "7"],
      ["anywhere else", null],
    ]);
    expect(input).toBeUndefined();
    expect(output()).toContain("Stopped. Nothing was assessed or saved.");
    expect(output()).not.toMatch(/error|at .*\.ts/i);
  });

  it("keeps skipped questions absent (never false) and the result still validates", async () => {
    const { input } = await run([
      ...NO_RED_FLAGS,
      ["How old", "50"],
      ["do regularly", ""],
      ["hurt most", "7"],
      ["Which side?", ""],
      ["feel like", "1"],
      ["How many weeks", ""],
      ["keeps coming back", ""],
      ["Worst pain", ""],
      ["anywhere else", ""],
      ["shoot, tingle, burn", ""],
      ["walk 10 minutes", ""],
      ["ease once you get moving", ""],
      ["stop you sleeping", ""],
      ["at night", ""],
      ["minutes are you stiff", ""],
      ["stretch it", ""],
      ["makes it worse", ""],
      ["makes it better", ""],
      ["hours a day do you sit", ""],
      ["sleep a night", ""],
      ["high heels", ""],
      ["legs or ankles crossed", ""],
      ["worn out", ""],
      ["stomach muscles", ""],
      ["Do some checks now", "y"],
      ...Array.from({ length: 7 }, (_, i): Step => [`Check ${i + 1} of 8`, ""]),
      ["Check 8 of 8", "y"],
      ["heels", ""],
      ["weeks have you already followed", ""],
      ["Your weight", ""],
    ]);
    expect(input).toEqual({
      age: 50,
      complaints: [{ region: "shoulder", kinds: ["pain"] }],
      redFlags: ALL_FALSE,
    });
    expect(parseWith(AssessmentInputSchema, input).ok).toBe(true);
    const { result } = assess(input!);
    expect(result.triage.reasons.map((r) => r.id)).not.toContain("cannot_walk_10_minutes");
  });

  it("records one side of a check when only one side was done", async () => {
    const steps = GREEN_RUN.map((step): Step =>
      step[0] === "right leg" && step[1] === "24" ? [step[0], ""] : step,
    );
    const { input } = await run(steps);
    expect(input?.selfTests?.calfRaise).toEqual({ left: 25 });
  });

  it("stops at most at 10 complaints, the contract's limit", async () => {
    const complaint = (first: boolean): Step[] => [
      [first ? "hurt most" : "Where else", "1"],
      ["Which side?", ""],
      ["feel like", "1"],
      ["How many weeks", ""],
      ["keeps coming back", ""],
      ["Worst pain", ""],
    ];
    const more: Step = ["anywhere else", "y"];
    const tenComplaints = Array.from({ length: 10 }, (_, i) => [...(i ? [more] : []), ...complaint(i === 0)]);
    // After the tenth, the next question is about nerve symptoms, not "anywhere else".
    const { input } = await run([
      ...NO_RED_FLAGS,
      ["How old", "30"],
      ["do regularly", ""],
      ...tenComplaints.flat(),
      ["shoot, tingle, burn", null],
    ]);
    expect(input).toBeUndefined();
  });
});

describe("createReadlinePrompt", () => {
  it("reads a line as the answer and reports the end of input as PromptClosed", async () => {
    const { io, output } = captureIo();
    const stdin = io.stdin as PassThrough;
    const prompt = createReadlinePrompt(io);
    const answer = prompt.ask("How old are you? (16-110) ");
    stdin.write("42\n");
    await expect(answer).resolves.toBe("42");
    expect(output()).toContain("How old are you? (16-110) ");
    const next = prompt.ask("Next? (y/n) ");
    stdin.end();
    await expect(next).rejects.toBeInstanceOf(PromptClosed);
    prompt.close();
  });

  it("on end of input the questionnaire stops quietly with nothing assessed", async () => {
    const { io, output } = captureIo();
    (io.stdin as PassThrough).end();
    await expect(runQuestionnaire(io)).resolves.toBeUndefined();
    expect(output()).toContain("Stopped. Nothing was assessed or saved.");
  });
});
