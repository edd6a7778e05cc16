/** The exercise and self-test pictures as SVG files: public, cacheable, and kept by the web app for offline use. */
import { z } from "zod";
import {
  ILLUSTRATIONS,
  illustrationOf,
  illustrationSvg,
  pictureInfo,
  PictureInfoSchema,
} from "@upstream/core";
import { defineRoute, etagOf, type AnyRoute } from "../app.js";
import { ApiError } from "../errors.js";

const PictureQuerySchema = z.strictObject({
  /** An id can name an exercise and a self-test (single_leg_bridge); the exercise is the default. */
  kind: z.enum(["exercise", "self_test"]).optional(),
});

/** One rendering per picture, with its ETag: the pictures change only with a new build. */
const rendered = new Map<string, { svg: string; etag: string }>();
function pictureOf(id: string, kind: "exercise" | "self_test" | undefined) {
  const key = `${kind ?? ""}:${id}`;
  let hit = rendered.get(key);
  if (!hit) {
    const ill = illustrationOf(id, kind);
    if (!ill) return undefined;
    const svg = illustrationSvg(ill);
    hit = { svg, etag: etagOf(svg) };
    rendered.set(key, hit);
  }
  return hit;
}

/** Browsers and the service worker may keep a picture a day, then revalidate it with its ETag. */
export const PICTURE_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";

export const pictureRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/pictures",
    summary: "Every picture: its exercise or self-test id, alt text, size and SVG path",
    tag: "knowledge",
    access: "public",
    fixed: true,
    response: z.array(PictureInfoSchema),
    handler: async () => ILLUSTRATIONS.map(pictureInfo),
  }),
  defineRoute({
    method: "GET",
    url: "/api/pictures/:id.svg",
    summary: "The picture of an exercise or self-test (start and end position, movement arrows) as SVG",
    tag: "knowledge",
    access: "public",
    query: PictureQuerySchema,
    response: z.string(),
    produces: { type: "image/svg+xml", schema: { type: "string" } },
    handler: async (ctx) => {
      const { kind } = ctx.query as z.infer<typeof PictureQuerySchema>;
      const picture = pictureOf(ctx.params.id ?? "", kind);
      if (!picture)
        throw new ApiError("not_found", `no picture for ${kind ?? "exercise or self-test"} ${ctx.params.id}`);
      ctx.reply.header("etag", picture.etag).header("cache-control", PICTURE_CACHE_CONTROL);
      if (ctx.request.headers["if-none-match"] === picture.etag) {
        ctx.reply.code(304);
        return "";
      }
      ctx.reply.type("image/svg+xml; charset=utf-8");
      return picture.svg;
    },
  }),
] as unknown as AnyRoute[];
