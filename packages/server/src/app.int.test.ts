// The HTTP edge: OpenAPI from the zod schemas, security headers, limits, and the same messages as the CLI.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssessmentInputSchema, describeIssue, parseJsonWith } from "@upstream/core";
import { openStore, type Store } from "@upstream/store";
import { z } from "zod";
import { pgliteBackend } from "../../store/src/testing/backends.js";
import { buildApp, defineRoute, FIXED_CACHE_CONTROL } from "./app.js";
import { readConfig } from "./config.js";
import { ALL_ROUTES } from "./routes/routes.js";
import { createServer } from "./server.js";

const e02 = JSON.parse(
  readFileSync(
    new URL(
      "../../../../shared/contract/examples/assess/e02-yellow-cyclist-S1-calf-weakness.json",
      import.meta.url,
    ),
    "utf8",
  ),
) as { input: Record<string, unknown> };

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(await pgliteBackend.fresh());
  const config = readConfig({ AUTH_RATE_LIMIT: "3" });
  if (!config.ok) throw new Error(config.message);
  app = await createServer(store, config.config);
});
afterAll(async () => {
  await app.close();
  await store.close();
  await pgliteBackend.cleanup();
});

describe("the API's edge", () => {
  it("serves an OpenAPI 3 document with every route, generated from the schemas", async () => {
    const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const r of ALL_ROUTES) {
      const path = r.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
    const assess = doc.paths["/api/assess"]!.post!.requestBody as {
      content: { "application/json": { schema: { properties: object } } };
    };
    expect(Object.keys(assess.content["application/json"].schema.properties)).toContain("complaints");
  });

  it.each(["/api/exercises", "/api/self-tests", "/api/drivers", "/api/pictures"])(
    "GET %s: kept and revalidated with its ETag; the current ETag gets 304 with no body",
    async (url) => {
      const first = await app.inject({ method: "GET", url });
      expect(first.statusCode).toBe(200);
      expect(first.headers["cache-control"]).toBe(FIXED_CACHE_CONTROL);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]{27}"$/);
      expect(first.json<unknown[]>().length).toBeGreaterThan(0);
      const again = await app.inject({ method: "GET", url, headers: { "if-none-match": etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
      expect(again.headers.etag).toBe(etag);
      const stale = await app.inject({ method: "GET", url, headers: { "if-none-match": '"old"' } });
      expect(stale.statusCode).toBe(200);
      expect(stale.body).toBe(first.body);
      const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
        paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      }>();
      expect(Object.keys(doc.paths[url]!.get.responses)).toContain("304");
    },
  );

  it("refuses to make a route fixed that has params or is not public", async () => {
    const services = { config: {} } as never;
    const fixedRoute = (over: object) =>
      buildApp(services, [
        defineRoute({
          method: "GET",
          url: "/api/x",
          summary: "x",
          tag: "t",
          access: "public",
          fixed: true,
          response: z.array(z.string()),
          handler: async () => [],
          ...over,
        }) as never,
      ]);
    await expect(fixedRoute({ url: "/api/x/:id" })).rejects.toThrow(/only a public route/);
    await expect(fixedRoute({ access: "read" })).rejects.toThrow(/only a public route/);
  });

  it("sends strict security headers and a CSP without inline scripts", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeDefined();
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("answers invalid input with problem+json and the CLI's own message", async () => {
    const body = JSON.stringify({
      ...e02.input,
      complaints: [{ region: "calf", kinds: ["cramp"], worstPain: 11 }],
    });
    const res = await app.inject({
      method: "POST",
      url: "/api/assess",
      headers: { "content-type": "application/json" },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const parsed = parseJsonWith(AssessmentInputSchema, body);
    expect(parsed.ok).toBe(false);
    const cli = parsed.ok ? "" : describeIssue(parsed.issues[0]!);
    expect(res.json<{ detail: string; errors: { path: string }[] }>()).toMatchObject({
      detail: cli,
      errors: [{ path: "complaints[0].worstPain" }],
    });
  });

  it("computes the anonymous assessment without storing anything", async () => {
    const res = await app.inject({ method: "POST", url: "/api/assess", payload: e02.input });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ drivers: { id: string }[] }>().drivers[0]?.id).toBe("lumbar_nerve_root");
    expect(await store.query("select count(*)::int as n from assessments")).toEqual([{ n: 0 }]);
  });

  it("serves the built web app at / with caching headers (npm test builds it first)", async () => {
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(asset).toBeDefined();
    const js = await app.inject({ method: "GET", url: asset! });
    expect(js.statusCode).toBe(200);
    expect(js.headers["cache-control"]).toContain("immutable");
  });

  it("refuses bodies over the limit with 413", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/assess",
      headers: { "content-type": "application/json" },
      payload: `{"age": 40, "x": "${"a".repeat(70_000)}"}`,
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("rate-limits login attempts", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "nobody@example.org", password: "wrong password" },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });

  it("keeps passwords hashed with argon2id and session tokens hashed", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/register",
      payload: { email: "Ana@Example.org", password: "correct horse battery" },
    });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const [user] = await store.query("select email, password_hash from users");
    expect(user?.email).toBe("ana@example.org");
    expect(String(user?.password_hash)).toMatch(/^\$argon2id\$/);
    const token = /upstream_session=([^;]+)/.exec(cookie)?.[1] ?? "";
    const sessions = await store.query("select id from auth_sessions");
    expect(sessions.map((s) => s.id)).not.toContain(token);
  });
});
