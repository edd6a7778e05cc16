/** What every picture shares: the frame size, the floor line, the standard poses and the builder. */
import { translate } from "./draw.js";
import type { Frame, Illustration, Shape } from "./shapes.js";
import type { SidePose } from "./pose.js";

/** Every frame is 200 × 180 units with the floor near the bottom, so pictures line up side by side. */
export const W = 200;
export const H = 180;
export const FLOOR = 168;

/** Standing tall, arms by the sides, facing right. */
export const STAND: SidePose = { torso: -90, arm: [94, 86], leg: [90, 90, 0] };
/** Lying on the back, head on the left, knees bent and feet flat, arms by the sides. */
export const CROOK: SidePose = { torso: 180, head: 184, arm: [6, 2], leg: [-52, 54, 0] };
/** Sitting tall on a chair, thighs level, hands resting on the thighs. */
export const SIT: SidePose = { torso: -90, arm: [75, 5], leg: [0, 90, 0] };

/** Height of the hip above the floor for a figure lying on its back (half the torso's stroke and a little). */
export const LYING_HIP = FLOOR - 8;

type Kind = Illustration["kind"];

/**
 * Builds an illustration from its frames, each given as a label and its shapes. `top` crops that much empty space
 * off the top of every frame (lying positions need less height), moving the shapes up.
 */
export function picture(
  id: string,
  kind: Kind,
  alt: string,
  frames: ReadonlyArray<readonly [label: string, shapes: readonly Shape[]]>,
  top = 0,
): Illustration {
  const out: Frame[] = frames.map(([label, shapes]) => ({
    label,
    shapes: top ? translate(shapes, 0, -top) : shapes,
  }));
  return { id, kind, alt, width: W, height: H - top, frames: out };
}

/** How much of the frame's top lying positions leave empty. */
export const LYING_TOP = 70;
