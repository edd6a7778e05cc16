/**
 * The figure: a side-view body (or a front view) posed by the angle of each segment, drawn in thick rounded strokes,
 * the far-side limbs in muted ink behind it. Angles are degrees in the frame: 0 points right, 90 points down.
 */
import { add, filled, line, polar, round, STROKE, type Pt } from "./draw.js";
import type { Shape } from "./shapes.js";

/** Segment lengths of the figure at scale 1 (a standing figure is about 150 units tall). */
export const BODY = {
  headR: 10,
  neck: 5,
  torso: 46,
  upperArm: 27,
  forearm: 26,
  thigh: 38,
  shin: 37,
  shoulderHalf: 14,
  hipHalf: 8,
} as const;

/** Upper arm and forearm angles, and optionally a hand. */
export type Arm = readonly [upper: number, fore: number, hand?: number];
/** Thigh, shin and foot (sole, heel to toe) angles. */
export type Leg = readonly [thigh: number, shin: number, foot: number];

/** A side view, facing right unless mirrored: the front of the body is 90° clockwise from hip → shoulder. */
export interface SidePose {
  /** Angle of hip → shoulder: -90 upright, 180 lying on the back with the head on the left. */
  torso: number;
  /** How far the spine bows: positive arches (belly side out), negative rounds the back. */
  bend?: number;
  /** Angle of shoulder → head; defaults to the torso's. */
  head?: number;
  arm: Arm;
  leg: Leg;
  /** The far-side arm and leg, drawn muted behind the body; left out when they hide behind the near ones. */
  farArm?: Arm;
  farLeg?: Leg;
  scale?: number;
  /** Foreshortening: segment length factors, for limbs that point towards the viewer. */
  k?: { upper?: number; fore?: number; thigh?: number; shin?: number };
  /** Leave out the nose when the face points at the viewer. */
  faceOn?: boolean;
}

/** A front view: the image-left limbs (the person's right side) and the image-right limbs. */
export interface FrontPose {
  torso?: number;
  head?: number;
  leftArm: Arm;
  rightArm: Arm;
  leftLeg: Leg;
  rightLeg: Leg;
  scale?: number;
  k?: SidePose["k"];
}

export type Joint =
  | "hip"
  | "shoulder"
  | "head"
  | "elbow"
  | "wrist"
  | "hand"
  | "knee"
  | "ankle"
  | "heel"
  | "toe"
  | "farElbow"
  | "farWrist"
  | "farHand"
  | "farKnee"
  | "farAnkle"
  | "farHeel"
  | "farToe"
  | "spineMid";

export type Joints = Record<Joint, Pt>;

export interface Figure {
  /** Where each joint ended up in the frame (for props, muscles and arrows). */
  j: Joints;
  shapes: Shape[];
}

/** Where to put the figure: a joint at a point; `mirror` turns it to face left. */
export interface Placement {
  joint: Joint;
  at: Pt;
  mirror?: boolean;
}

interface Limbs {
  elbow: Pt;
  wrist: Pt;
  hand: Pt;
  knee: Pt;
  ankle: Pt;
  heel: Pt;
  toe: Pt;
}

function limbsOf(shoulder: Pt, hip: Pt, arm: Arm, leg: Leg, s: number, k: SidePose["k"] = {}): Limbs {
  const elbow = polar(shoulder, arm[0], BODY.upperArm * s * (k.upper ?? 1));
  const wrist = polar(elbow, arm[1], BODY.forearm * s * (k.fore ?? 1));
  const hand = arm[2] === undefined ? wrist : polar(wrist, arm[2], 9 * s);
  const knee = polar(hip, leg[0], BODY.thigh * s * (k.thigh ?? 1));
  const ankle = polar(knee, leg[1], BODY.shin * s * (k.shin ?? 1));
  // The foot in its own frame: the heel a little behind and below the ankle, the toe well in front.
  const footPoint = (u: number, v: number): Pt =>
    add(polar(ankle, leg[2], u * s), polar([0, 0], leg[2] + 90, v * s));
  return { elbow, wrist, hand, knee, ankle, heel: footPoint(-4, 5), toe: footPoint(14, 5) };
}

function transform(points: Record<string, Pt>, place: Placement): (p: Pt) => Pt {
  const anchor = points[place.joint];
  if (!anchor) throw new Error(`no joint ${place.joint}`);
  const m = place.mirror ? -1 : 1;
  return (p: Pt) => [round(place.at[0] + (p[0] - anchor[0]) * m), round(place.at[1] + (p[1] - anchor[1]))];
}

function mapJoints(raw: Record<Joint, Pt>, f: (p: Pt) => Pt): Joints {
  const out = {} as Record<Joint, Pt>;
  for (const k of Object.keys(raw) as Joint[]) out[k] = f(raw[k]);
  return out;
}

function legShapes(
  hip: Pt,
  l: Pick<Limbs, "knee" | "ankle" | "heel" | "toe">,
  ink: "figure" | "muted",
  s: number,
) {
  return [line([hip, l.knee, l.ankle], ink, STROKE.limb * s), filled([l.ankle, l.heel, l.toe], ink, 5 * s)];
}

function armShapes(
  shoulder: Pt,
  l: Pick<Limbs, "elbow" | "wrist" | "hand">,
  ink: "figure" | "muted",
  s: number,
) {
  const pts: Pt[] = [shoulder, l.elbow, l.wrist];
  if (l.hand !== l.wrist) pts.push(l.hand);
  return [line(pts, ink, STROKE.limb * s)];
}

function headShapes(centre: Pt, front: number | undefined, s: number): Shape[] {
  const r = BODY.headR * s;
  const shapes: Shape[] = [
    { kind: "circle", cx: centre[0], cy: centre[1], r, ink: "figure", width: 1, fill: "figure" },
  ];
  if (front !== undefined) {
    // A small nose shows which way the face points.
    const tip = polar(centre, front, r + 4 * s);
    shapes.push(
      filled([tip, polar(centre, front - 28, r - 1), polar(centre, front + 28, r - 1)], "figure", 1),
    );
  }
  return shapes;
}

/** Poses a side-view figure and places it in the frame. */
export function sideFigure(pose: SidePose, place: Placement): Figure {
  const s = pose.scale ?? 1;
  const hip: Pt = [0, 0];
  const shoulder = polar(hip, pose.torso, BODY.torso * s);
  const headAngle = pose.head ?? pose.torso;
  const head = polar(shoulder, headAngle, (BODY.neck + BODY.headR) * s);
  const bend = pose.bend ?? 0;
  const mid: Pt = [(hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2];
  const spineMid = polar(mid, pose.torso + 90, bend);
  const near = limbsOf(shoulder, hip, pose.arm, pose.leg, s, pose.k);
  const far = limbsOf(shoulder, hip, pose.farArm ?? pose.arm, pose.farLeg ?? pose.leg, s, pose.k);
  const raw: Record<Joint, Pt> = {
    hip,
    shoulder,
    head,
    spineMid,
    ...near,
    farElbow: far.elbow,
    farWrist: far.wrist,
    farHand: far.hand,
    farKnee: far.knee,
    farAnkle: far.ankle,
    farHeel: far.heel,
    farToe: far.toe,
  };
  const f = transform(raw, place);
  const j = mapJoints(raw, f);
  const fl = (k: "Elbow" | "Wrist" | "Hand" | "Knee" | "Ankle" | "Heel" | "Toe") => j[`far${k}`];
  const shapes: Shape[] = [];
  if (pose.farLeg)
    shapes.push(
      ...legShapes(
        j.hip,
        { knee: fl("Knee"), ankle: fl("Ankle"), heel: fl("Heel"), toe: fl("Toe") },
        "muted",
        s,
      ),
    );
  if (pose.farArm)
    shapes.push(
      ...armShapes(j.shoulder, { elbow: fl("Elbow"), wrist: fl("Wrist"), hand: fl("Hand") }, "muted", s),
    );
  // The spine: a straight or gently bowed thick stroke from hip to shoulder, the control point twice the bow out.
  const control = polar(mid, pose.torso + 90, bend * 2);
  const torsoD =
    bend === 0
      ? `M${j.hip[0]} ${j.hip[1]} L${j.shoulder[0]} ${j.shoulder[1]}`
      : `M${j.hip[0]} ${j.hip[1]} Q${f(control)[0]} ${f(control)[1]} ${j.shoulder[0]} ${j.shoulder[1]}`;
  shapes.push({ kind: "path", d: torsoD, ink: "figure", width: STROKE.torso * s });
  const front = polar(head, headAngle + 90, 1);
  const frontAngle = (Math.atan2(f(front)[1] - j.head[1], f(front)[0] - j.head[0]) * 180) / Math.PI;
  shapes.push(...headShapes(j.head, pose.faceOn ? undefined : frontAngle, s));
  shapes.push(...legShapes(j.hip, j, "figure", s));
  shapes.push(...armShapes(j.shoulder, j, "figure", s));
  return { j, shapes };
}

export interface FrontFigure {
  j: {
    pelvis: Pt;
    neck: Pt;
    head: Pt;
    leftShoulder: Pt;
    rightShoulder: Pt;
    leftHip: Pt;
    rightHip: Pt;
    left: Limbs;
    right: Limbs;
  };
  shapes: Shape[];
}

/** Poses a front-view figure with its pelvis at `pelvis`. */
export function frontFigure(pose: FrontPose, pelvis: Pt): FrontFigure {
  const s = pose.scale ?? 1;
  const t = pose.torso ?? -90;
  const neck = polar(pelvis, t, BODY.torso * s);
  const head = polar(neck, pose.head ?? t, (BODY.neck + BODY.headR) * s);
  const leftShoulder = polar(neck, t - 90, BODY.shoulderHalf * s);
  const rightShoulder = polar(neck, t + 90, BODY.shoulderHalf * s);
  const leftHip = polar(pelvis, t - 90, BODY.hipHalf * s);
  const rightHip = polar(pelvis, t + 90, BODY.hipHalf * s);
  const left = limbsOf(leftShoulder, leftHip, pose.leftArm, pose.leftLeg, s, pose.k);
  const right = limbsOf(rightShoulder, rightHip, pose.rightArm, pose.rightLeg, s, pose.k);
  const r = (p: Pt): Pt => [round(p[0]), round(p[1])];
  const rl = (l: Limbs): Limbs => ({
    elbow: r(l.elbow),
    wrist: r(l.wrist),
    hand: r(l.hand),
    knee: r(l.knee),
    ankle: r(l.ankle),
    heel: r(l.heel),
    toe: r(l.toe),
  });
  const L = rl(left);
  const R = rl(right);
  // Seen from the front a foot is a short stub pointing out and forward.
  L.toe = r(polar(left.ankle, pose.leftLeg[2], 9 * s));
  R.toe = r(polar(right.ankle, pose.rightLeg[2], 9 * s));
  const j = {
    pelvis: r(pelvis),
    neck: r(neck),
    head: r(head),
    leftShoulder: r(leftShoulder),
    rightShoulder: r(rightShoulder),
    leftHip: r(leftHip),
    rightHip: r(rightHip),
    left: L,
    right: R,
  };
  const shapes: Shape[] = [];
  for (const [hipP, l] of [
    [j.leftHip, L],
    [j.rightHip, R],
  ] as const) {
    shapes.push(line([hipP, l.knee, l.ankle], "figure", STROKE.limb * s));
    shapes.push(line([l.ankle, l.toe], "figure", 6 * s));
  }
  shapes.push(filled([j.leftShoulder, j.rightShoulder, j.rightHip, j.leftHip], "figure", 7 * s));
  shapes.push(line([j.neck, polar(neck, t, BODY.neck * s)].map(r), "figure", 6 * s));
  shapes.push(...headShapes(j.head, undefined, s));
  for (const [sh, l] of [
    [j.leftShoulder, L],
    [j.rightShoulder, R],
  ] as const) {
    shapes.push(...armShapes(sh, l, "figure", s));
  }
  return { j, shapes };
}

/**
 * The arm angles that put the hand (the wrist) on `target` from `shoulder`, both in frame coordinates of a figure
 * that is not mirrored; `elbow` says which way the elbow bends (+1 clockwise of the line, -1 the other way).
 */
export function reach(shoulder: Pt, target: Pt, elbow: 1 | -1 = 1, scale = 1): Arm {
  const l1 = BODY.upperArm * scale;
  const l2 = BODY.forearm * scale;
  const dx = target[0] - shoulder[0];
  const dy = target[1] - shoulder[1];
  const d = Math.min(Math.hypot(dx, dy), l1 + l2 - 0.01);
  const toTarget = Math.atan2(dy, dx);
  const atShoulder = Math.acos(Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))));
  const upper = toTarget + elbow * atShoulder;
  const e: Pt = [shoulder[0] + Math.cos(upper) * l1, shoulder[1] + Math.sin(upper) * l1];
  const fore = Math.atan2(target[1] - e[1], target[0] - e[0]);
  return [(upper * 180) / Math.PI, (fore * 180) / Math.PI];
}

/** Poses a side figure, then turns its near arm (and far arm, if given) to reach the targets. */
export function sideFigureReaching(
  pose: SidePose,
  place: Placement,
  hand: Pt,
  elbow: 1 | -1 = 1,
  farHand?: Pt,
): Figure {
  const first = sideFigure(pose, place);
  const s = pose.scale ?? 1;
  const arm = reach(first.j.shoulder, hand, elbow, s);
  const farArm = farHand ? reach(first.j.shoulder, farHand, elbow, s) : pose.farArm;
  return sideFigure({ ...pose, arm, ...(farArm ? { farArm } : {}) }, place);
}
