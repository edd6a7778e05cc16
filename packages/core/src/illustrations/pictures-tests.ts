/** Pictures of the self-tests (knowledge/self-tests.ts): the set-up and what to watch for. */
import { FLOOR, LYING_TOP, picture, SIT, STAND } from "./common.js";
import { arrow, chair, floor, line, muscle, note, wall, type Pt } from "./draw.js";
import { bridgeFrames, calfRaise, WALL_X } from "./pictures-legs.js";
import { plankFrames, sidePlank } from "./pictures-trunk.js";
import { sideFigure, sideFigureReaching, type SidePose } from "./pose.js";
import type { Illustration, Shape } from "./shapes.js";

const F = FLOOR;

const slump = (() => {
  const frame = (leg: SidePose["leg"], nerve: boolean): Shape[] => {
    const fig = sideFigure({ ...SIT, leg, farLeg: [0, 90, 0] }, { joint: "farHeel", at: [84, F - 3] });
    const j = fig.j;
    return [
      floor(F),
      ...chair(j.hip[0] + 24, j.hip[0] - 18, j.hip[1] + 8, F, j.hip[1] - 40),
      ...fig.shapes,
      ...(nerve
        ? [muscle(j.hip, j.knee, 0.2, 0.95, 3.5, 2.5), muscle(j.knee, j.ankle, 0.05, 0.8, 3.5, 2.5)]
        : []),
    ];
  };
  const straight = 12;
  const up = frame([0, straight, straight - 80], true);
  const drop = frame([0, straight, straight + 5], false);
  return picture(
    "slump",
    "self_test",
    "Sitting tall on a firm chair with your hands on your thighs, slowly straighten one knee and pull your toes up, noticing any tingle or pull down the back of the leg; then let the foot drop, toes pointing away, and notice whether it eases.",
    [
      ["Sit tall", frame([0, 90, 0], false)],
      ["Knee straight, toes up", [...up, ...arrow([170, 150], [186, 112], 4)]],
      ["Then let the foot drop", [...drop, ...arrow([178, 88], [194, 118], -4)]],
    ],
  );
})();

const calfTest = calfRaise(
  "calf_raise",
  "self_test",
  "Standing on one leg with the knee straight and your fingertips on a wall for balance only, rise onto the ball of the foot as high as you can and lower the heel all the way, counting full-height reps until you tire; then test the other leg.",
  "straight",
  ["One leg, heel down", "Full height, count reps"],
);

const heelWalk = (() => {
  const stand = sideFigureReaching(
    { ...STAND, leg: [90, 90, -32] },
    { joint: "heel", at: [96, F - 3] },
    [WALL_X - 5, 92],
    1,
  );
  const step = sideFigure(
    { torso: -88, arm: [112, 96], farArm: [68, 40], leg: [72, 96, -30], farLeg: [104, 100, -24] },
    { joint: "heel", at: [92, F - 3] },
  );
  return picture(
    "heel_walk",
    "self_test",
    "Standing barefoot beside a wall, lift the front of both feet to stand on your heels with toes up, then walk about ten steps forward and back, watching whether the front of one foot drops or slaps down.",
    [
      [
        "On your heels, toes up",
        [
          floor(F),
          ...wall(WALL_X, 14, F),
          ...stand.shapes,
          muscle(stand.j.knee, stand.j.ankle, 0.1, 0.6, -3.5, 3),
        ],
      ],
      [
        "10 steps there and back",
        [
          floor(F),
          ...step.shapes,
          muscle(step.j.knee, step.j.ankle, 0.1, 0.6, -3.5, 3),
          ...arrow([126, 62], [170, 62]),
          ...arrow([170, 78], [126, 78]),
        ],
      ],
    ],
  );
})();

const sidePlankTest = (() => {
  const [setUp, hold] = plankFrames(false);
  const knees = sidePlank(true, true);
  return picture(
    "side_plank_hold",
    "self_test",
    "Lying on your side with your elbow under your shoulder, lift your hips into a straight line from head to feet (or, easier, from head to bent knees) and time how long you hold it before the hips drop or twist.",
    [
      [setUp[0], setUp[1]],
      ["Hold, time it", [...hold[1], note([150, 90], "time the hold")]],
      ["Easier: from the knees", [floor(F), ...knees.shapes]],
    ],
    LYING_TOP - 10,
  );
})();

const bridgeTest = picture(
  "single_leg_bridge",
  "self_test",
  "Lying on your back with knees bent, lift one foot and straighten that leg with the thighs level, then push through the other heel to lift your hips into a straight line from shoulders to knee, counting full, level reps.",
  bridgeFrames("straight"),
  LYING_TOP,
);

const kneeToWall = (() => {
  const wallX = 172;
  const toe: Pt = [wallX - 13, F - 3];
  const lunge = (thigh: number, shin: number, back: number): ReturnType<typeof sideFigure> => {
    const pose: SidePose = { torso: -82, arm: [0, 0], leg: [thigh, shin, 0], farLeg: [back, back, 36] };
    return sideFigureReaching(pose, { joint: "toe", at: toe }, [wallX - 5, 70], 1);
  };
  const start = lunge(80, 100, 116);
  const touch = lunge(48, 124, 136);
  const dim = (y: number): Shape[] => [
    line(
      [
        [toe[0] + 3, y],
        [wallX - 3, y],
      ],
      "accent",
      2,
    ),
    line(
      [
        [toe[0] + 3, y - 3],
        [toe[0] + 3, y + 3],
      ],
      "accent",
      2,
    ),
    note([toe[0] - 14, y + 4], "cm"),
  ];
  return picture(
    "knee_to_wall",
    "self_test",
    "Facing a wall in a short lunge with the front foot's big toe a few centimetres from it, bend the front knee forward until it touches the wall while the heel stays flat; move the foot back until the knee only just touches, and measure toe to wall in centimetres.",
    [
      ["Toe a few cm from wall", [floor(F), ...wall(wallX, 14, F), ...start.shapes]],
      [
        "Knee to wall, heel down",
        [
          floor(F),
          ...wall(wallX, 14, F),
          ...touch.shapes,
          muscle(touch.j.knee, touch.j.ankle, 0.15, 0.75, 3.5, 3),
          ...arrow(
            [touch.j.knee[0] - 40, touch.j.knee[1] - 30],
            [touch.j.knee[0] - 9, touch.j.knee[1] - 13],
            -3,
          ),
          ...dim(F + 7),
        ],
      ],
    ],
  );
})();

const thoracicExtension = (() => {
  const frame = (back: boolean): Shape[] => {
    const pose: SidePose = back
      ? { ...SIT, torso: -104, bend: 6, head: -128 }
      : { ...SIT, torso: -90, head: -90 };
    const base = sideFigure(pose, { joint: "heel", at: [128, F - 3] });
    const behindHead: Pt = [base.j.head[0] - 8, base.j.head[1] + 2];
    const fig = sideFigureReaching(pose, { joint: "heel", at: [128, F - 3] }, behindHead, -1);
    const j = fig.j;
    return [
      floor(F),
      ...chair(j.hip[0] + 24, j.hip[0] - 9, j.hip[1] + 8, F, j.hip[1] - 30),
      ...fig.shapes,
      ...(back
        ? []
        : arrow([j.shoulder[0] + 16, j.shoulder[1] - 30], [j.shoulder[0] - 14, j.shoulder[1] - 42], 6)),
    ];
  };
  return picture(
    "thoracic_extension",
    "self_test",
    "Sitting with your back against a chair's backrest and your hands behind your head, elbows forward, gently lean back over the top of the backrest, lifting your chest toward the ceiling, then come back up; do 5 to 8 slow reps and recheck your shoulder.",
    [
      ["Hands behind head", frame(false)],
      ["Lean back over the chair", frame(true)],
    ],
  );
})();

const deepSquat = (() => {
  const up = sideFigure({ ...STAND, arm: [4, 0] }, { joint: "heel", at: [84, F - 3] });
  const low = sideFigure(
    { torso: -50, head: -68, arm: [-6, -4], leg: [-8, 124, 0] },
    { joint: "heel", at: [84, F - 3] },
  );
  return picture(
    "deep_squat",
    "self_test",
    "Standing barefoot with feet hip- to shoulder-width apart and arms reaching forward, squat as deep as is comfortable with your chest up, and check at the bottom whether your heels stay flat or lift.",
    [
      ["Arms forward", [floor(F), ...up.shapes]],
      [
        "Squat: heels flat?",
        [
          floor(F),
          ...low.shapes,
          muscle(low.j.knee, low.j.ankle, 0.1, 0.6, 3.5, 3),
          ...arrow([low.j.heel[0] - 24, F - 26], [low.j.heel[0] - 4, F - 8], 0),
          note([low.j.heel[0] - 40, F - 30], "heels?", "middle"),
        ],
      ],
    ],
  );
})();

export const SELF_TEST_PICTURES: readonly Illustration[] = [
  slump,
  calfTest,
  heelWalk,
  sidePlankTest,
  bridgeTest,
  kneeToWall,
  thoracicExtension,
  deepSquat,
];
