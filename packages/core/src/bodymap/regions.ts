/** The body map's drawing: a front and a back outline and the shapes of each region, as plain path data. */

/** The two views, drawn side by side. Each view's box is BODY_VIEW_WIDTH × BODY_VIEW_HEIGHT, y down. */
export const BODY_VIEWS = ["front", "back"] as const;
export type BodyView = (typeof BODY_VIEWS)[number];
export const BODY_VIEW_WIDTH = 100;
export const BODY_VIEW_HEIGHT = 222;

export const BODY_REGION_IDS = [
  "neck",
  "cervical_roots",
  "arm_nerves",
  "shoulders",
  "arms",
  "thoracic",
  "lumbar",
  "l5_s1",
  "sciatic",
  "abdominals",
  "hip_flexors",
  "pelvis",
  "glutes",
  "hamstrings",
  "quadriceps",
  "adductors",
  "knee",
  "peroneal",
  "shins",
  "calves",
  "ankle_foot",
  "saddle",
] as const;
export type BodyRegionId = (typeof BODY_REGION_IDS)[number];

/** Which side of the person a shape is on (not of the picture: on the front view the person's left is on the right). */
export type BodySide = "left" | "right" | "centre";

/**
 * One shape of a region. An "area" is filled (a muscle group); a "nerve" is a line along the nerve's course; a
 * "point" is a small marker (a nerve root leaving the spine, a nerve under the skin).
 */
export interface BodyRegionShape {
  view: BodyView;
  side: BodySide;
  kind: "area" | "nerve" | "point";
  /** SVG path data in the view's box (absolute M, L, C, Q, A, Z). */
  d: string;
  /** Where the chain's connecting line attaches: the middle of the shape. */
  anchor: { x: number; y: number };
  /** Where the step's number sits: beside the shape (outside the body where there is room), joined by a short line. */
  badge: { x: number; y: number };
}

export interface BodyRegion {
  id: BodyRegionId;
  /** The plain word, as a patient would say it. */
  name: string;
  /** The clinical words, shown beside the plain ones. */
  clinical?: string;
  shapes: readonly BodyRegionShape[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** An ellipse as path data (two arcs), so every shape is a path. */
function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  return `M ${r1(cx - rx)} ${r1(cy)} A ${rx} ${ry} 0 1 0 ${r1(cx + rx)} ${r1(cy)} A ${rx} ${ry} 0 1 0 ${r1(cx - rx)} ${r1(cy)} Z`;
}

/** A smooth line through points (Catmull-Rom turned into cubic Béziers); closed when asked. */
export function smoothBodyPath(points: readonly (readonly [number, number])[], closed: boolean): string {
  const n = points.length;
  const at = (i: number) => points[closed ? (i + n) % n : Math.max(0, Math.min(n - 1, i))]!;
  const first = at(0);
  let d = `M ${r1(first[0])} ${r1(first[1])}`;
  const segments = closed ? n : n - 1;
  for (let i = 0; i < segments; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C ${r1(c1[0]!)} ${r1(c1[1]!)} ${r1(c2[0]!)} ${r1(c2[1]!)} ${r1(p2[0])} ${r1(p2[1])}`;
  }
  return closed ? `${d} Z` : d;
}

const mirrorX = (x: number) => BODY_VIEW_WIDTH - x;
const mirrorPoints = (pts: readonly (readonly [number, number])[]) =>
  pts.map(([x, y]) => [mirrorX(x), y] as const);

/**
 * The silhouette's right half as seen (x ≥ 50): from the neck down the arm and back up its inside, down the
 * trunk and the leg to the foot, and up the inside of the leg to the crotch.
 */
const HALF: readonly (readonly [number, number])[] = [
  [54.5, 29],
  [55.5, 36],
  [62, 39.5],
  [69, 42],
  [73.5, 47],
  [75.5, 56],
  [77, 68],
  [78.5, 80],
  [80.5, 94],
  [82, 108],
  [83.5, 117],
  [82, 124],
  [79, 125.5],
  [77.5, 119],
  [76.5, 110],
  [74, 96],
  [71.5, 81],
  [69.5, 68],
  [67, 60],
  [65.5, 70],
  [63.5, 86],
  [66, 100],
  [68, 112],
  [67.5, 130],
  [65, 148],
  [63.5, 160],
  [64.5, 172],
  [62, 188],
  [60.5, 199],
  [62.5, 205],
  [64, 210],
  [58, 211.5],
  [54.5, 208],
  [54.5, 199],
  [53.5, 186],
  [53, 172],
  [53.5, 160],
  [52.5, 146],
  [51.5, 132],
  [50, 123],
];

/** The whole silhouette below the head: the right half, then the left half mirrored, walked back up. */
const SILHOUETTE = smoothBodyPath([...HALF.slice(0, -1), ...mirrorPoints(HALF).reverse().slice(0, -1)], true);
const HEAD = ellipse(50, 17.5, 10.5, 12.5);

/** Lines inside the outline that make each view read as front or back. */
export const BODY_VIEW_DETAIL: Readonly<Record<BodyView, readonly string[]>> = {
  front: [
    // Collarbones, the line between the abdominals, the groin creases, kneecaps.
    "M 40 41.5 Q 45 43.5 49 42.5",
    "M 60 41.5 Q 55 43.5 51 42.5",
    "M 50 66 L 50 100",
    "M 37 106 Q 43 114 49 121",
    "M 63 106 Q 57 114 51 121",
    ellipse(41.5, 158, 3, 3.5),
    ellipse(58.5, 158, 3, 3.5),
  ],
  back: [
    // The spine, the shoulder blades, the fold under the buttocks, the backs of the knees.
    "M 50 30 L 50 108",
    "M 39 46 Q 43 58 46 62",
    "M 61 46 Q 57 58 54 62",
    "M 42 121 Q 46 123.5 49.5 122",
    "M 58 121 Q 54 123.5 50.5 122",
    "M 38.5 157 L 45 157",
    "M 61.5 157 L 55 157",
  ],
};

export const BODY_OUTLINE: Readonly<Record<BodyView, readonly string[]>> = {
  front: [HEAD, SILHOUETTE],
  back: [HEAD, SILHOUETTE],
};

/** A shape drawn once in the middle; its number `dx` to the side. */
const centre = (
  view: BodyView,
  kind: BodyRegionShape["kind"],
  d: string,
  x: number,
  y: number,
  dx: number,
): BodyRegionShape => ({
  view,
  side: "centre",
  kind,
  d,
  anchor: { x, y },
  badge: { x: x + dx, y },
});

/**
 * A pair of shapes, given for the side drawn at x > 50: on the back view that is the person's right, on the front
 * view the person's left. The other side is its mirror image.
 */
function pair(
  view: BodyView,
  kind: BodyRegionShape["kind"],
  make: (m: (x: number) => number) => string,
  x: number,
  y: number,
  dx: number,
) {
  const same = (v: number) => v;
  const drawnRight: BodySide = view === "back" ? "right" : "left";
  const drawnLeft: BodySide = view === "back" ? "left" : "right";
  return [
    { view, side: drawnRight, kind, d: make(same), anchor: { x, y }, badge: { x: x + dx, y } },
    {
      view,
      side: drawnLeft,
      kind,
      d: make(mirrorX),
      anchor: { x: mirrorX(x), y },
      badge: { x: mirrorX(x + dx), y },
    },
  ] satisfies BodyRegionShape[];
}

const oval =
  (cx: number, cy: number, rx: number, ry: number) =>
  (m: (x: number) => number): string =>
    ellipse(m(cx), cy, rx, ry);
const line =
  (pts: readonly (readonly [number, number])[]) =>
  (m: (x: number) => number): string =>
    smoothBodyPath(
      pts.map(([x, y]) => [m(x), y] as const),
      false,
    );

export const BODY_REGIONS: readonly BodyRegion[] = [
  {
    id: "neck",
    name: "Neck",
    clinical: "cervical spine",
    shapes: [
      centre("front", "area", ellipse(50, 34, 5, 4.5), 50, 34, 11),
      centre("back", "area", ellipse(50, 34, 5.5, 5), 50, 34, 11),
    ],
  },
  {
    id: "cervical_roots",
    name: "Nerve roots in the neck",
    clinical: "cervical nerve roots",
    shapes: pair("back", "point", oval(53, 36, 1.8, 1.8), 53, 36, 9),
  },
  {
    id: "arm_nerves",
    name: "Nerves of the arm",
    clinical: "brachial plexus, median nerve",
    shapes: pair(
      "back",
      "nerve",
      line([
        [53, 36],
        [62, 41],
        [71, 49],
        [74, 64],
        [76.5, 82],
        [79, 100],
        [80.5, 118],
      ]),
      74,
      64,
      10,
    ),
  },
  {
    id: "shoulders",
    name: "Shoulder",
    clinical: "rotator cuff and shoulder blade",
    shapes: [
      ...pair("front", "area", oval(69, 48, 5.5, 7), 69, 48, 12),
      ...pair("back", "area", oval(66, 50, 7, 8), 66, 50, 14),
    ],
  },
  {
    id: "arms",
    name: "Arm and hand",
    clinical: "elbow, forearm and hand",
    shapes: [
      ...pair("front", "area", oval(78, 100, 3.2, 14), 78, 100, 9),
      ...pair("back", "area", oval(78, 100, 3.2, 14), 78, 100, 9),
    ],
  },
  {
    id: "thoracic",
    name: "Upper back",
    clinical: "thoracic spine",
    shapes: [centre("back", "area", ellipse(50, 57, 8.5, 17), 50, 57, 14)],
  },
  {
    id: "lumbar",
    name: "Lower back",
    clinical: "lumbar spine and its muscles (paraspinals)",
    shapes: [centre("back", "area", ellipse(50, 91, 10, 11.5), 50, 91, 16)],
  },
  {
    id: "l5_s1",
    name: "L5 and S1 nerve roots",
    clinical: "lumbar nerve roots L5 and S1",
    shapes: pair("back", "point", oval(53, 104, 1.9, 1.9), 53, 104, 9),
  },
  {
    id: "sciatic",
    name: "Sciatic nerve",
    clinical: "sciatic nerve, with its tibial and peroneal branches",
    shapes: pair(
      "back",
      "nerve",
      line([
        [53, 104],
        [56.5, 113],
        [57.5, 126],
        [58, 142],
        [58.5, 158],
        [58.5, 176],
        [57.5, 198],
      ]),
      58,
      142,
      11,
    ),
  },
  {
    id: "abdominals",
    name: "Tummy muscles",
    clinical: "abdominals",
    shapes: [centre("front", "area", ellipse(50, 84, 9.5, 16), 50, 84, 16)],
  },
  {
    id: "hip_flexors",
    name: "Front of the hip",
    clinical: "hip flexors (psoas, iliacus)",
    shapes: pair("front", "area", oval(58.5, 110, 5, 6.5), 58.5, 110, 11),
  },
  {
    id: "pelvis",
    name: "Pelvis",
    clinical: "pelvic tilt",
    shapes: [
      centre(
        "front",
        "area",
        "M 35.5 100 Q 50 96 64.5 100 Q 66 110 58 116 Q 50 122 42 116 Q 34 110 35.5 100 Z",
        50,
        106,
        -19,
      ),
    ],
  },
  {
    id: "glutes",
    name: "Buttock",
    clinical: "gluteal muscles (glutes), piriformis",
    shapes: pair("back", "area", oval(58.5, 112, 8, 8.5), 60, 112, 12),
  },
  {
    id: "hamstrings",
    name: "Back of the thigh",
    clinical: "hamstrings",
    shapes: pair("back", "area", oval(58.5, 139, 6, 14.5), 60.5, 139, 10),
  },
  {
    id: "quadriceps",
    name: "Front of the thigh",
    clinical: "quadriceps",
    shapes: pair("front", "area", oval(59.5, 136, 6, 14), 59.5, 136, 11),
  },
  {
    id: "adductors",
    name: "Groin and inner thigh",
    clinical: "adductors",
    shapes: pair("front", "area", oval(53.5, 131, 2.6, 9), 53.5, 131, -3.5),
  },
  {
    id: "knee",
    name: "Knee",
    shapes: [
      ...pair("front", "area", oval(58.5, 158, 5, 5.5), 58.5, 158, 12),
      ...pair("back", "area", oval(58.5, 157, 5, 4.5), 58.5, 157, 12),
    ],
  },
  {
    id: "peroneal",
    name: "Nerve at the outside of the knee",
    clinical: "common peroneal (fibular) nerve",
    shapes: pair(
      "front",
      "nerve",
      line([
        [63.5, 155],
        [63, 162],
        [60.5, 176],
        [58.5, 196],
      ]),
      63.5,
      160,
      8,
    ),
  },
  {
    id: "shins",
    name: "Front of the shin (the foot lifters)",
    clinical: "ankle dorsiflexors (tibialis anterior)",
    shapes: pair("front", "area", oval(58, 179, 3.4, 13), 58, 179, 10),
  },
  {
    id: "calves",
    name: "Calf",
    clinical: "gastrocnemius and soleus",
    shapes: pair("back", "area", oval(58.5, 174, 5, 12), 59, 174, 11),
  },
  {
    id: "ankle_foot",
    name: "Ankle and foot",
    clinical: "ankle, Achilles tendon and foot",
    shapes: [
      ...pair("front", "area", oval(58.5, 205, 4.5, 4.5), 58.5, 205, 11),
      ...pair("back", "area", oval(57.5, 202, 3.5, 6), 57.5, 202, 11),
    ],
  },
  {
    id: "saddle",
    name: "Saddle area",
    clinical: "perineum and inner buttocks",
    shapes: [
      centre("front", "area", ellipse(50, 122, 3.5, 4), 50, 122, -12),
      centre("back", "area", ellipse(50, 121, 4.5, 5), 50, 121, -12),
    ],
  },
];

export const BODY_REGION_BY_ID: ReadonlyMap<BodyRegionId, BodyRegion> = new Map(
  BODY_REGIONS.map((r) => [r.id, r]),
);

/** A region's words for a person: "Calf (gastrocnemius and soleus)". */
export function regionLabel(id: BodyRegionId): string {
  const r = BODY_REGION_BY_ID.get(id);
  if (!r) return id;
  return r.clinical ? `${r.name} (${r.clinical})` : r.name;
}
