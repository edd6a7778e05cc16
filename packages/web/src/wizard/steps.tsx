/** The wizard's screens, one question each, in order: built from the answers so far and the self-tests. */
import type { ReactNode } from "react";
import type { SelfTest } from "@upstream/core";
import { Counter } from "../components/counter";
import { Illustration } from "../components/illustration";
import { PainScale } from "../components/pain-scale";
import { Timer } from "../components/timer";
import { YesNo } from "../components/yes-no";
import { CheckGroup, ChoiceGroup, Invalid, NumberField } from "./controls";
import {
  alwaysRed,
  checkNumber,
  setKey,
  without,
  type ComplaintDraft,
  type Draft,
  type NerveDraft,
  type TextKey,
} from "./draft";
import {
  ACTIVITIES,
  AGGRAVATORS,
  EASERS,
  HABITS,
  KINDS,
  LIMB_SIDES,
  LIMBS,
  NERVE_KINDS,
  RED_FLAGS,
  REGION_NAME,
  REGIONS,
  SIDES,
  SPINE,
  STATUS_QUESTIONS,
  STRETCH_RELIEF,
  TEST_INPUT,
  TEST_SIDE_NAME,
  type Limb,
  type Region,
  type StatusFlag,
  type TestSide,
} from "./questions";

export interface StepView {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  /** The message to show next to the field, if the last Next found a problem. */
  error: string | undefined;
  errorId: string;
}

export interface Step {
  id: string;
  /** The screen's heading: the part of the check it belongs to. */
  title: string;
  render: (v: StepView) => ReactNode;
  /** A problem with the answer, in plain words, or undefined when Next may go on. */
  validate?: (d: Draft) => string | undefined;
  /** What Next records beyond what the controls already wrote. */
  commit?: (d: Draft) => Draft;
  /** Present when the question is optional: what Skip leaves (the field absent). */
  skip?: (d: Draft) => Draft;
  nextLabel?: string;
  skipLabel?: string;
}

function setText(d: Draft, key: TextKey, value: string | undefined): Draft {
  return { ...d, text: setKey(d.text, key, value) };
}

function patchComplaint(d: Draft, region: Region, patch: (c: ComplaintDraft) => ComplaintDraft): Draft {
  return { ...d, complaints: { ...d.complaints, [region]: patch(d.complaints[region] ?? {}) } };
}

function patchNerve(d: Draft, limb: Limb, patch: (n: NerveDraft) => NerveDraft): Draft {
  return { ...d, nerves: { ...d.nerves, [limb]: patch(d.nerves[limb] ?? {}) } };
}

function setResult(d: Draft, key: string, value: string | number | undefined): Draft {
  return { ...d, results: setKey(d.results, key, value) };
}

/** A number question: the field, its check, and (when optional) a Skip that clears it. */
function numberStep(opts: {
  id: string;
  title: string;
  key: TextKey;
  label: string;
  hint?: string;
  unit?: string;
  min: number;
  max: number;
  whole?: boolean;
  what: string;
  optional?: boolean;
  skipLabel?: string;
  before?: ReactNode;
}): Step {
  const step: Step = {
    id: opts.id,
    title: opts.title,
    render: ({ draft, update, error, errorId }) => (
      <>
        {opts.before}
        <Invalid error={error} id={errorId}>
          <NumberField
            id={`q-${opts.id.replace(/\./g, "-")}`}
            label={opts.label}
            hint={opts.hint}
            unit={opts.unit}
            decimals={!opts.whole}
            value={draft.text[opts.key]}
            onChange={(v) => update((d) => setText(d, opts.key, v))}
          />
        </Invalid>
      </>
    ),
    validate: (d) =>
      checkNumber(d.text[opts.key], {
        min: opts.min,
        max: opts.max,
        whole: opts.whole ?? false,
        what: opts.what,
      }),
  };
  if (opts.optional) {
    step.skip = (d) => setText(d, opts.key, undefined);
    if (opts.skipLabel) step.skipLabel = opts.skipLabel;
  }
  return step;
}

function redFlagSteps(): Step[] {
  return RED_FLAGS.map((q, i) => ({
    id: `rf.${q.id}`,
    title: "First, warning signs",
    render: ({ draft, update, error, errorId }) => (
      <>
        {i === 0 && (
          <p>
            Before anything else, {RED_FLAGS.length} quick questions about signs that need a doctor. Answer
            for how things are now.
          </p>
        )}
        <Invalid error={error} id={errorId}>
          <YesNo
            legend={q.question}
            {...(q.hint ? { hint: q.hint } : {})}
            value={draft.redFlags[q.id]}
            onChange={(v) => update((d) => ({ ...d, redFlags: { ...d.redFlags, [q.id]: v } }))}
          />
        </Invalid>
      </>
    ),
    validate: (d) => (d.redFlags[q.id] === undefined ? "Choose yes or no." : undefined),
  }));
}

function ageStep(): Step {
  const step = numberStep({
    id: "age",
    title: "About you",
    key: "age",
    label: "Your age",
    hint: "In years.",
    unit: "years",
    min: 16,
    max: 110,
    whole: true,
    what: "your age",
  });
  return {
    ...step,
    validate: (d) => {
      const problem = step.validate?.(d);
      return problem?.startsWith("Enter a number from") ? "Upstream is for people aged 16 to 110." : problem;
    },
  };
}

function activitiesStep(): Step {
  return {
    id: "activities",
    title: "About you",
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <CheckGroup
          legend="What do you do most weeks? Choose all that apply."
          options={ACTIVITIES}
          value={draft.activities}
          onChange={(v) => update((d) => setKey(d, "activities", v))}
        />
      </Invalid>
    ),
    validate: (d) => (d.activities?.length ? undefined : "Choose at least one, or press Skip."),
    skip: (d) => without(d, "activities"),
  };
}

function regionsStep(): Step {
  return {
    id: "regions",
    title: "Where it hurts",
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <CheckGroup
          legend="Where does it hurt, tighten or cramp? Choose all that apply."
          options={REGIONS}
          value={draft.regions}
          onChange={(v) => update((d) => ({ ...d, regions: v }))}
        />
      </Invalid>
    ),
    validate: (d) =>
      d.regions.length === 0
        ? "Choose at least one place."
        : d.regions.length > 10
          ? "Choose at most 10 places: the ones that bother you most."
          : undefined,
  };
}

function complaintSteps(region: Region): Step[] {
  const name = REGION_NAME[region];
  const title = `Your ${name}`;
  const sides = SPINE.includes(region) ? SIDES : SIDES.filter(([s]) => s !== "central");
  return [
    {
      id: `c.${region}.side`,
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <ChoiceGroup
            legend={`Which side of your ${name}?`}
            options={sides}
            value={draft.complaints[region]?.side}
            onChange={(v) => update((d) => patchComplaint(d, region, (c) => ({ ...c, side: v })))}
          />
        </Invalid>
      ),
      validate: (d) => (d.complaints[region]?.side ? undefined : "Choose a side."),
    },
    {
      id: `c.${region}.kinds`,
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <CheckGroup
            legend="What does it feel like? Choose all that apply."
            options={KINDS}
            value={draft.complaints[region]?.kinds}
            onChange={(v) => update((d) => patchComplaint(d, region, (c) => ({ ...c, kinds: v })))}
          />
        </Invalid>
      ),
      validate: (d) => (d.complaints[region]?.kinds?.length ? undefined : "Choose at least one."),
    },
    numberStep({
      id: `c.${region}.weeks`,
      title,
      key: `weeks.${region}`,
      label: `How many weeks has your ${name} bothered you this time?`,
      hint: "Less than a week? Enter 0.",
      unit: "weeks",
      min: 0,
      max: 2600,
      what: "the number of weeks",
    }),
    {
      id: `c.${region}.recurrent`,
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <YesNo
            legend="Does it keep coming back?"
            hint="It went away before and then returned."
            value={draft.complaints[region]?.recurrent}
            onChange={(v) => update((d) => patchComplaint(d, region, (c) => ({ ...c, recurrent: v })))}
          />
        </Invalid>
      ),
      validate: (d) => (d.complaints[region]?.recurrent === undefined ? "Choose yes or no." : undefined),
    },
    {
      id: `c.${region}.pain`,
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <PainScale
            legend="How bad was it at its worst in the last 24 hours?"
            hint="0 is no pain, 10 is the worst pain you can imagine."
            value={draft.complaints[region]?.worstPain}
            onChange={(v) => update((d) => patchComplaint(d, region, (c) => ({ ...c, worstPain: v })))}
          />
        </Invalid>
      ),
      validate: (d) =>
        d.complaints[region]?.worstPain === undefined ? "Choose a number from 0 to 10." : undefined,
    },
  ];
}

function nerveSteps(d: Draft): Step[] {
  const steps: Step[] = [
    {
      id: "nerve",
      title: "Nerve signs",
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <YesNo
            legend="Does pain shoot, tingle, burn or go numb down a leg or arm?"
            value={draft.nerve}
            onChange={(v) => update((x) => ({ ...x, nerve: v }))}
          />
        </Invalid>
      ),
      validate: (x) => (x.nerve === undefined ? "Choose yes or no." : undefined),
    },
  ];
  if (!d.nerve) return steps;
  steps.push({
    id: "nerve.limbs",
    title: "Nerve signs",
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <CheckGroup
          legend="Where do you feel it? Choose all that apply."
          options={LIMBS}
          value={draft.limbs}
          onChange={(v) => update((x) => ({ ...x, limbs: v }))}
        />
      </Invalid>
    ),
    validate: (x) => (x.limbs.length ? undefined : "Choose a leg, an arm, or both."),
  });
  for (const limb of d.limbs) {
    const joint = limb === "leg" ? "knee" : "elbow";
    const title = `Nerve signs: your ${limb}`;
    steps.push(
      {
        id: `n.${limb}.side`,
        title,
        render: ({ draft, update, error, errorId }) => (
          <Invalid error={error} id={errorId}>
            <ChoiceGroup
              legend={`Which ${limb}?`}
              options={LIMB_SIDES}
              value={draft.nerves[limb]?.side}
              onChange={(v) => update((x) => patchNerve(x, limb, (n) => ({ ...n, side: v })))}
            />
          </Invalid>
        ),
        validate: (x) => (x.nerves[limb]?.side ? undefined : "Choose a side."),
      },
      {
        id: `n.${limb}.below`,
        title,
        render: ({ draft, update, error, errorId }) => (
          <Invalid error={error} id={errorId}>
            <YesNo
              legend={`Does it go below the ${joint}?`}
              value={draft.nerves[limb]?.below}
              onChange={(v) => update((x) => patchNerve(x, limb, (n) => ({ ...n, below: v })))}
            />
          </Invalid>
        ),
        validate: (x) => (x.nerves[limb]?.below === undefined ? "Choose yes or no." : undefined),
      },
      {
        id: `n.${limb}.kinds`,
        title,
        render: ({ draft, update, error, errorId }) => (
          <Invalid error={error} id={errorId}>
            <CheckGroup
              legend={`What do you feel in your ${limb}? Choose all that apply.`}
              options={NERVE_KINDS}
              value={draft.nerves[limb]?.kinds}
              onChange={(v) => update((x) => patchNerve(x, limb, (n) => ({ ...n, kinds: v })))}
            />
          </Invalid>
        ),
        validate: (x) => (x.nerves[limb]?.kinds?.length ? undefined : "Choose at least one."),
      },
    );
  }
  return steps;
}

function statusSteps(): Step[] {
  const title = "How it behaves";
  const yesNo = (id: StatusFlag, question: string, hint?: string): Step => ({
    id: `s.${id}`,
    title,
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <YesNo
          legend={question}
          {...(hint ? { hint } : {})}
          value={draft.status[id]}
          onChange={(v) => update((d) => ({ ...d, status: { ...d.status, [id]: v } }))}
        />
      </Invalid>
    ),
    validate: (d) => (d.status[id] === undefined ? "Choose yes or no, or press Not sure." : undefined),
    skip: (d) => ({ ...d, status: without(d.status, id) }),
    skipLabel: "Not sure",
  });
  const q = (id: StatusFlag) => STATUS_QUESTIONS.find((s) => s.id === id)!;
  const ask = (id: StatusFlag) => yesNo(id, q(id).question, q(id).hint);
  return [
    ask("walk10MinWithoutSpike"),
    ask("easesWithMovement"),
    ask("painLimitsSleep"),
    ask("nightPain"),
    numberStep({
      id: "s.morningStiffnessMinutes",
      title,
      key: "morningStiffnessMinutes",
      label: "How many minutes are you stiff after getting up in the morning?",
      hint: "Not stiff in the morning? Enter 0.",
      unit: "min",
      min: 0,
      max: 1440,
      what: "the minutes",
      optional: true,
      skipLabel: "Not sure",
    }),
    {
      id: "s.stretchRelief",
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <ChoiceGroup
            legend="When you stretch the sore area, what happens?"
            options={STRETCH_RELIEF}
            value={draft.status.stretchRelief}
            onChange={(v) => update((d) => ({ ...d, status: { ...d.status, stretchRelief: v } }))}
          />
        </Invalid>
      ),
      validate: (d) => (d.status.stretchRelief ? undefined : "Choose one, or press I haven't tried."),
      skip: (d) => ({ ...d, status: without(d.status, "stretchRelief") }),
      skipLabel: "I haven't tried",
    },
    ask("backMusclesFeelHard"),
  ];
}

function aggravatorsStep(): Step {
  return {
    id: "aggravators",
    title: "What makes it worse",
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <CheckGroup
          legend="What makes it worse? Choose all that apply."
          options={AGGRAVATORS}
          value={draft.aggravators}
          onChange={(v) => update((d) => ({ ...d, aggravators: v }))}
        />
      </Invalid>
    ),
    validate: (d) => (d.aggravators?.length ? undefined : "Choose at least one, or press Skip."),
    skip: (d) => without(d, "aggravators"),
  };
}

function easersStep(): Step {
  return {
    id: "easers",
    title: "What makes it better",
    render: ({ draft, update, error, errorId }) => (
      <Invalid error={error} id={errorId}>
        <CheckGroup
          legend="What makes it better? Choose all that apply."
          options={EASERS}
          value={draft.easers}
          onChange={(v) => update((d) => ({ ...d, easers: v }))}
        />
      </Invalid>
    ),
    validate: (d) => (d.easers?.length ? undefined : "Choose at least one, or press Skip."),
    skip: (d) => without(d, "easers"),
  };
}

function habitSteps(): Step[] {
  const title = "Your day";
  return [
    numberStep({
      id: "h.sittingHoursPerDay",
      title,
      key: "sittingHoursPerDay",
      label: "About how many hours a day do you sit?",
      hint: "Count work, travel and screens.",
      unit: "hours",
      min: 0,
      max: 24,
      what: "the hours",
      optional: true,
    }),
    numberStep({
      id: "h.sleepHours",
      title,
      key: "sleepHours",
      label: "About how many hours do you sleep a night?",
      unit: "hours",
      min: 0,
      max: 24,
      what: "the hours",
      optional: true,
    }),
    {
      id: "h.habits",
      title,
      render: ({ draft, update, error, errorId }) => (
        <Invalid error={error} id={errorId}>
          <CheckGroup
            legend="Do any of these fit you? Choose all that apply."
            hint="None of them? Just press Next."
            options={HABITS}
            value={draft.habits}
            onChange={(v) => update((d) => ({ ...d, habits: v }))}
          />
        </Invalid>
      ),
      commit: (d) => ({ ...d, habits: d.habits ?? [] }),
      skip: (d) => without(d, "habits"),
    },
  ];
}

function HowTo({ test, open = false }: { test: SelfTest; open?: boolean }) {
  const body = (
    <>
      {test.equipment.length > 0 && (
        <>
          <h2>You need</h2>
          <ul>
            {test.equipment.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </>
      )}
      <h2>How to do it</h2>
      <Illustration id={test.id} kind="self_test" name={test.name} />
      <ol className="steps">
        {test.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </>
  );
  return (
    <>
      {open ? (
        body
      ) : (
        <details className="wizard-howto">
          <summary>How to do it</summary>
          {body}
        </details>
      )}
      <div className="wizard-stop">
        <h2>Stop if</h2>
        <ul>
          {test.stopIf.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
    </>
  );
}

function testSteps(d: Draft, tests: readonly SelfTest[]): Step[] {
  const steps: Step[] = [];
  tests.forEach((test, i) => {
    const title = `Self-check: ${test.name}`;
    steps.push({
      id: `t.${test.id}`,
      title,
      render: () => (
        <>
          {i === 0 && (
            <p>
              Now some short checks you can do at home, {tests.length} in all. Each is optional: skip any you
              can't do safely or that would hurt.
            </p>
          )}
          <p>{test.purpose}</p>
          <HowTo test={test} open />
          <p className="wizard-ask">Do this check now?</p>
        </>
      ),
      commit: (x) => ({ ...x, tests: { ...x.tests, [test.id]: "do" } }),
      skip: (x) => ({ ...x, tests: { ...x.tests, [test.id]: "skip" } }),
      nextLabel: "Yes",
      skipLabel: "Skip",
    });
    if (d.tests[test.id] !== "do") return;
    const input = TEST_INPUT[test.field];
    if (!input.sided) {
      const key = test.field;
      steps.push({
        id: `t.${test.id}.result`,
        title,
        render: ({ draft, update, error, errorId }) => (
          <>
            <Invalid error={error} id={errorId}>
              <ChoiceGroup
                legend={input.question}
                options={input.options}
                value={draft.results[key] as string | undefined}
                onChange={(v) => update((x) => setResult(x, key, v))}
              />
            </Invalid>
            <HowTo test={test} />
          </>
        ),
        validate: (x) => (x.results[key] === undefined ? "Choose what you found, or press Skip." : undefined),
        skip: (x) => setResult(x, key, undefined),
      });
      return;
    }
    for (const side of ["left", "right"] as const) steps.push(sideStep(test, side, title));
  });
  return steps;
}

function sideStep(test: SelfTest, side: TestSide, title: string): Step {
  const input = TEST_INPUT[test.field];
  const key = `${test.field}.${side}`;
  const sideName = TEST_SIDE_NAME[test.field](side);
  const base = { id: `t.${test.id}.${side}`, title, skipLabel: "Skip this side" };
  const heading = <h2 className="wizard-side">{sideName}</h2>;
  if (input.kind === "timer" || input.kind === "cm") {
    const textKey = key as TextKey;
    const timer = input.kind === "timer";
    return {
      ...base,
      render: ({ draft, update, error, errorId }) => (
        <>
          {heading}
          <p>{input.question}</p>
          {timer && (
            <Timer
              label={`Stopwatch, ${side} side`}
              onStop={(s) => update((x) => setText(x, textKey, String(s)))}
            />
          )}
          <Invalid error={error} id={errorId}>
            <NumberField
              id={`q-${test.id}-${side}`}
              label={timer ? `Seconds you held on your ${side} side` : `Toe to wall, ${side} foot, in cm`}
              hint={timer ? "The stopwatch fills this in; you can also type it." : "To the nearest half cm."}
              unit={timer ? "s" : "cm"}
              decimals={!timer}
              value={draft.text[textKey]}
              onChange={(v) => update((x) => setText(x, textKey, v))}
            />
          </Invalid>
          <HowTo test={test} />
        </>
      ),
      validate: (x) =>
        timer
          ? checkNumber(x.text[textKey], { min: 0, max: 3600, what: "the seconds you held" })
          : checkNumber(x.text[textKey], { min: 0, max: 40, what: "the distance in cm" }),
      skip: (x) => setText(x, textKey, undefined),
    };
  }
  if (input.kind === "counter") {
    // The shared Counter builds an element id from its label: no ASCII spaces, so the id stays one token.
    const label = `${side === "left" ? "Left" : "Right"}\u00a0${test.field === "calfRaise" ? "calf\u00a0raises" : "bridges"}`;
    return {
      ...base,
      render: ({ draft, update, error, errorId }) => (
        <>
          {heading}
          <p>{input.question}</p>
          <Invalid error={error} id={errorId}>
            <Counter
              label={label}
              value={typeof draft.results[key] === "number" ? draft.results[key] : 0}
              onChange={(v) => update((x) => setResult(x, key, v))}
            />
          </Invalid>
          <HowTo test={test} />
        </>
      ),
      validate: (x) =>
        typeof x.results[key] === "number" && x.results[key] > 0
          ? undefined
          : "Tap + once for each rep you did, or press Skip this side.",
      skip: (x) => setResult(x, key, undefined),
    };
  }
  const options = input.kind === "choice" ? input.options : [];
  return {
    ...base,
    render: ({ draft, update, error, errorId }) => (
      <>
        {heading}
        <Invalid error={error} id={errorId}>
          <ChoiceGroup
            legend={input.question}
            options={options}
            value={draft.results[key] as string | undefined}
            onChange={(v) => update((x) => setResult(x, key, v))}
          />
        </Invalid>
        <HowTo test={test} />
      </>
    ),
    validate: (x) =>
      x.results[key] === undefined ? "Choose what you found, or press Skip this side." : undefined,
    skip: (x) => setResult(x, key, undefined),
  };
}

function closingSteps(): Step[] {
  return [
    numberStep({
      id: "programWeeks",
      title: "Almost done",
      key: "programWeeks",
      label: "How many weeks have you already followed an Upstream plan?",
      hint: "Is this your first check? Press Skip.",
      unit: "weeks",
      min: 0,
      max: 520,
      whole: true,
      what: "the number of weeks",
      optional: true,
    }),
    numberStep({
      id: "weightKg",
      title: "Almost done",
      key: "weightKg",
      label: "Your weight in kg",
      hint: "Optional: only used to suggest how much protein to eat each day.",
      unit: "kg",
      min: 25,
      max: 400,
      what: "your weight",
      optional: true,
    }),
  ];
}

/** Every screen for the answers so far. A yes to an always-red sign cuts it to age and where it hurts. */
export function buildSteps(d: Draft, tests: readonly SelfTest[]): Step[] {
  const steps = [...redFlagSteps(), ageStep()];
  if (alwaysRed(d)) return [...steps, regionsStep()];
  steps.push(activitiesStep(), regionsStep());
  for (const region of d.regions) steps.push(...complaintSteps(region));
  steps.push(...nerveSteps(d), ...statusSteps());
  steps.push(aggravatorsStep(), easersStep());
  steps.push(...habitSteps(), ...testSteps(d, tests), ...closingSteps());
  return steps;
}
