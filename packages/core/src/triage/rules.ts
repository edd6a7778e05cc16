/** The traffic-light rules of seed 000 as data, with the points the contract settles. */
import type { TriageReasonId } from "../contract/ids.js";
import type { Facts } from "../assess/facts.js";
import type { Source } from "../knowledge/schema.js";

export interface TriageRule {
  id: TriageReasonId;
  level: "red" | "yellow";
  /** Plain words for the person. */
  text: string;
  source: Source;
  applies: (f: Facts) => boolean;
}

const S000 = "000_4c8d56c44adcabb3.txt";
const RED_LIGHT: Source = { doc: S000, section: "How to test, calm, and rebuild › Red light (get help now)" };
const RED_CHECKLIST: Source = { doc: S000, section: "Red flags checklist (seek urgent care)" };
const YELLOW_LIGHT: Source = {
  doc: S000,
  section: "How to test, calm, and rebuild › Yellow light (self-care + see a clinician soon)",
};
const SETTLED: Source = { doc: "contract/README.md", section: "Points the seeds leave open, settled here" };

/** Systemic signs are red when the spine or a nerve is involved; elsewhere they still call for a clinician. */
const spineOrNerve = (f: Facts) => f.spineComplaint || f.nerve.length > 0;
const flag = (f: Facts, name: keyof NonNullable<Facts["input"]["redFlags"]>) =>
  f.input.redFlags?.[name] === true;
const STIFF_STUCK: Source = {
  doc: S000,
  section: "Next steps and troubleshooting by persona › Older adult with morning stiffness › Stuck?",
};
const stiffOverAnHour = (f: Facts) => (f.input.status?.morningStiffnessMinutes ?? 0) > 60;

export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: "bladder_bowel_change",
    level: "red",
    text: "New problems controlling your bladder or bowel can mean pressure on the nerves at the base of the spine.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "bladderBowelChange"),
  },
  {
    id: "saddle_numbness",
    level: "red",
    text: "Numbness in the saddle area (between the legs, inner thighs, buttocks) needs checking straight away.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "saddleNumbness"),
  },
  {
    id: "progressive_weakness",
    level: "red",
    text: "Severe or worsening weakness in a leg or arm needs a medical check before any exercise plan.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "progressiveWeakness"),
  },
  {
    id: "major_trauma",
    level: "red",
    text: "Pain after a recent major injury (a fall, a crash) needs a medical check first.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "majorTrauma"),
  },
  {
    id: "fever",
    level: "red",
    text: "Fever or night sweats together with spine pain or nerve symptoms can be a sign of infection.",
    source: RED_CHECKLIST,
    applies: (f) => flag(f, "fever") && spineOrNerve(f),
  },
  {
    id: "night_pain_with_fever",
    level: "red",
    text: "Pain at night together with a fever is a warning sign that needs a medical check today.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "fever") && f.input.status?.nightPain === true && spineOrNerve(f),
  },
  {
    id: "unexplained_weight_loss",
    level: "red",
    text: "Weight loss you cannot explain, together with spine pain or nerve symptoms, needs a medical check.",
    source: RED_CHECKLIST,
    applies: (f) => flag(f, "unexplainedWeightLoss") && spineOrNerve(f),
  },
  {
    id: "cancer_history",
    level: "red",
    text: "A history of cancer together with spine pain or nerve symptoms needs a medical check first.",
    source: RED_CHECKLIST,
    applies: (f) => flag(f, "cancerHistory") && spineOrNerve(f),
  },
  {
    id: "cancer_history_with_spine_pain",
    level: "red",
    text: "New spine pain in someone who has had cancer needs a medical check before self-care.",
    source: RED_LIGHT,
    applies: (f) => flag(f, "cancerHistory") && f.spineComplaint,
  },
  {
    id: "infection_risk",
    level: "red",
    text:
      "A recent infection, injected recreational drugs or a weakened immune system, together with spine pain or nerve " +
      "symptoms, needs a medical check.",
    source: RED_CHECKLIST,
    applies: (f) => flag(f, "infectionRisk") && spineOrNerve(f),
  },
  // One id, said with the signs the person reported.
  ...(
    [
      ["a fever or night sweats", true, false],
      ["weight loss you cannot explain", false, true],
      ["a fever and weight loss you cannot explain", true, true],
    ] as const
  ).map(([signs, fever, weightLoss]): TriageRule => ({
    id: "stiffness_with_systemic_signs",
    level: "red",
    text: `Morning stiffness lasting over an hour together with ${signs} needs a medical check first.`,
    source: STIFF_STUCK,
    applies: (f) =>
      stiffOverAnHour(f) && flag(f, "fever") === fever && flag(f, "unexplainedWeightLoss") === weightLoss,
  })),
  // The same systemic signs away from the spine and nerves: not an emergency, but not a DIY case either.
  // Away from the spine a fever is yellow (the contract). Seed 000's red light names "night pain with fever", and
  // a painful calf with a fever can be an infection or a clot: with either, the person is told to be seen today.
  ...(
    [
      [
        false,
        false,
        "You have a fever or night sweats: have a clinician look at this soon, and go today if you feel unwell.",
      ],
      [true, false, "You have a fever or night sweats and pain at night: have a clinician check this today."],
      [
        false,
        true,
        "You have a fever or night sweats and a painful calf: have a clinician check it today, as a calf that is " +
          "swollen, warm or red can mean an infection or a clot.",
      ],
      [
        true,
        true,
        "You have a fever or night sweats, pain at night and a painful calf: have a clinician check this today; a " +
          "calf that is swollen, warm or red can mean an infection or a clot.",
      ],
    ] as const
  ).map(([night, calf, text]): TriageRule => ({
    id: "fever",
    level: "yellow",
    text,
    source: SETTLED,
    applies: (f) =>
      flag(f, "fever") &&
      !spineOrNerve(f) &&
      (f.input.status?.nightPain === true) === night &&
      f.hasRegion("calf") === calf,
  })),
  {
    id: "unexplained_weight_loss",
    level: "yellow",
    text: "Weight loss you cannot explain should be checked by a clinician soon.",
    source: SETTLED,
    applies: (f) => flag(f, "unexplainedWeightLoss") && !spineOrNerve(f),
  },
  {
    id: "cancer_history",
    level: "yellow",
    text: "With a history of cancer, have a clinician check any new, lasting pain.",
    source: SETTLED,
    applies: (f) => flag(f, "cancerHistory") && !spineOrNerve(f),
  },
  {
    id: "infection_risk",
    level: "yellow",
    text: "With a recent infection or a weakened immune system, have a clinician check new pain soon.",
    source: SETTLED,
    applies: (f) => flag(f, "infectionRisk") && !spineOrNerve(f),
  },
  // One id, said of the joint the symptoms pass: the knee, the elbow, or both.
  ...(
    [
      ["the knee", true, false],
      ["the elbow", false, true],
      ["the knee and the elbow", true, true],
    ] as const
  ).map(([joint, leg, arm]): TriageRule => ({
    id: "radiating_below_knee_or_elbow",
    level: "yellow",
    text: `Symptoms that travel below ${joint} suggest an irritated nerve: self-care, and see a clinician soon.`,
    source: YELLOW_LIGHT,
    applies: (f) =>
      f.nerve.some((n) => n.limb === "leg" && n.belowKneeOrElbow === true) === leg &&
      f.nerve.some((n) => n.limb === "arm" && n.belowKneeOrElbow === true) === arm,
  })),
  {
    id: "numbness_or_tingling",
    level: "yellow",
    text: "Numbness or tingling is a nerve symptom: self-care, and see a clinician soon.",
    source: YELLOW_LIGHT,
    applies: (f) => f.nerve.some((n) => n.kinds.includes("numbness") || n.kinds.includes("tingling")),
  },
  {
    id: "radiating_symptoms",
    level: "yellow",
    text: "Pain that shoots or burns down a limb suggests nerve involvement: self-care, and see a clinician soon.",
    source: { doc: S000, section: "TL;DR (if pain shoots, tingles, or burns down a limb)" },
    applies: (f) =>
      f.nerve.some(
        (n) => n.belowKneeOrElbow !== true && !n.kinds.includes("numbness") && !n.kinds.includes("tingling"),
      ),
  },
  {
    id: "pain_limits_sleep",
    level: "yellow",
    text: "Pain that limits your sleep is worth a clinician's look soon.",
    source: YELLOW_LIGHT,
    applies: (f) => f.input.status?.painLimitsSleep === true,
  },
  {
    id: "pain_beyond_6_weeks",
    level: "yellow",
    text: "This episode has lasted over 6 weeks: keep going with self-care, and see a clinician soon.",
    source: YELLOW_LIGHT,
    applies: (f) => f.maxWeeks > 6,
  },
  {
    id: "recurrent_episodes",
    level: "yellow",
    text: "Episodes that keep coming back are worth a clinician's look to find what drives them.",
    source: YELLOW_LIGHT,
    applies: (f) => f.anyRecurrent,
  },
  {
    id: "cannot_walk_10_minutes",
    level: "yellow",
    text: "You cannot walk 10 minutes without the pain spiking: start gently, and see a clinician soon.",
    source: { doc: S000, section: "How to test, calm, and rebuild › Green light (DIY plan)" },
    applies: (f) => f.input.status?.walk10MinWithoutSpike === false,
  },
];
