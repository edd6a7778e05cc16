/** The pictures of every exercise and self-test, and the SVG renderer: the public face of the illustrations. */
import type { Illustration } from "./shapes.js";
import { LEG_PICTURES } from "./pictures-legs.js";
import { SELF_TEST_PICTURES } from "./pictures-tests.js";
import { TRUNK_PICTURES } from "./pictures-trunk.js";

export { illustrationSvg, svgSize, escapeXml } from "./svg.js";
export { PictureInfoSchema, pictureInfo, pictureUrl, type PictureInfo } from "./catalogue.js";

/** Every picture, exercises first, in library order. */
export const ILLUSTRATIONS: readonly Illustration[] = [
  ...TRUNK_PICTURES,
  ...LEG_PICTURES,
  ...SELF_TEST_PICTURES,
];

/** An exercise and a self-test can share an id (single_leg_bridge): the key says which. */
const key = (kind: Illustration["kind"], id: string) => `${kind}:${id}`;
const BY_KEY: ReadonlyMap<string, Illustration> = new Map(ILLUSTRATIONS.map((i) => [key(i.kind, i.id), i]));

/**
 * The picture of an exercise or self-test id, or undefined when there is none. Exercises come first when an id names
 * both; pass `kind` to choose.
 *
 * @example illustrationOf("knee_to_wall")?.frames.length // 2
 */
export function illustrationOf(id: string, kind?: Illustration["kind"]): Illustration | undefined {
  if (kind) return BY_KEY.get(key(kind, id));
  return BY_KEY.get(key("exercise", id)) ?? BY_KEY.get(key("self_test", id));
}
