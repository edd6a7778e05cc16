// The security headers are set from one precomputed object: they must be exactly those @fastify/helmet sends
// for the same policy, on every kind of response (API, problem, 404, static file).
import helmet from "@fastify/helmet";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "./app.js";
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

  it.each([
    ["GET", "/api/openapi.json", 200],
    ["POST", "/api/assess", 400],
    ["GET", "/api/nope", 404],
    ["GET", "/api/people/me/plan", 401],
    ["GET", "/", 200],
  ] as const)("are on %s %s (%i)", async (method, url, status) => {
    const res = await t.app.inject({
      method,
      url,
      ...(method === "POST" ? { payload: "{}", headers: { "content-type": "application/json" } } : {}),
    });
    expect(res.statusCode).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name], name).toBe(value);
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });
});
