/** The assessment's vocabulary in plain words: every contract id the wizard asks about, with its label. */
import type { AssessmentInput, Complaint, NerveSymptom, SelfTest } from "@upstream/core";

export type RedFlag = keyof NonNullable<AssessmentInput["redFlags"]>;
export type Activity = NonNullable<AssessmentInput["activities"]>[number];
export type Region = Complaint["region"];
export type Side = NonNullable<Complaint["side"]>;
export type Kind = Complaint["kinds"][number];
export type Limb = NerveSymptom["limb"];
export type LimbSide = NonNullable<NerveSymptom["side"]>;
export type NerveKind = NerveSymptom["kinds"][number];
export type Aggravator = NonNullable<AssessmentInput["aggravators"]>[number];
export type Easer = NonNullable<AssessmentInput["easers"]>[number];
export type StretchRelief = NonNullable<NonNullable<AssessmentInput["status"]>["stretchRelief"]>;
export type StatusFlag =
  "walk10MinWithoutSpike" | "easesWithMovement" | "painLimitsSleep" | "nightPain" | "backMusclesFeelHard";
export type HabitFlag = "highHeels" | "crossesLegs" | "runsOnToes" | "wornShoes" | "trainsAbs";
export type TestField = SelfTest["field"];
export type TestSide = "left" | "right";

/** Ordered choices: [id, label]. */
export type Options<T extends string> = readonly (readonly [T, string])[];

/** The eight warning signs, asked first, one per screen. */
export const RED_FLAGS: readonly { id: RedFlag; question: string; hint?: string }[] = [
  {
    id: "bladderBowelChange",
    question:
      "Since this started, have you had new trouble controlling your bladder or bowel, or trouble peeing?",
  },
  {
    id: "saddleNumbness",
    question: "Is there numbness or pins and needles between your legs, around your bottom or inner thighs?",
    hint: "The area that would touch a bicycle saddle.",
  },
  {
    id: "progressiveWeakness",
    question: "Is a leg or an arm getting weaker, or so weak that it gives way?",
    hint: "For example tripping over your foot, or dropping things, more and more.",
  },
  { id: "fever", question: "Have you had a fever, chills or night sweats along with this pain?" },
  { id: "unexplainedWeightLoss", question: "Have you lost weight recently without trying?" },
  { id: "cancerHistory", question: "Have you ever had cancer?" },
  { id: "majorTrauma", question: "Did this start after a serious fall, a crash or a hard blow?" },
  {
    id: "infectionRisk",
    question:
      "Have you recently had an infection, injected recreational drugs, or do you have a weakened immune system?",
    hint: "A weakened immune system can come from an illness or from treatment such as chemotherapy or steroids.",
  },
];

/** A yes to any of these needs urgent care on its own, whatever else is true. */
export const ALWAYS_RED: readonly RedFlag[] = [
  "bladderBowelChange",
  "saddleNumbness",
  "progressiveWeakness",
  "majorTrauma",
];

export const ACTIVITIES: Options<Activity> = [
  ["running", "Running"],
  ["field_sport", "Field or court sport (football, rugby, hockey…)"],
  ["lifting", "Lifting weights"],
  ["desk_work", "Desk work"],
  ["standing_work", "Work on my feet"],
  ["manual_work", "Physical work (carrying, digging…)"],
  ["walking", "Walking"],
  ["cycling", "Cycling"],
  ["yoga_pilates", "Yoga or Pilates"],
];

export const REGIONS: Options<Region> = [
  ["calf", "Calf"],
  ["hamstring", "Back of the thigh (hamstring)"],
  ["glute", "Buttock (glute)"],
  ["low_back", "Lower back"],
  ["mid_back", "Middle of the back"],
  ["neck", "Neck"],
  ["shoulder", "Shoulder"],
  ["adductor", "Inner thigh or groin"],
  ["hip_front", "Front of the hip"],
  ["shin_front", "Front of the shin"],
  ["foot_ankle", "Foot or ankle"],
  ["knee", "Knee"],
  ["arm", "Arm"],
];

/** "your calf", "your lower back": for titles and questions. */
export const REGION_NAME: Record<Region, string> = {
  calf: "calf",
  hamstring: "hamstring",
  glute: "buttock",
  low_back: "lower back",
  mid_back: "middle back",
  neck: "neck",
  shoulder: "shoulder",
  adductor: "inner thigh or groin",
  hip_front: "front of the hip",
  shin_front: "shin",
  foot_ankle: "foot or ankle",
  knee: "knee",
  arm: "arm",
};

export const SPINE: readonly Region[] = ["low_back", "mid_back", "neck"];

export const SIDES: Options<Side> = [
  ["left", "Left"],
  ["right", "Right"],
  ["both", "Both sides"],
  ["central", "In the middle"],
];

export const KINDS: Options<Kind> = [
  ["pain", "Pain"],
  ["cramp", "Cramp"],
  ["tightness", "Tightness"],
  ["weakness", "Weakness"],
  ["spasm", "Spasm (it locks or seizes up)"],
  ["strain", "Strain (it pulled or tore)"],
  ["stiffness", "Stiffness"],
];

export const LIMBS: Options<Limb> = [
  ["leg", "A leg"],
  ["arm", "An arm"],
];

export const LIMB_SIDES: Options<LimbSide> = [
  ["left", "Left"],
  ["right", "Right"],
  ["both", "Both"],
];

export const NERVE_KINDS: Options<NerveKind> = [
  ["shooting", "Shooting pain"],
  ["tingling", "Tingling or pins and needles"],
  ["numbness", "Numbness"],
  ["burning", "Burning"],
];

export const STATUS_QUESTIONS: readonly { id: StatusFlag; question: string; hint?: string }[] = [
  { id: "walk10MinWithoutSpike", question: "Can you walk for 10 minutes without the pain flaring up?" },
  { id: "easesWithMovement", question: "Does it ease when you move around?" },
  { id: "painLimitsSleep", question: "Does the pain keep you from sleeping, or wake you up?" },
  { id: "nightPain", question: "Does it hurt at night, even when you lie still?" },
  { id: "backMusclesFeelHard", question: "Do the muscles along your back feel hard or knotted?" },
];

export const STRETCH_RELIEF: Options<StretchRelief> = [
  ["none", "It doesn't help"],
  ["brief", "It helps for a short while, then comes back"],
  ["lasting", "It helps and stays better"],
];

export const AGGRAVATORS: Options<Aggravator> = [
  ["sitting", "Sitting"],
  ["standing", "Standing"],
  ["bending", "Bending forward"],
  ["lifting", "Lifting"],
  ["walking", "Walking"],
  ["running", "Running"],
  ["hills", "Going up or down hills"],
  ["overhead_reach", "Reaching overhead"],
  ["cutting", "Quick changes of direction"],
  ["repetitive_bending", "Bending over again and again"],
];

export const EASERS: Options<Easer> = [
  ["walking", "Walking"],
  ["moving", "Moving around"],
  ["lying_extension", "Lying on my front, or arching my lower back gently"],
  ["slouching", "Slouching or bending forward"],
  ["thoracic_extension", "Arching my upper back (for example over a chair back)"],
  ["rest", "Rest"],
  ["heat", "Heat"],
];

export const HABITS: Options<HabitFlag> = [
  ["highHeels", "I often wear high heels"],
  ["crossesLegs", "I often sit with my legs or ankles crossed"],
  ["runsOnToes", "I run on my toes"],
  ["wornShoes", "My everyday or running shoes are worn out"],
  ["trainsAbs", "I train my stomach muscles regularly"],
];

/** How each self-test is scored on its result screens. */
export type TestInput =
  | { kind: "choice"; sided: true; question: string; options: Options<string> }
  | { kind: "counter"; sided: true; question: string }
  | { kind: "timer"; sided: true; question: string }
  | { kind: "cm"; sided: true; question: string }
  | { kind: "choice"; sided: false; question: string; options: Options<string> };

export const TEST_INPUT: Record<TestField, TestInput> = {
  slump: {
    kind: "choice",
    sided: true,
    question: "What did you feel when you straightened the knee and pulled the toes up?",
    options: [
      ["positive", "A tingle or pull down the leg that eased when I let the foot drop"],
      ["negative", "Only a stretch at the back of the thigh, or nothing"],
    ],
  },
  calfRaise: {
    kind: "counter",
    sided: true,
    question: "Tap + after each full-height rise, until you can't rise as high any more.",
  },
  heelWalk: {
    kind: "choice",
    sided: true,
    question: "Could you keep the front of this foot up for all the steps?",
    options: [
      ["ok", "Yes, it stayed up"],
      ["weak", "No, it dropped, slapped down or tired early"],
    ],
  },
  sidePlank: {
    kind: "timer",
    sided: true,
    question: "Press Start when your hips are up and Stop when your form breaks.",
  },
  singleLegBridge: {
    kind: "counter",
    sided: true,
    question: "Tap + after each full, level lift, until your hips drop or twist.",
  },
  kneeToWall: {
    kind: "cm",
    sided: true,
    question: "The farthest distance from your big toe to the wall with the knee touching and the heel down.",
  },
  thoracicExtension: {
    kind: "choice",
    sided: false,
    question: "After arching your upper back, how did the painful shoulder movement feel?",
    options: [
      ["eases_shoulder", "It hurt less, or the arm went higher"],
      ["no_change", "No change"],
      ["worse", "It was worse"],
    ],
  },
  heelsFlatInSquat: {
    kind: "choice",
    sided: false,
    question: "At the bottom of the squat, did your heels stay flat?",
    options: [
      ["yes", "Both heels stayed flat"],
      ["no", "One or both heels lifted"],
    ],
  },
};

export const TEST_SIDE_NAME: Record<TestField, (side: TestSide) => string> = {
  slump: (s) => `${s === "left" ? "Left" : "Right"} leg`,
  calfRaise: (s) => `${s === "left" ? "Left" : "Right"} leg`,
  heelWalk: (s) => `${s === "left" ? "Left" : "Right"} foot`,
  sidePlank: (s) => `${s === "left" ? "Left" : "Right"} side (lying on your ${s} elbow)`,
  singleLegBridge: (s) => `${s === "left" ? "Left" : "Right"} leg (pushing through the ${s} heel)`,
  kneeToWall: (s) => `${s === "left" ? "Left" : "Right"} foot in front`,
  thoracicExtension: () => "",
  heelsFlatInSquat: () => "",
};

/** The label of one option, or the id when it is not listed. */
export function labelOf<T extends string>(options: Options<T>, id: T): string {
  return options.find(([value]) => value === id)?.[1] ?? id;
}
