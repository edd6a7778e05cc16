/** Pictures of the trunk, neck and shoulder exercises (knowledge/exercises-trunk.ts), start to end. */
import { CROOK, FLOOR, LYING_HIP, LYING_TOP, picture, SIT, STAND } from "./common.js";
import {
  arrow,
  ball,
  band,
  chair,
  filled,
  floor,
  line,
  muscle,
  muscleSpot,
  note,
  pillow,
  polar,
  wall,
  type Pt,
} from "./draw.js";
import { frontFigure, sideFigure, sideFigureReaching, type SidePose } from "./pose.js";
import type { Illustration, Shape } from "./shapes.js";

const F = FLOOR;

/** A walking stride: near leg forward on its heel, far leg pushing off behind, arms swinging opposite. */
const STRIDE: SidePose = {
  torso: -88,
  arm: [112, 96],
  farArm: [68, 40],
  leg: [70, 95, -12],
  farLeg: [108, 118, 30],
};
const STRIDE_OTHER: SidePose = {
  torso: -88,
  arm: [68, 40],
  farArm: [112, 96],
  leg: [108, 118, 30],
  farLeg: [70, 95, -12],
};

function walking(x: number): Shape[] {
  const a = sideFigure(STRIDE, { joint: "heel", at: [x, F - 3] });
  return [floor(F), ...a.shapes];
}

/** A chair seen from the side with its back on the left, for a figure sitting with its hip at `hip`. */
function chairUnder(hip: Pt, backTop = hip[1] - 40): Shape[] {
  return chair(hip[0] + 24, hip[0] - 18, hip[1] + 8, F, backTop);
}

/** Lying on the back with the calves on a chair seat (hips and knees at right angles). */
function calvesOnChair(hipX: number, arm: SidePose["arm"], farArm?: SidePose["arm"]) {
  const fig = sideFigure(
    { torso: 180, head: 184, arm, ...(farArm ? { farArm } : {}), leg: [-90, 0, -90] },
    { joint: "hip", at: [hipX, LYING_HIP] },
  );
  const seat = fig.j.knee[1] + 8;
  return { fig, props: [...chair(fig.j.knee[0] + 2, fig.j.ankle[0] + 10, seat, F, seat - 34)] };
}

const walkShortBouts = picture(
  "walk_short_bouts",
  "exercise",
  "A person walks tall at an easy pace on flat ground, arms swinging, taking short, normal-length steps.",
  [
    ["Walk tall", [...walking(80), ...arrow([118, 62], [160, 62])]],
    [
      "Short, easy steps",
      [
        floor(F),
        ...sideFigure(STRIDE_OTHER, { joint: "farHeel", at: [110, F - 3] }).shapes,
        ...arrow([146, 62], [188, 62]),
      ],
    ],
  ],
);

const sitting = (() => {
  const fig = sideFigure(SIT, { joint: "heel", at: [92, F - 3] });
  return [floor(F), ...chairUnder(fig.j.hip), ...fig.shapes];
})();

const positionChanges = picture(
  "position_changes",
  "exercise",
  "A person sitting on a chair stands up every twenty to thirty minutes and walks around for a couple of minutes before sitting down again.",
  [
    ["Sit (20 to 30 min)", [...sitting, note([150, 30], "every 20–30 min")]],
    [
      "Stand up and move",
      [
        floor(F),
        ...chair(48, 14, 130, F, 88),
        ...sideFigure(STRIDE, { joint: "heel", at: [100, F - 3] }).shapes,
        ...arrow([128, 62], [175, 62]),
      ],
    ],
  ],
);

const relief = (() => {
  const back = calvesOnChair(76, [6, 2]);
  const side = sideFigure(
    {
      torso: 180,
      head: 182,
      faceOn: true,
      arm: [-6, 6],
      farArm: [172, 182],
      leg: [-14, 170, 196],
      farLeg: [14, 186, 196],
      k: { thigh: 0.75, shin: 0.7 },
    },
    { joint: "hip", at: [112, F - 13] },
  );
  const front = sideFigure(
    { torso: -30, head: -38, arm: [90, 0], leg: [180, 180, 185] },
    { joint: "hip", at: [100, F - 7] },
  );
  return picture(
    "relief_positions",
    "exercise",
    "Three resting positions: on your back with your calves on a chair seat; on your side with a pillow between your bent knees; or, only if arching eases your pain, on your front propped on your elbows.",
    [
      ["Back, calves on a chair", [floor(F), ...back.props, ...back.fig.shapes]],
      [
        "Side, pillow at knees",
        [floor(F), ...side.shapes, pillow([side.j.knee[0] - 6, side.j.knee[1] + 9], 18, 9)],
      ],
      ["Front, on elbows", [floor(F), ...front.shapes]],
    ],
    LYING_TOP - 10,
  );
})();

const breathing = (() => {
  const frame = (inhale: boolean): Shape[] => {
    const { fig, props } = calvesOnChair(88, [28, -72], [18, -50]);
    const belly: Pt = [fig.j.hip[0] - 16, fig.j.hip[1] - 10];
    const ribs: Pt = [fig.j.hip[0] - 34, fig.j.hip[1] - 10];
    const arrows = inhale
      ? [
          ...arrow([belly[0] + 4, belly[1] - 6], [belly[0] + 4, belly[1] - 26]),
          ...arrow([ribs[0], ribs[1] - 6], [ribs[0], ribs[1] - 26]),
        ]
      : [...arrow([ribs[0] - 4, ribs[1] - 28], [ribs[0] + 14, ribs[1] - 12], -4)];
    return [
      floor(F),
      ...props,
      ...fig.shapes,
      muscle(fig.j.hip, fig.j.shoulder, 0.2, 0.75, 0, 3.5),
      ...arrows,
    ];
  };
  return picture(
    "breathing_90_90",
    "exercise",
    "Lying on your back with your calves on a chair and one hand on your ribs, one on your belly: breathe in so the belly and lower ribs widen, then breathe out slowly for longer, letting the ribs sink.",
    [
      ["Breathe in: widen", frame(true)],
      ["Breathe out: longer", frame(false)],
    ],
    LYING_TOP - 20,
  );
})();

const pelvicTilts = (() => {
  const frame = (flatten: boolean): Shape[] => {
    const fig = sideFigure({ ...CROOK, bend: flatten ? -1 : 4 }, { joint: "hip", at: [118, LYING_HIP] });
    const h = fig.j.hip;
    return [
      floor(F),
      ...fig.shapes,
      ...(flatten
        ? [
            muscle(h, fig.j.shoulder, 0.05, 0.55, 3, 3.5),
            ...arrow([h[0] + 4, h[1] - 30], [h[0] - 14, h[1] - 14], 5),
          ]
        : [...arrow([h[0] - 14, h[1] - 30], [h[0] + 6, h[1] - 16], -5)]),
    ];
  };
  return picture(
    "pelvic_tilts",
    "exercise",
    "Lying on your back with knees bent and feet flat, tip the pelvis to flatten the low back onto the floor, then tip it the other way so a small arch forms under the low back.",
    [
      ["Flatten the low back", frame(true)],
      ["Then a small arch", frame(false)],
    ],
    LYING_TOP,
  );
})();

const curlUp = (() => {
  const pose: SidePose = { ...CROOK, arm: [14, -14], farLeg: [0, 0, -88] };
  const start = sideFigure(pose, { joint: "hip", at: [112, LYING_HIP] });
  const up = sideFigure(
    { ...pose, torso: 190, head: 196, arm: [20, -10] },
    { joint: "hip", at: [112, LYING_HIP] },
  );
  return picture(
    "curl_up",
    "exercise",
    "Lying on your back with one knee bent, the other leg straight and your hands under the small of your back, lift your head and shoulders just off the floor as one unit and hold.",
    [
      ["Hands under low back", [floor(F), ...start.shapes]],
      [
        "Lift head and shoulders",
        [
          floor(F),
          ...up.shapes,
          muscle(up.j.hip, up.j.shoulder, 0.15, 0.7, 4, 3.5),
          ...arrow([up.j.head[0] + 4, up.j.head[1] - 16], [up.j.head[0] + 4, up.j.head[1] - 38]),
        ],
      ],
    ],
    LYING_TOP,
  );
})();

/** A side plank seen from the front, propped on the forearm with the head on the left. */
export function sidePlank(lifted: boolean, knees: boolean) {
  const torso = lifted ? (knees ? 198 : 192) : 210;
  const along = torso - 180;
  const leg: SidePose["leg"] = knees
    ? lifted
      ? [along, -38, -40]
      : [6, -40, -42]
    : lifted
      ? [along, along, along - 90]
      : [4, 4, -86];
  const fig = sideFigure(
    {
      torso,
      head: torso + 4,
      faceOn: true,
      arm: [90, 180],
      farArm: [along - 34, along + 40],
      leg,
      k: { fore: 0.75 },
    },
    { joint: "elbow", at: [42, F - 5] },
  );
  return fig;
}

export function plankFrames(knees: boolean): [[string, Shape[]], [string, Shape[]]] {
  const down = sidePlank(false, knees);
  const up = sidePlank(true, knees);
  return [
    [
      "Set up on your elbow",
      [
        floor(F),
        ...down.shapes,
        ...arrow([down.j.hip[0], down.j.hip[1] - 14], [down.j.hip[0], down.j.hip[1] - 40]),
      ],
    ],
    [
      "Lift hips: straight line",
      [floor(F), ...up.shapes, muscle(up.j.hip, up.j.shoulder, 0.1, 0.7, -4, 3.5)],
    ],
  ];
}

const sidePlankFeet = picture(
  "side_plank",
  "exercise",
  "Lying on your side propped on your forearm with legs straight, lift your hips until your body is a straight line from head to feet, and hold.",
  plankFrames(false),
  LYING_TOP - 10,
);

const sidePlankKnees = picture(
  "side_plank_knees",
  "exercise",
  "Lying on your side propped on your forearm with your knees bent behind you, lift your hips until your body is a straight line from head to knees, and hold.",
  plankFrames(true),
  LYING_TOP - 10,
);

const birdDog = (() => {
  const base: SidePose = { torso: -17, head: -8, arm: [90, 90], leg: [90, 180, 185], scale: 0.9 };
  const start = sideFigure(base, { joint: "hip", at: [90, F - 38] });
  const reach = sideFigure(
    { ...base, arm: [-10, -10], farArm: [90, 90], farLeg: [172, 172, 172] },
    { joint: "hip", at: [90, F - 38] },
  );
  return picture(
    "bird_dog",
    "exercise",
    "On hands and knees with the back level, slowly reach one arm forward and the opposite leg back until both are in line with the body, without the back arching or the hips twisting.",
    [
      ["On all fours", [floor(F), ...start.shapes]],
      [
        "Reach arm and other leg",
        [
          floor(F),
          ...reach.shapes,
          ...arrow([reach.j.hand[0] - 30, reach.j.hand[1] - 14], [reach.j.hand[0], reach.j.hand[1] - 14]),
          ...arrow(
            [reach.j.farToe[0] + 28, reach.j.farToe[1] - 14],
            [reach.j.farToe[0], reach.j.farToe[1] - 14],
          ),
        ],
      ],
    ],
  );
})();

const abdominalBracing = (() => {
  const fig = sideFigure({ ...CROOK, arm: [24, -40] }, { joint: "hip", at: [118, LYING_HIP] });
  const belly: Pt = [fig.j.hip[0] - 14, fig.j.hip[1] - 8];
  return picture(
    "abdominal_bracing",
    "exercise",
    "Lying on your back with knees bent and fingertips just inside your hip bones, gently tighten your stomach and hold while you keep breathing.",
    [
      ["Fingertips on stomach", [floor(F), ...fig.shapes]],
      [
        "Tighten, keep breathing",
        [
          floor(F),
          ...fig.shapes,
          muscle(fig.j.hip, fig.j.shoulder, 0.05, 0.6, 3, 3.5),
          ...arrow([belly[0] - 12, belly[1] - 34], [belly[0] - 10, belly[1] - 12]),
          ...arrow([belly[0] + 12, belly[1] - 34], [belly[0] + 6, belly[1] - 12]),
        ],
      ],
    ],
    LYING_TOP,
  );
})();

const slumpGlide = (() => {
  const frame = (straight: boolean): Shape[] => {
    const fig = sideFigure(
      { ...SIT, leg: straight ? [0, 30, 60] : [0, 92, -18], farLeg: [0, 90, 0] },
      { joint: "farHeel", at: [92, F - 3] },
    );
    const j = fig.j;
    return [
      floor(F),
      ...chairUnder(j.hip),
      ...fig.shapes,
      muscle(j.hip, j.knee, 0.25, 0.85, -3, 2.5),
      muscle(j.knee, j.ankle, 0.15, 0.6, -3, 2.5),
      ...(straight
        ? arrow([j.knee[0] + 8, j.knee[1] - 16], [j.toe[0] + 6, j.toe[1] - 16], 4)
        : arrow([j.toe[0] + 22, j.toe[1] - 30], [j.toe[0] + 10, j.toe[1] - 10], 4)),
    ];
  };
  return picture(
    "slump_nerve_glide",
    "exercise",
    "Sitting tall on a chair, slowly straighten one knee a little while pointing the toes down, then bend the knee back while pulling the toes up, moving smoothly between the two.",
    [
      ["Knee out, toes down", frame(true)],
      ["Knee back, toes up", frame(false)],
    ],
  );
})();

const medianGlide = (() => {
  const frame = (away: boolean): Shape[] => {
    const fig = frontFigure(
      {
        head: away ? -68 : -112,
        leftArm: [180, 180, 90],
        rightArm: [97, 92],
        leftLeg: [94, 90, 160],
        rightLeg: [86, 90, 20],
      },
      [118, F - 80],
    );
    const h = fig.j.head;
    return [
      floor(F),
      ...fig.shapes,
      muscle(fig.j.left.elbow, fig.j.left.wrist, 0.1, 0.85, 3, 3),
      ...(away
        ? arrow([h[0] + 4, h[1] - 20], [h[0] + 26, h[1] - 6], -6)
        : arrow([h[0] - 2, h[1] - 20], [h[0] - 24, h[1] - 6], 6)),
    ];
  };
  return picture(
    "median_nerve_glide",
    "exercise",
    "Standing tall with one arm out to the side at shoulder height, palm up and the wrist bent back so the fingers point down, tilt your head away from the arm, then back toward it.",
    [
      ["Tilt head away", frame(true)],
      ["Tilt head toward arm", frame(false)],
    ],
  );
})();

/** A dowel held along the back, touching the head, between the shoulder blades and the tailbone. */
function dowel(hip: Pt, torso: number): Shape {
  const back = torso - 90;
  const a = polar(polar(hip, torso, -14), back, 10);
  const b = polar(polar(hip, torso, 84), back, 10);
  return band([a, b], 3.5);
}

/** A figure holding the dowel: the near hand at the small of the back, the far hand behind the neck. */
function holdingDowel(pose: SidePose, heel: Pt) {
  const place = { joint: "heel" as const, at: heel };
  const base = sideFigure(pose, place);
  const back = pose.torso - 90;
  const low = polar(polar(base.j.hip, pose.torso, 14), back, 10);
  const high = polar(polar(base.j.hip, pose.torso, 50), back, 10);
  return sideFigureReaching(pose, place, low, -1, high);
}

const hipHinge = (() => {
  const up = holdingDowel({ ...STAND }, [88, F - 3]);
  const down = holdingDowel({ torso: -38, head: -34, arm: [0, 0], leg: [76, 102, 0] }, [110, F - 3]);
  return picture(
    "hip_hinge",
    "exercise",
    "Standing with a stick along your back touching your head, upper back and tailbone, unlock your knees and push your hips back so your chest tips forward with the back flat, keeping all three points on the stick.",
    [
      ["Stick along the back", [floor(F), dowel(up.j.hip, -90), ...up.shapes]],
      [
        "Push hips back",
        [
          floor(F),
          dowel(down.j.hip, -38),
          ...down.shapes,
          muscle(down.j.hip, down.j.knee, 0.15, 0.8, -3.5, 3),
          ...arrow([down.j.hip[0] - 8, down.j.hip[1] + 22], [down.j.hip[0] - 34, down.j.hip[1] + 22]),
        ],
      ],
    ],
  );
})();

const openBook = (() => {
  const pose: SidePose = { torso: 0, head: 0, arm: [90, 90], leg: [90, 180, 160] };
  const mat: Shape = {
    kind: "path",
    d: "M16 36 L190 36 L190 164 L16 164 Z",
    ink: "ground",
    width: 2,
  };
  const start = sideFigure(pose, { joint: "hip", at: [120, 92], mirror: true });
  const open = sideFigure(
    { ...pose, arm: [-90, -90], farArm: [90, 90], faceOn: true },
    { joint: "hip", at: [120, 92], mirror: true },
  );
  const s = open.j.shoulder;
  return picture(
    "thoracic_mobility",
    "exercise",
    "Seen from above: lying on your side with knees bent up and both arms straight out in front, sweep the top arm up and over to open the chest toward the ceiling, following the hand with your eyes.",
    [
      ["Arms together in front", [mat, ...start.shapes]],
      [
        "Open the top arm over",
        [mat, ...open.shapes, ...arrow([s[0] + 22, s[1] + 44], [s[0] + 22, s[1] - 44], 26)],
      ],
    ],
    20,
  );
})();

/** Seen from above, sitting on a chair: thighs forward, arms crossed, the shoulders turned by `turn` degrees. */
function seatedFromAbove(turn: number): Shape[] {
  const c: Pt = [100, 86];
  const rot = (p: Pt): Pt => {
    const a = (turn * Math.PI) / 180;
    const dx = p[0] - c[0];
    const dy = p[1] - c[1];
    return [c[0] + dx * Math.cos(a) - dy * Math.sin(a), c[1] + dx * Math.sin(a) + dy * Math.cos(a)];
  };
  const seat: Shape = { kind: "path", d: "M62 70 L138 70 L138 140 L62 140 Z", ink: "prop", width: 3 };
  const shL = rot([72, 86]);
  const shR = rot([128, 86]);
  return [
    seat,
    line(
      [
        [88, 92],
        [92, 152],
      ],
      "figure",
      9,
    ),
    line(
      [
        [112, 92],
        [108, 152],
      ],
      "figure",
      9,
    ),
    line(
      [
        [84, 92],
        [116, 92],
      ],
      "muted",
      12,
    ),
    line([shL, rot([104, 104]), rot([118, 96])], "figure", 7),
    line([shR, rot([96, 104]), rot([82, 96])], "figure", 7),
    line([shL, shR], "figure", 12),
    { kind: "circle", cx: c[0], cy: c[1], r: 12, ink: "figure", width: 1, fill: "figure" },
    filled([rot([100, 103]), rot([94, 96]), rot([106, 96])], "figure"),
  ];
}

const seatedRotation = picture(
  "thoracic_rotation_seated",
  "exercise",
  "Seen from above: sitting tall on a chair with arms crossed over your chest, turn your upper body slowly to one side while your hips and knees stay still, then come back to the middle.",
  [
    ["From above: face front", [...seatedFromAbove(0), note([100, 26], "seen from above")]],
    [
      "Turn the upper body",
      [...seatedFromAbove(-35), ...arrow([150, 100], [118, 140], -8), note([100, 26], "seen from above")],
    ],
  ],
);

const pallof = (() => {
  const base: SidePose = { torso: -90, arm: [110, -30], leg: [0, 90, 0], farLeg: [90, 180, 185] };
  const frame = (pressed: boolean): Shape[] => {
    const fig = sideFigure(pressed ? { ...base, arm: [8, 0] } : base, { joint: "hip", at: [96, F - 42] });
    const anchor: Pt = [30, fig.j.shoulder[1] + 10];
    return [
      floor(F),
      line(
        [
          [30, F],
          [30, 40],
        ],
        "ground",
        5,
      ),
      ...fig.shapes,
      band([anchor, fig.j.wrist]),
      muscle(fig.j.hip, fig.j.shoulder, 0.1, 0.65, 0, 3.5),
      ...(pressed
        ? []
        : arrow([fig.j.wrist[0] + 12, fig.j.wrist[1] - 10], [fig.j.wrist[0] + 46, fig.j.wrist[1] - 10])),
    ];
  };
  return picture(
    "pallof_press",
    "exercise",
    "Half-kneeling side-on to a band anchored at chest height, hold the handle at your chest, then press it straight out in front without letting your body turn toward the anchor.",
    [
      ["Hands at chest, brace", frame(false)],
      ["Press out, do not turn", frame(true)],
    ],
  );
})();

/** A head-and-shoulders view for neck exercises: the torso to the waist, the head glided by `glide`. */
function bust(glide: number): { shapes: Shape[]; head: Pt } {
  const shoulder: Pt = [96, 116];
  const neckTop: Pt = [shoulder[0] + 8 + glide, 86];
  const head: Pt = [neckTop[0] + 2, 66];
  return {
    head,
    shapes: [
      line([[90, 176], shoulder], "figure", 22),
      line([shoulder, neckTop], "figure", 12),
      { kind: "circle", cx: head[0], cy: head[1], r: 19, ink: "figure", width: 1, fill: "figure" },
      filled(
        [
          [head[0] + 25, head[1] + 2],
          [head[0] + 15, head[1] - 6],
          [head[0] + 16, head[1] + 8],
        ],
        "figure",
      ),
      line([shoulder, [104, 148], [118, 170]], "figure", 10),
    ],
  };
}

const chinTucks = (() => {
  const start = bust(10);
  const tucked = bust(-6);
  const guide = line(
    [
      [start.head[0], 28],
      [start.head[0], 110],
    ],
    "ground",
    1.5,
    true,
  );
  return picture(
    "chin_tucks",
    "exercise",
    "Sitting or standing tall and looking straight ahead, glide your head straight back to make a double chin, without tipping it up or down, then relax.",
    [
      ["Look straight ahead", [guide, ...start.shapes]],
      [
        "Glide head back",
        [
          guide,
          ...tucked.shapes,
          muscle([tucked.head[0] + 4, 112], [tucked.head[0] + 10, 84], 0.05, 0.95, 0, 3),
          ...arrow([tucked.head[0] + 54, 40], [tucked.head[0] + 24, 40]),
        ],
      ],
    ],
  );
})();

const pullApart = (() => {
  const legs = { leftLeg: [94, 90, 160] as const, rightLeg: [86, 90, 20] as const };
  const front = frontFigure(
    { ...legs, leftArm: [96, 80], rightArm: [84, 100], k: { upper: 0.5, fore: 0.4 } },
    [100, F - 80],
  );
  const wide = frontFigure({ ...legs, leftArm: [180, 180], rightArm: [0, 0] }, [100, F - 80]);
  return picture(
    "band_pull_apart",
    "exercise",
    "Standing tall holding a light band in both hands, arms straight in front at shoulder height, pull the band apart by moving your hands out to the sides until it touches your chest, then return slowly.",
    [
      [
        "Arms in front, band",
        [floor(F), ...front.shapes, band([front.j.left.wrist, front.j.right.wrist], 3)],
      ],
      [
        "Pull apart to the chest",
        [
          floor(F),
          ...wide.shapes,
          band([wide.j.left.wrist, wide.j.right.wrist], 3),
          muscleSpot(wide.j.leftShoulder, 5),
          muscleSpot(wide.j.rightShoulder, 5),
          ...arrow(
            [wide.j.left.wrist[0] + 22, wide.j.left.wrist[1] - 16],
            [wide.j.left.wrist[0] - 4, wide.j.left.wrist[1] - 16],
          ),
          ...arrow(
            [wide.j.right.wrist[0] - 22, wide.j.right.wrist[1] - 16],
            [wide.j.right.wrist[0] + 4, wide.j.right.wrist[1] - 16],
          ),
        ],
      ],
    ],
  );
})();

const wallSlides = (() => {
  const low = sideFigure({ ...STAND, arm: [0, -90], scale: 0.85 }, { joint: "heel", at: [80, F - 3] });
  const wallX = low.j.elbow[0] + 7;
  const high = sideFigure({ ...STAND, arm: [-52, -66], scale: 0.85 }, { joint: "heel", at: [80, F - 3] });
  const frame = (fig: typeof low, up: boolean): Shape[] => [
    floor(F),
    ...wall(wallX, 8, F),
    ...fig.shapes,
    muscle(fig.j.hip, fig.j.shoulder, 0.45, 0.9, 0, 3),
    ...(up ? [] : arrow([wallX - 14, fig.j.wrist[1] + 30], [wallX - 14, fig.j.wrist[1] - 4])),
  ];
  return picture(
    "wall_slides",
    "exercise",
    "Standing facing a wall with your forearms on it and elbows at shoulder height, slide your forearms up the wall as far as is comfortable, then slowly back down.",
    [
      ["Forearms on the wall", frame(low, false)],
      ["Slide up", frame(high, true)],
    ],
  );
})();

const externalRotation = (() => {
  const frame = (up: boolean) => {
    const fig = sideFigure(
      {
        torso: 180,
        head: 186,
        faceOn: true,
        arm: up ? [-12, -90] : [-12, 80],
        farArm: [172, 182],
        leg: [2, 2, -90],
        k: up ? {} : { fore: 0.55 },
      },
      { joint: "hip", at: [112, F - 12] },
    );
    const towel = ball([fig.j.elbow[0], fig.j.elbow[1] + 6], 4.5);
    return [
      floor(F),
      towel,
      ...fig.shapes,
      muscleSpot(fig.j.shoulder, 5),
      ...(up
        ? []
        : arrow([fig.j.elbow[0] + 22, fig.j.elbow[1] + 4], [fig.j.elbow[0] + 4, fig.j.elbow[1] - 34], 12)),
    ];
  };
  return picture(
    "sidelying_external_rotation",
    "exercise",
    "Lying on your side with a rolled towel between your top elbow and your side and the forearm across your stomach, rotate the forearm up toward the ceiling, keeping the elbow on the towel, then lower slowly.",
    [
      ["Forearm across stomach", frame(false)],
      ["Turn forearm up", frame(true)],
    ],
    LYING_TOP - 20,
  );
})();

export const TRUNK_PICTURES: readonly Illustration[] = [
  walkShortBouts,
  positionChanges,
  relief,
  breathing,
  pelvicTilts,
  curlUp,
  sidePlankFeet,
  sidePlankKnees,
  birdDog,
  abdominalBracing,
  slumpGlide,
  medianGlide,
  hipHinge,
  openBook,
  seatedRotation,
  pallof,
  chinTucks,
  pullApart,
  wallSlides,
  externalRotation,
];
