/** The list of pictures the apps show: id, kind, alt text, size and where the SVG is served. */
import { z } from "zod";
import type { Illustration } from "./shapes.js";
import { svgSize } from "./svg.js";

export const PictureInfoSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(["exercise", "self_test"]),
  alt: z.string(),
  /** The SVG's own size, so a page can reserve the space before it loads. */
  width: z.number(),
  height: z.number(),
  /** The path the server serves it at. */
  url: z.string(),
});
export type PictureInfo = z.infer<typeof PictureInfoSchema>;

/**
 * The path of a picture on the server: /api/pictures/<id>.svg, with ?kind=self_test for a self-test (an id can name
 * both an exercise and a self-test).
 *
 * @example pictureUrl("knee_to_wall", "self_test") // "/api/pictures/knee_to_wall.svg?kind=self_test"
 */
export function pictureUrl(id: string, kind: Illustration["kind"] = "exercise"): string {
  return `/api/pictures/${encodeURIComponent(id)}.svg${kind === "self_test" ? "?kind=self_test" : ""}`;
}

/** One catalogue entry per picture. */
export function pictureInfo(ill: Illustration): PictureInfo {
  return { id: ill.id, kind: ill.kind, alt: ill.alt, ...svgSize(ill), url: pictureUrl(ill.id, ill.kind) };
}
