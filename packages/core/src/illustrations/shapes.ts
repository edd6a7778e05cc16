/** Drawing primitives for the exercise and self-test pictures: one model, drawn as SVG (web, CLI) or in a PDF. */

/** Semantic inks; each renderer maps them to colours with INK_COLOURS so every picture has one palette. */
export const INKS = ["figure", "muscle", "accent", "ground", "muted", "prop"] as const;
export type Ink = (typeof INKS)[number];

/** Colours with at least 3:1 contrast on white for lines and shapes (WCAG 1.4.11). */
export const INK_COLOURS: Readonly<Record<Ink, string>> = {
  figure: "#1f2937", // the body
  muscle: "#c2410c", // the muscle the exercise works or the test loads
  accent: "#0f6b8f", // movement arrows
  ground: "#6b7280", // floor, wall, step
  muted: "#64748b", // the start position when drawn behind the end position, labels
  prop: "#7c3aed", // band, chair, foam roller, ball
};

/**
 * A primitive in a frame's own box (0..width × 0..height, y down). Renderers draw shapes in order and add nothing:
 * arrowheads, joints and labels are shapes too, so an SVG and a PDF of one picture are the same drawing.
 * Path data uses absolute SVG commands M, L, C, Q, A and Z only.
 */
export type Shape =
  | { kind: "path"; d: string; ink: Ink; width: number; fill?: Ink | undefined; dashed?: boolean | undefined }
  | { kind: "circle"; cx: number; cy: number; r: number; ink: Ink; width: number; fill?: Ink | undefined }
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      ink: Ink;
      size: number;
      anchor?: "start" | "middle" | "end" | undefined;
    };

/** One panel of a picture, such as "Start" or "End". */
export interface Frame {
  label: string;
  shapes: readonly Shape[];
}

/** The picture of one exercise or self-test: its panels side by side, and the words for people who cannot see it. */
export interface Illustration {
  /** The exercise or self-test id it shows. */
  id: string;
  kind: "exercise" | "self_test";
  /** Alt text: what the picture shows, start to end, in one or two plain sentences. */
  alt: string;
  /** Size of each frame's box. */
  width: number;
  height: number;
  frames: readonly Frame[];
}
