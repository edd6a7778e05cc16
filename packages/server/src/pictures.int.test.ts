// The pictures route: every exercise and self-test as an SVG file, cacheable, and problems for unknown ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXERCISES, illustrationOf, SELF_TESTS } from "@upstream/core";
import { PICTURE_CACHE_CONTROL } from "./routes/pictures.js";
import { startTestApp, type TestApp } from "./testing/harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("GET /api/pictures", () => {
  it("lists every picture with its alt text, size and the path that serves it", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/pictures" });
    expect(res.statusCode).toBe(200);
    const list = res.json<{ id: string; kind: string; alt: string; width: number; url: string }[]>();
    expect(list).toHaveLength(EXERCISES.length + SELF_TESTS.length);
    const knee = list.find((p) => p.id === "knee_to_wall");
    expect(knee).toMatchObject({ kind: "self_test", url: "/api/pictures/knee_to_wall.svg?kind=self_test" });
    expect(knee!.alt).toBe(illustrationOf("knee_to_wall")!.alt);
    for (const p of list.slice(0, 5)) {
      expect((await t.app.inject({ method: "GET", url: p.url })).statusCode).toBe(200);
    }
  });
});

describe("GET /api/pictures/:id.svg", () => {
  it("serves every exercise's picture as SVG with its alt text, an ETag and a cache header", async () => {
    for (const { id } of EXERCISES) {
      const res = await t.app.inject({ method: "GET", url: `/api/pictures/${id}.svg` });
      expect(res.statusCode, id).toBe(200);
      expect(res.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
      expect(res.headers["cache-control"]).toBe(PICTURE_CACHE_CONTROL);
      expect(res.headers.etag).toMatch(/^"[\w-]{20,}"$/);
      // Opened on its own, a picture may load or run nothing: the API's CSP.
      expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.body.startsWith("<svg ")).toBe(true);
      expect(res.body).toContain(`<title id="pic-${id}-title">`);
      expect(res.body).not.toContain("<script");
    }
  });

  it("serves the self-tests too, choosing the self-test's picture with ?kind=self_test", async () => {
    for (const { id } of SELF_TESTS) {
      const res = await t.app.inject({ method: "GET", url: `/api/pictures/${id}.svg?kind=self_test` });
      expect(res.statusCode, id).toBe(200);
      expect(res.body).toContain(illustrationOf(id, "self_test")!.frames[0]!.label.replace(/'/g, "&apos;"));
    }
    const exercise = await t.app.inject({ method: "GET", url: "/api/pictures/single_leg_bridge.svg" });
    const selfTest = await t.app.inject({
      method: "GET",
      url: "/api/pictures/single_leg_bridge.svg?kind=self_test",
    });
    expect(exercise.headers.etag).not.toBe(selfTest.headers.etag);
  });

  it("answers 304 Not Modified to a request that has the current ETag", async () => {
    const first = await t.app.inject({ method: "GET", url: "/api/pictures/knee_to_wall.svg" });
    const again = await t.app.inject({
      method: "GET",
      url: "/api/pictures/knee_to_wall.svg",
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(first.headers.etag);
    const stale = await t.app.inject({
      method: "GET",
      url: "/api/pictures/knee_to_wall.svg",
      headers: { "if-none-match": '"old"' },
    });
    expect(stale.statusCode).toBe(200);
  });

  it("gives a problem document for an unknown id, a wrong kind or a path without .svg", async () => {
    const unknown = await t.app.inject({ method: "GET", url: "/api/pictures/not_an_exercise.svg" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(unknown.json<{ detail: string }>().detail).toContain("not_an_exercise");
    const wrongKind = await t.app.inject({ method: "GET", url: "/api/pictures/squat.svg?kind=self_test" });
    expect(wrongKind.statusCode).toBe(404);
    const badKind = await t.app.inject({ method: "GET", url: "/api/pictures/squat.svg?kind=poster" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe("query.kind");
    const noSuffix = await t.app.inject({ method: "GET", url: "/api/pictures/squat" });
    expect(noSuffix.statusCode).toBe(404);
    expect(noSuffix.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("is in the OpenAPI document as an image/svg+xml response", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, { get?: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    }>();
    const op = doc.paths["/api/pictures/{id}.svg"]?.get;
    expect(op).toBeDefined();
    expect(Object.keys(op!.responses["200"]!.content)).toEqual(["image/svg+xml"]);
  });
});
