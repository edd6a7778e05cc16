// The security headers are set from precomputed objects: on the web app's pages exactly those @fastify/helmet
// sends for the same policy; on every API response (JSON, problem, 404) the shorter API set, with no caching.
import helmet from "@fastify/helmet";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SECURITY_HEADERS, SECURITY_HEADERS } from "./app.js";
import { startTestApp, type TestApp } from "./testing/harness.js";

/** What helmet sends with the policy the server had when it used the plugin. */
async function helmetHeaders(): Promise<Record<string, string>> {
  const oracle = Fastify();
  await oracle.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  oracle.get("/", () => "ok");
  const res = await oracle.inject({ method: "GET", url: "/" });
  await oracle.close();
  const skip = new Set(["content-type", "content-length", "date", "connection"]);
  return Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !skip.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}

describe("security headers", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("are exactly helmet's for this policy", async () => {
    expect(SECURITY_HEADERS).toEqual(await helmetHeaders());
  });

  it("on API responses: nothing cached, nothing loaded or framed, no sniffing, HSTS", () => {
    expect(API_SECURITY_HEADERS).toMatchObject({
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "strict-transport-security": SECURITY_HEADERS["strict-transport-security"],
    });
  });

  it.each([
    ["GET", "/api/openapi.json", 200, "api"],
    ["POST", "/api/assess", 400, "api"],
    ["GET", "/api/nope", 404, "api"],
    ["GET", "/api/people/me/plan", 401, "api"],
    ["GET", "/", 200, "page"],
    ["GET", "/nope", 404, "page"],
  ] as const)("are on %s %s (%i): the %s set", async (method, url, status, kind) => {
    const res = await t.app.inject({
      method,
      url,
      ...(method === "POST" ? { payload: "{}", headers: { "content-type": "application/json" } } : {}),
    });
    expect(res.statusCode).toBe(status);
    const [expected, other] =
      kind === "api" ? [API_SECURITY_HEADERS, SECURITY_HEADERS] : [SECURITY_HEADERS, API_SECURITY_HEADERS];
    for (const [name, value] of Object.entries(expected)) expect(res.headers[name], name).toBe(value);
    // (The static files set their own cache-control: immutable assets, revalidated pages.)
    for (const name of Object.keys(other).filter((n) => !(n in expected) && n !== "cache-control")) {
      expect(res.headers[name], name).toBeUndefined();
    }
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });
});
