/** Drawing helpers for the pictures: points, path data, movement arrows, muscle highlights and the props. */
import type { Ink, Shape } from "./shapes.js";

/** A point in a frame's box (y down). */
export type Pt = readonly [number, number];

/** Stroke widths shared by every picture, so they look alike. */
export const STROKE = { torso: 12, limb: 7, prop: 4, thin: 2.5, ground: 3, arrow: 3.5 } as const;

const DEG = Math.PI / 180;

/** Rounds to one decimal, so path data stays short and the SVG and PDF draw the same numbers. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** The point `length` away from `p` at `angle` degrees (0 = right, 90 = down). */
export function polar(p: Pt, angle: number, length: number): Pt {
  return [p[0] + Math.cos(angle * DEG) * length, p[1] + Math.sin(angle * DEG) * length];
}

export const add = (a: Pt, b: Pt): Pt => [a[0] + b[0], a[1] + b[1]];
export const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The unit normal of a→b, turned +90° (for a segment pointing down, this points left). */
function normal(a: Pt, b: Pt): Pt {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  return [-dy / len, dx / len];
}

const xy = (p: Pt) => `${round(p[0])} ${round(p[1])}`;

/** Path data through points: "M x y L x y …", closed with Z when asked. */
export function polyline(points: readonly Pt[], close = false): string {
  const [first, ...rest] = points;
  if (!first) return "";
  return `M${xy(first)}${rest.map((p) => ` L${xy(p)}`).join("")}${close ? " Z" : ""}`;
}

/** A quadratic curve from a to b bent through control point c. */
export const curve = (a: Pt, c: Pt, b: Pt): string => `M${xy(a)} Q${xy(c)} ${xy(b)}`;

export function line(points: readonly Pt[], ink: Ink, width: number, dashed = false): Shape {
  return dashed
    ? { kind: "path", d: polyline(points), ink, width, dashed: true }
    : { kind: "path", d: polyline(points), ink, width };
}

export function filled(points: readonly Pt[], ink: Ink, width = 1): Shape {
  return { kind: "path", d: polyline(points, true), ink, width, fill: ink };
}

/**
 * A movement arrow in accent ink from `from` to `to`, bowed sideways by `bow` (0 = straight; positive bows to the
 * left of the direction of travel). The head is a filled triangle shape.
 */
export function arrow(from: Pt, to: Pt, bow = 0): Shape[] {
  const mid = lerp(from, to, 0.5);
  const n = normal(from, to);
  const control: Pt = [mid[0] + n[0] * bow * 2, mid[1] + n[1] * bow * 2];
  // Direction at the end: from the control point (or the start, when straight) towards the tip.
  const back = bow === 0 ? from : control;
  const dx = to[0] - back[0];
  const dy = to[1] - back[1];
  const len = Math.hypot(dx, dy) || 1;
  const u: Pt = [dx / len, dy / len];
  const head = 10;
  const base: Pt = [to[0] - u[0] * head, to[1] - u[1] * head];
  const side: Pt = [-u[1] * 5.5, u[0] * 5.5];
  const shaftEnd: Pt = [to[0] - u[0] * (head - 1), to[1] - u[1] * (head - 1)];
  const shaft =
    bow === 0
      ? polyline([from, shaftEnd])
      : `M${xy(from)} Q${xy(lerp(control, shaftEnd, 0.08))} ${xy(shaftEnd)}`;
  return [
    { kind: "path", d: shaft, ink: "accent", width: STROKE.arrow },
    filled([to, add(base, side), add(base, [-side[0], -side[1]])], "accent"),
  ];
}

/**
 * A muscle highlight: a filled spindle along the segment a→b, from fraction t0 to t1, shifted `offset` along the
 * segment's normal (+90°), `bulge` at its widest. Drawn over the limb in muscle ink.
 */
export function muscle(a: Pt, b: Pt, t0: number, t1: number, offset = 0, bulge = 4.5): Shape {
  const n = normal(a, b);
  const shift = (p: Pt, k: number): Pt => [p[0] + n[0] * k, p[1] + n[1] * k];
  const s = shift(lerp(a, b, t0), offset);
  const e = shift(lerp(a, b, t1), offset);
  const m = shift(lerp(a, b, (t0 + t1) / 2), offset);
  const c1 = shift(m, bulge * 2);
  const c2 = shift(m, -bulge * 2);
  return {
    kind: "path",
    d: `M${xy(s)} Q${xy(c1)} ${xy(e)} Q${xy(c2)} ${xy(s)} Z`,
    ink: "muscle",
    width: 1,
    fill: "muscle",
  };
}

/** A round muscle highlight (a buttock seen from the side, a shoulder). */
export function muscleSpot(c: Pt, r: number): Shape {
  return { kind: "circle", cx: round(c[0]), cy: round(c[1]), r, ink: "muscle", width: 1, fill: "muscle" };
}

// ----- Props -----

/** The floor across the frame. */
export function floor(y: number, x0 = 8, x1 = 192): Shape {
  return line(
    [
      [x0, y],
      [x1, y],
    ],
    "ground",
    STROKE.ground,
  );
}

/** A wall: a thick vertical line from the floor up, with hatching on the side away from the person. */
export function wall(x: number, top: number, bottom: number, hatch: "left" | "right" = "right"): Shape[] {
  const dir = hatch === "right" ? 1 : -1;
  const shapes: Shape[] = [
    line(
      [
        [x, top],
        [x, bottom],
      ],
      "ground",
      4,
    ),
  ];
  for (let y = top + 8; y < bottom - 2; y += 14) {
    shapes.push(
      line(
        [
          [x + dir * 2, y + 6],
          [x + dir * 8, y],
        ],
        "ground",
        1.5,
      ),
    );
  }
  return shapes;
}

/** A step or box: an outlined block standing on the floor. */
export function block(x0: number, x1: number, top: number, floorY: number, ink: Ink = "ground"): Shape {
  return {
    kind: "path",
    d: polyline(
      [
        [x0, floorY],
        [x0, top],
        [x1, top],
        [x1, floorY],
      ],
      false,
    ),
    ink,
    width: STROKE.prop - 1,
  };
}

/** A chair seen from the side: seat, backrest on the `back` side, two legs. */
export function chair(
  seatFront: number,
  seatBack: number,
  seatY: number,
  floorY: number,
  backTop?: number,
): Shape[] {
  const shapes: Shape[] = [
    line(
      [
        [seatFront, seatY],
        [seatBack, seatY],
      ],
      "prop",
      STROKE.prop,
    ),
    line(
      [
        [seatFront, seatY],
        [seatFront, floorY],
      ],
      "prop",
      STROKE.prop - 1,
    ),
    line(
      [
        [seatBack, backTop ?? seatY],
        [seatBack, floorY],
      ],
      "prop",
      STROKE.prop - 1,
    ),
  ];
  return shapes;
}

/** A bench or stool: a top and two legs. */
export function bench(x0: number, x1: number, top: number, floorY: number): Shape[] {
  return [
    line(
      [
        [x0, top],
        [x1, top],
      ],
      "prop",
      STROKE.prop + 1,
    ),
    line(
      [
        [x0 + 3, top],
        [x0 + 3, floorY],
      ],
      "prop",
      STROKE.prop - 1,
    ),
    line(
      [
        [x1 - 3, top],
        [x1 - 3, floorY],
      ],
      "prop",
      STROKE.prop - 1,
    ),
  ];
}

/** A foam roller seen from its end. */
export function roller(c: Pt, r = 8): Shape[] {
  return [
    { kind: "circle", cx: round(c[0]), cy: round(c[1]), r, ink: "prop", width: 3 },
    { kind: "circle", cx: round(c[0]), cy: round(c[1]), r: r / 3, ink: "prop", width: 2 },
  ];
}

/** A ball or a rolled towel: a filled circle. */
export function ball(c: Pt, r: number): Shape {
  return { kind: "circle", cx: round(c[0]), cy: round(c[1]), r, ink: "prop", width: 2, fill: "prop" };
}

/** A resistance band or a stick: a straight line in prop ink. */
export function band(points: readonly Pt[], width: number = STROKE.thin): Shape {
  return line(points, "prop", width);
}

/** A dumbbell held at `c`, its bar at `angle`. */
export function dumbbell(c: Pt, angle = 0): Shape[] {
  const a = polar(c, angle, 6);
  const b = polar(c, angle + 180, 6);
  return [
    line([a, b], "prop", 3),
    line([polar(a, angle + 90, 4), polar(a, angle - 90, 4)], "prop", 5),
    line([polar(b, angle + 90, 4), polar(b, angle - 90, 4)], "prop", 5),
  ];
}

/** A kettlebell held against the chest, its bell at `c`. */
export function kettlebell(c: Pt): Shape[] {
  return [
    { kind: "circle", cx: round(c[0]), cy: round(c[1]), r: 7, ink: "prop", width: 2, fill: "prop" },
    {
      kind: "path",
      d: `M${xy([c[0] - 5, c[1] - 5])} Q${xy([c[0], c[1] - 17])} ${xy([c[0] + 5, c[1] - 5])}`,
      ink: "prop",
      width: 2.5,
    },
  ];
}

/** A doorway: two posts and a lintel. */
export function doorway(x0: number, x1: number, top: number, floorY: number): Shape {
  return {
    kind: "path",
    d: polyline([
      [x0, floorY],
      [x0, top],
      [x1, top],
      [x1, floorY],
    ]),
    ink: "ground",
    width: STROKE.prop,
  };
}

/** A pillow or a rolled mat: a rounded, filled lozenge. */
export function pillow(c: Pt, w: number, h: number): Shape {
  const [x, y] = c;
  return {
    kind: "path",
    d:
      `M${xy([x - w / 2, y])} Q${xy([x - w / 2, y - h / 2])} ${xy([x, y - h / 2])}` +
      ` Q${xy([x + w / 2, y - h / 2])} ${xy([x + w / 2, y])}` +
      ` Q${xy([x + w / 2, y + h / 2])} ${xy([x, y + h / 2])}` +
      ` Q${xy([x - w / 2, y + h / 2])} ${xy([x - w / 2, y])} Z`,
    ink: "prop",
    width: 2,
  };
}

/** A short text note inside a frame (a distance, a count), in muted ink. */
export function note(p: Pt, text: string, anchor: "start" | "middle" | "end" = "middle"): Shape {
  return { kind: "text", x: round(p[0]), y: round(p[1]), text, ink: "muted", size: 11, anchor };
}

/** Moves shapes by (dx, dy): every coordinate in path data (all of a C or Q, the end point of an A). */
export function translate(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  const pairs: Record<string, number[]> = { M: [0], L: [0], C: [0, 2, 4], Q: [0, 2], A: [5], Z: [] };
  return shapes.map((shape) => {
    switch (shape.kind) {
      case "circle":
        return { ...shape, cx: round(shape.cx + dx), cy: round(shape.cy + dy) };
      case "text":
        return { ...shape, x: round(shape.x + dx), y: round(shape.y + dy) };
      case "path": {
        const d = shape.d.replace(/([MLCQAZ])([^MLCQAZ]*)/g, (_m, cmd: string, args: string) => {
          const nums = args.trim()
            ? args
                .trim()
                .split(/[\s,]+/)
                .map(Number)
            : [];
          for (const i of pairs[cmd] ?? []) {
            if (i + 1 < nums.length) {
              nums[i] = round(nums[i]! + dx);
              nums[i + 1] = round(nums[i + 1]! + dy);
            }
          }
          return nums.length ? `${cmd}${nums.join(" ")} ` : `${cmd} `;
        });
        return { ...shape, d: d.trim() };
      }
    }
  });
}
