/** Pictures of the leg and hip exercises (knowledge/exercises-legs.ts), start to end. */
import { CROOK, FLOOR, LYING_TOP, picture, SIT, STAND } from "./common.js";
import {
  arrow,
  bench,
  chair,
  dumbbell,
  floor,
  kettlebell,
  lerp,
  muscle,
  muscleSpot,
  note,
  roller,
  wall,
  type Pt,
} from "./draw.js";
import { sideFigure, sideFigureReaching, type Figure, type SidePose } from "./pose.js";
import type { Illustration, Shape } from "./shapes.js";

const F = FLOOR;

// ----- Standing on one or both feet, a hand on the wall -----

const WALL_X = 168;

/** Standing with a hand on a wall in front, placed by the toe so that rising onto the toes lifts the whole body. */
export function standingAtWall(pose: SidePose, toeX: number, handY = 78): Figure {
  return sideFigureReaching(pose, { joint: "toe", at: [toeX, F - 3] }, [WALL_X - 5, handY], 1);
}

function calfRaise(
  id: string,
  kind: Illustration["kind"],
  alt: string,
  knee: "straight" | "bent" | "both",
  labels: [string, string],
) {
  const leg = (foot: number): SidePose["leg"] => (knee === "bent" ? [78, 104, foot] : [90, 90, foot]);
  const farLeg = (foot: number): SidePose["leg"] | undefined =>
    knee === "both" ? undefined : [96, 160, foot + 60];
  const frame = (up: boolean): Shape[] => {
    const foot = up ? 68 : 0;
    const fl = farLeg(foot);
    const fig = standingAtWall({ ...STAND, leg: leg(foot), ...(fl ? { farLeg: fl } : {}) }, 118);
    const j = fig.j;
    return [
      floor(F),
      ...wall(WALL_X, 14, F),
      ...fig.shapes,
      muscle(j.knee, j.ankle, knee === "bent" ? 0.35 : 0.08, knee === "bent" ? 0.8 : 0.55, 3.5, 3.5),
      ...(up ? [] : arrow([j.heel[0] - 14, j.heel[1] - 4], [j.heel[0] - 14, j.heel[1] - 34])),
    ];
  };
  return picture(id, kind, alt, [
    [labels[0], frame(false)],
    [labels[1], frame(true)],
  ]);
}

const calfDouble = calfRaise(
  "calf_raise_double_leg",
  "exercise",
  "Standing on both feet, lightly holding a wall, rise up onto the balls of your feet as high as is comfortable, pause, then lower your heels slowly to the floor.",
  "both",
  ["Both feet, hand on wall", "Rise onto the toes"],
);

const calfBent = calfRaise(
  "calf_raise_bent_knee",
  "exercise",
  "Standing on one foot with the knee slightly bent and a hand on the wall, rise onto the ball of the foot keeping the knee bent, then lower the heel slowly.",
  "bent",
  ["One foot, knee bent", "Rise, keep the bend"],
);

const calfStraight = calfRaise(
  "calf_raise_straight_knee",
  "exercise",
  "Standing on one foot with the knee straight and a hand on the wall, rise onto the ball of the foot as high as you can, then lower the heel slowly.",
  "straight",
  ["One foot, knee straight", "Rise onto the toes"],
);

// ----- Romanian deadlift, squat, sit-to-stand -----

const rdl = (() => {
  const up = sideFigure({ ...STAND, arm: [88, 90] }, { joint: "heel", at: [92, F - 3] });
  const down = sideFigure(
    { torso: -22, head: -18, arm: [90, 90], leg: [78, 98, 0] },
    { joint: "heel", at: [110, F - 3] },
  );
  return picture(
    "hamstring_slow_eccentrics",
    "exercise",
    "Standing tall with soft knees and a dumbbell in each hand in front of your thighs, push your hips back and lower the weights slowly, taking about three seconds, with your back long, until you feel a firm pull behind your thighs.",
    [
      ["Stand tall, soft knees", [floor(F), ...up.shapes, ...dumbbell(up.j.wrist, 90)]],
      [
        "Hips back, 3 s down",
        [
          floor(F),
          ...down.shapes,
          ...dumbbell(down.j.wrist, 0),
          muscle(down.j.hip, down.j.knee, 0.15, 0.85, 3.5, 3.5),
          ...arrow([down.j.hip[0] - 6, down.j.hip[1] - 16], [down.j.hip[0] - 36, down.j.hip[1] - 16]),
          note([52, 40], "3 seconds down"),
        ],
      ],
    ],
  );
})();

const goblet = (() => {
  const up = sideFigure(STAND, { joint: "heel", at: [88, F - 3] });
  const upFig = sideFigureReaching(
    STAND,
    { joint: "heel", at: [88, F - 3] },
    [up.j.shoulder[0] + 12, up.j.shoulder[1] + 14],
    1,
  );
  const squatPose: SidePose = { torso: -56, head: -72, arm: [0, 0], leg: [10, 116, 0] };
  const s0 = sideFigure(squatPose, { joint: "heel", at: [88, F - 3] });
  const low = sideFigureReaching(
    squatPose,
    { joint: "heel", at: [88, F - 3] },
    [s0.j.shoulder[0] + 14, s0.j.shoulder[1] + 12],
    1,
  );
  return picture(
    "squat",
    "exercise",
    "Standing with feet a little wider than hip-width and a weight held against your chest, sit your hips down and back with your chest up and heels down, pause about three seconds at the bottom, then stand up.",
    [
      [
        "Weight at chest",
        [floor(F), ...upFig.shapes, ...kettlebell([upFig.j.wrist[0] + 4, upFig.j.wrist[1] + 8])],
      ],
      [
        "Sit down, pause 3 s",
        [
          floor(F),
          ...low.shapes,
          ...kettlebell([low.j.wrist[0] + 4, low.j.wrist[1] + 8]),
          muscle(low.j.hip, low.j.knee, 0.15, 0.85, -3.5, 3.5),
          muscleSpot([low.j.hip[0] - 3, low.j.hip[1] + 2], 5),
          ...arrow([low.j.hip[0] - 14, low.j.hip[1] - 40], [low.j.hip[0] - 14, low.j.hip[1] - 8]),
        ],
      ],
    ],
  );
})();

const sitToStand = (() => {
  const crossed = (pose: SidePose, heelX: number) => {
    const f = sideFigure(pose, { joint: "heel", at: [heelX, F - 3] });
    return sideFigureReaching(
      pose,
      { joint: "heel", at: [heelX, F - 3] },
      [f.j.shoulder[0] + 8, f.j.shoulder[1] + 6],
      1,
    );
  };
  const sit = crossed({ ...SIT, leg: [0, 100, 0] }, 100);
  const lean = crossed({ torso: -45, head: -55, arm: [0, 0], leg: [4, 108, 0] }, 100);
  const stand = crossed(STAND, 100);
  const chairShapes = chair(sit.j.hip[0] + 24, sit.j.hip[0] - 18, sit.j.hip[1] + 8, F, sit.j.hip[1] - 40);
  return picture(
    "sit_to_stand",
    "exercise",
    "Sitting near the front of a chair with feet flat and arms crossed over your chest, lean forward from your hips and stand up through your whole foot, then sit back down slowly.",
    [
      ["Sit, feet back", [floor(F), ...chairShapes, ...sit.shapes]],
      [
        "Lean forward",
        [
          floor(F),
          ...chairShapes,
          ...lean.shapes,
          ...arrow([lean.j.head[0] - 6, lean.j.head[1] - 22], [lean.j.head[0] + 22, lean.j.head[1] - 8], -6),
        ],
      ],
      [
        "Stand tall",
        [
          floor(F),
          ...chairShapes,
          ...stand.shapes,
          muscle(stand.j.hip, stand.j.knee, 0.15, 0.85, -3.5, 3.5),
          ...arrow(
            [stand.j.head[0] + 28, stand.j.head[1] + 50],
            [stand.j.head[0] + 28, stand.j.head[1] + 14],
          ),
        ],
      ],
    ],
  );
})();

// ----- Walking and running -----

const walkRun = (() => {
  const walk = sideFigure(
    { torso: -88, arm: [112, 96], farArm: [68, 40], leg: [70, 95, -12], farLeg: [108, 118, 30] },
    { joint: "heel", at: [90, F - 3] },
  );
  const run = sideFigure(
    { torso: -78, head: -84, arm: [120, 20], farArm: [60, -40], leg: [58, 108, -4], farLeg: [118, 178, 214] },
    { joint: "heel", at: [110, F - 8] },
  );
  return picture(
    "walk_run_intervals",
    "exercise",
    "On flat ground, alternate brisk walking with short bouts of easy running at a pace where you could still talk, taking short, quick steps.",
    [
      ["Walk briskly", [floor(F), ...walk.shapes, ...arrow([128, 62], [170, 62])]],
      ["Easy run, short steps", [floor(F), ...run.shapes, ...arrow([150, 54], [192, 54])]],
    ],
  );
})();

// ----- Stretches and rocks at the wall -----

function wallLean(back: SidePose["leg"], front: SidePose["leg"], torso: number, heelX: number): Figure {
  return sideFigureReaching(
    { torso, arm: [0, 0], leg: back, farLeg: front },
    { joint: "heel", at: [heelX, F - 3] },
    [WALL_X - 5, 70],
    1,
  );
}

const gastroc = (() => {
  const start = wallLean([108, 108, 0], [84, 92, 0], -78, 60);
  const hold = wallLean([116, 116, 0], [62, 104, 0], -66, 60);
  return picture(
    "gastrocnemius_stretch",
    "exercise",
    "Facing a wall with your hands on it, step one leg back with the knee straight and the heel down, then bend your front knee forward until you feel a gentle stretch in the upper calf of the back leg, and hold.",
    [
      ["Back leg straight", [floor(F), ...wall(WALL_X, 14, F), ...start.shapes]],
      [
        "Bend front knee: hold",
        [
          floor(F),
          ...wall(WALL_X, 14, F),
          ...hold.shapes,
          muscle(hold.j.knee, hold.j.ankle, 0.05, 0.5, 3.5, 3.5),
          ...arrow(
            [hold.j.farKnee[0] - 26, hold.j.farKnee[1] - 18],
            [hold.j.farKnee[0] + 2, hold.j.farKnee[1] - 18],
          ),
        ],
      ],
    ],
  );
})();

const soleus = (() => {
  const start = wallLean([100, 104, 0], [82, 96, 0], -80, 84);
  const hold = wallLean([96, 128, 0], [66, 112, 0], -78, 84);
  return picture(
    "soleus_stretch",
    "exercise",
    "Facing a wall with your hands on it and one foot a short step back, bend both knees with the back heel kept down until you feel a gentle stretch low in the calf of the back leg, and hold.",
    [
      ["Short step back", [floor(F), ...wall(WALL_X, 14, F), ...start.shapes]],
      [
        "Bend both knees: hold",
        [
          floor(F),
          ...wall(WALL_X, 14, F),
          ...hold.shapes,
          muscle(hold.j.knee, hold.j.ankle, 0.4, 0.85, 3.5, 3.5),
          ...arrow([hold.j.knee[0] - 8, hold.j.knee[1] - 26], [hold.j.knee[0] + 12, hold.j.knee[1] - 8], -3),
        ],
      ],
    ],
  );
})();

const ankleRocks = (() => {
  const start = sideFigureReaching(
    { ...STAND, leg: [88, 92, 0] },
    { joint: "heel", at: [110, F - 3] },
    [WALL_X - 5, 84],
    1,
  );
  const rock = sideFigureReaching(
    { torso: -84, arm: [0, 0], leg: [74, 114, 0] },
    { joint: "heel", at: [110, F - 3] },
    [WALL_X - 5, 84],
    1,
  );
  return picture(
    "ankle_rocks",
    "exercise",
    "Standing facing a wall with your hands on it, keep both heels down and rock your knees forward over your toes to a gentle stretch at the back of the ankle, then rock back.",
    [
      ["Hands on wall", [floor(F), ...wall(WALL_X, 14, F), ...start.shapes]],
      [
        "Knees over toes",
        [
          floor(F),
          ...wall(WALL_X, 14, F),
          ...rock.shapes,
          muscle(rock.j.knee, rock.j.ankle, 0.2, 0.75, 3.5, 3),
          ...arrow([rock.j.knee[0] - 26, rock.j.knee[1] - 10], [rock.j.knee[0] - 4, rock.j.knee[1] - 10]),
        ],
      ],
    ],
  );
})();

// ----- On the floor -----

const foamRoll = (() => {
  const frame = (at: number, hipX: number): Shape[] => {
    const fig0 = sideFigure(
      { torso: -118, head: -100, arm: [0, 0], leg: [-4, -4, -88], farLeg: [-48, 58, 0] },
      { joint: "hip", at: [hipX, F - 18] },
    );
    const hand: Pt = [fig0.j.hip[0] - 22, F - 4];
    const fig = sideFigureReaching(
      { torso: -118, head: -100, arm: [0, 0], leg: [-4, -4, -88], farLeg: [-48, 58, 0] },
      { joint: "hip", at: [hipX, F - 18] },
      hand,
      -1,
    );
    const onShin = lerp(fig.j.knee, fig.j.ankle, at);
    const r = 8;
    return [
      floor(F),
      ...roller([onShin[0], F - r - 1.5], r),
      ...fig.shapes,
      muscle(fig.j.knee, fig.j.ankle, 0.1, 0.7, 3.5, 3),
    ];
  };
  return picture(
    "foam_roll_calf",
    "exercise",
    "Sitting on the floor with hands behind you and a foam roller under one calf, lift your hips a little and roll slowly from just above the heel cord up toward the back of the knee, pausing on tender spots.",
    [
      ["Roller above the heel", [...frame(0.82, 40), ...arrow([112, 112], [80, 112])]],
      ["Roll up toward the knee", frame(0.18, 72)],
    ],
    40,
  );
})();

const heelWalking = (() => {
  const stand = sideFigure({ ...STAND, leg: [90, 90, -32] }, { joint: "heel", at: [84, F - 3] });
  const step = sideFigure(
    { torso: -88, arm: [112, 96], farArm: [68, 40], leg: [72, 96, -30], farLeg: [104, 100, -24] },
    { joint: "heel", at: [104, F - 3] },
  );
  const front = (fig: Figure) => muscle(fig.j.knee, fig.j.ankle, 0.1, 0.6, -3.5, 3);
  return picture(
    "heel_walking",
    "exercise",
    "Standing near a wall, lift the front of both feet so you stand on your heels with your toes pointing up, then walk forward with small steps, keeping your toes off the floor.",
    [
      ["On your heels, toes up", [floor(F), ...stand.shapes, front(stand)]],
      ["Small steps forward", [floor(F), ...step.shapes, front(step), ...arrow([138, 62], [180, 62])]],
    ],
  );
})();

/** A bridge: lying with knees bent (`up` lifts the hips in line with the knees); `farLeg` is the lifted leg. */
function bridge(up: boolean, lifted?: "bent" | "straight"): Figure {
  const heel: Pt = [150, F - 3];
  const pose: SidePose = up
    ? { torso: 156, head: 182, arm: [24, 0], leg: [-24, 88, 0] }
    : { ...CROOK, arm: [6, 2] };
  const thigh = pose.leg[0];
  const farLeg: SidePose["leg"] | undefined =
    lifted === "straight"
      ? [thigh, thigh, thigh - 90]
      : lifted === "bent"
        ? [thigh - 25, thigh + 70, thigh - 20]
        : undefined;
  return sideFigure({ ...pose, ...(farLeg ? { farLeg } : {}) }, { joint: "heel", at: heel });
}

function bridgeFrames(lifted?: "bent" | "straight"): [string, Shape[]][] {
  const down = bridge(false, lifted);
  const up = bridge(true, lifted);
  return [
    [
      lifted ? "One leg up, straight" : "Knees bent, feet flat",
      [
        floor(F),
        ...down.shapes,
        ...arrow([down.j.hip[0], down.j.hip[1] - 12], [down.j.hip[0], down.j.hip[1] - 40]),
      ],
    ],
    [
      "Hips up: straight line",
      [
        floor(F),
        ...up.shapes,
        muscleSpot([up.j.hip[0] - 1, up.j.hip[1] + 4], 6),
        muscle(up.j.hip, up.j.knee, 0.2, 0.85, 3.5, 3),
      ],
    ],
  ];
}

const gluteBridge = picture(
  "glute_bridge",
  "exercise",
  "Lying on your back with knees bent and feet flat, squeeze your buttocks and lift your hips until your body makes a straight line from shoulders to knees, pause, then lower slowly.",
  bridgeFrames(),
  LYING_TOP,
);

const singleBridge = picture(
  "single_leg_bridge",
  "exercise",
  "Lying on your back with knees bent, lift one foot and hold that leg straight in line with the other thigh, then push through the heel on the floor to lift your hips level with your knee, and lower slowly.",
  bridgeFrames("straight"),
  LYING_TOP,
);

/** Side-lying seen from the front, head on the left resting on the bottom arm. */
function sideLying(leg: SidePose["leg"], farLeg: SidePose["leg"], k?: SidePose["k"]): Figure {
  return sideFigure(
    {
      torso: 180,
      head: 190,
      faceOn: true,
      arm: [-6, 6],
      farArm: [172, 182],
      leg,
      farLeg,
      ...(k ? { k } : {}),
    },
    { joint: "hip", at: [104, F - 17] },
  );
}

const abduction = (() => {
  const down = sideLying([0, 0, -70], [14, 172, 196], { thigh: 1, shin: 0.8 });
  const up = sideLying([-24, -24, -100], [14, 172, 196], { thigh: 1, shin: 0.8 });
  return picture(
    "hip_abduction",
    "exercise",
    "Lying on your side with the bottom knee bent and the top leg straight in line with your body, lift the top leg slowly toward the ceiling, leading with the heel, then lower it slowly.",
    [
      ["Top leg straight", [floor(F), ...down.shapes]],
      [
        "Lift, heel leads",
        [
          floor(F),
          ...up.shapes,
          muscleSpot([up.j.hip[0] + 2, up.j.hip[1] - 6], 6),
          ...arrow([down.j.ankle[0] + 10, down.j.ankle[1] - 6], [up.j.ankle[0] + 12, up.j.ankle[1] - 4], 6),
        ],
      ],
    ],
    LYING_TOP - 20,
  );
})();

const clamshell = (() => {
  const k = { thigh: 0.85, shin: 0.85 };
  const shut = sideLying([4, 180, 196], [12, 178, 196], k);
  const open = sideLying([-42, 146, 196], [12, 178, 196], k);
  return picture(
    "hip_external_rotation",
    "exercise",
    "Lying on your side with hips and knees bent and heels together, your top hand on your top hip, lift the top knee like a clamshell opening while the heels stay together, then lower slowly.",
    [
      ["Heels together", [floor(F), ...shut.shapes]],
      [
        "Lift the top knee",
        [
          floor(F),
          ...open.shapes,
          muscleSpot([open.j.hip[0] + 2, open.j.hip[1] - 6], 6),
          ...arrow([shut.j.knee[0] + 12, shut.j.knee[1] - 4], [open.j.knee[0] + 12, open.j.knee[1] - 2], 5),
        ],
      ],
    ],
    LYING_TOP - 20,
  );
})();

/** The Copenhagen plank seen from the front, propped on the forearm, the top leg on a bench. */
function copenhagen(lifted: boolean, short: boolean): Shape[] {
  const torso = lifted ? 180 : 210;
  const legAngle = lifted ? 0 : short ? -37 : -18;
  const leg: SidePose["leg"] = short ? [legAngle, 22, 30] : [legAngle, legAngle, legAngle - 90];
  const farLeg: SidePose["leg"] = short
    ? lifted
      ? [62, 170, 180]
      : [14, 168, 180]
    : lifted
      ? [4, 4, -86]
      : [6, 2, -88];
  const fig = sideFigure(
    {
      torso,
      head: torso + 4,
      faceOn: true,
      arm: [90, 180],
      farArm: [torso - 214, torso - 140],
      leg,
      farLeg,
      k: { fore: 0.75 },
    },
    { joint: "elbow", at: [36, F - 5] },
  );
  const benchX: [number, number] = short
    ? [fig.j.knee[0] - 12, fig.j.knee[0] + 30]
    : [fig.j.ankle[0] - 22, fig.j.ankle[0] + 16];
  return [
    floor(F),
    ...bench(benchX[0], benchX[1], F - 25, F),
    ...fig.shapes,
    muscle(fig.j.hip, fig.j.knee, 0.15, 0.85, 3.5, 3),
    ...(lifted ? [] : arrow([fig.j.hip[0], fig.j.hip[1] - 12], [fig.j.hip[0], fig.j.hip[1] - 38])),
  ];
}

const copenhagenShort = picture(
  "copenhagen_plank_short_lever",
  "exercise",
  "Lying on your side propped on your forearm, with the inside of your top knee on a bench and the bottom leg bent underneath, press the knee down and lift your hips into a straight line from head to knee, and hold.",
  [
    ["Top knee on the bench", copenhagen(false, true)],
    ["Lift hips and hold", copenhagen(true, true)],
  ],
  LYING_TOP - 10,
);

const copenhagenLong = picture(
  "copenhagen_plank",
  "exercise",
  "Lying on your side propped on your forearm, with your top ankle and lower leg on a bench, press the top leg down and lift your hips into a straight line from head to feet, bringing the bottom leg up under the bench, and hold.",
  [
    ["Top ankle on the bench", copenhagen(false, false)],
    ["Lift hips and hold", copenhagen(true, false)],
  ],
  LYING_TOP - 10,
);

export const LEG_PICTURES: readonly Illustration[] = [
  rdl,
  calfDouble,
  calfBent,
  calfStraight,
  copenhagenShort,
  copenhagenLong,
  clamshell,
  gastroc,
  soleus,
  foamRoll,
  heelWalking,
  gluteBridge,
  singleBridge,
  goblet,
  abduction,
  sitToStand,
  walkRun,
  ankleRocks,
];

export { bridgeFrames, calfRaise, WALL_X };
