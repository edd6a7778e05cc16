/** The Fastify application: plugins, sessions, CSRF, the route helper, error mapping and the OpenAPI document. */
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { z } from "zod";
import { parseWith } from "@upstream/core";
import type { Accounts, ProgramService } from "@upstream/store";
import { type Clock, type SessionInfo, type Store, type User } from "@upstream/store";
import { authorize, type Access } from "./access.js";
import type { Config } from "./config.js";
import { ApiError, problem, type Problem, type ProblemCode } from "./errors.js";

export const SESSION_COOKIE = "upstream_session";
export const CSRF_HEADER = "x-csrf-token";
export const BODY_LIMIT = 64 * 1024;

export interface Services {
  store: Store;
  program: ProgramService;
  accounts: Accounts;
  clock: Clock;
  config: Config;
}

export interface Ctx<P = Record<string, string>, Q = Record<string, unknown>> {
  services: Services;
  actor?: User;
  session?: SessionInfo;
  token?: string;
  /** The person the route touches: `me` resolved to the signed-in user. */
  personId?: string;
  params: P;
  query: Q;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDef<B = unknown, R = unknown> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  summary: string;
  tag: string;
  access: Access;
  body?: z.ZodType<B>;
  query?: z.ZodType;
  response: z.ZodType<R>;
  status?: number;
  /** Stricter limits on this route (login, registration). */
  rateLimit?: boolean;
  /**
   * A file rather than JSON (a PDF, a CSV, an SVG picture): its media type and, for the OpenAPI document, its
   * schema (default: binary). The handler sets the headers and returns a Buffer or string, sent as it is.
   */
  produces?: { type: string; schema?: Record<string, unknown> };
  /**
   * Public content fixed for the life of the process (the knowledge base): computed once, sent with an ETag
   * and `cache-control: public, no-cache`, so a browser keeps it and asks again with the ETag, and a request
   * that names the current ETag gets 304 Not Modified with no body. Only for public routes without params,
   * query or body (checked when the app is built).
   */
  fixed?: true;
  handler: (ctx: Ctx, body: B) => Promise<R>;
}

/** Fixed content is kept and revalidated: a new release is seen at once, an unchanged list costs no body. */
export const FIXED_CACHE_CONTROL = "public, no-cache";

/** A route of any body and response type, as the route lists hold them. */
export type AnyRoute = RouteDef<never, unknown>;

/** Routes are declared once and give Fastify its serializer and the OpenAPI document its paths. */
export function defineRoute<B, R>(def: RouteDef<B, R>): RouteDef<B, R> {
  return def;
}

const jsonSchemaCache = new WeakMap<z.ZodType, unknown>();
/** JSON Schema of a zod schema's output, for fast serialization and for the OpenAPI document. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  let out = jsonSchemaCache.get(schema);
  if (!out) {
    out = z.toJSONSchema(schema, { io: "output", unrepresentable: "any", target: "draft-7" });
    delete (out as Record<string, unknown>).$schema;
    jsonSchemaCache.set(schema, out);
  }
  return out as Record<string, unknown>;
}

/**
 * The security headers of every response, made once: the strict set @fastify/helmet sends for this policy
 * (security-headers.int.test.ts compares them with it), without its two hooks and closures per request.
 * A strict CSP: no inline scripts or styles, nothing from other origins, no framing.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join(";"),
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
});

/**
 * The headers of every API response (JSON, problem documents, downloads, the exercise pictures), after the
 * OWASP REST Security guidance: no caching of health data anywhere (a route may allow it for public content,
 * as the pictures do), and a CSP that lets nothing load or frame the response if it is ever opened as a page.
 * The document headers above (frames, prefetching, opener, legacy browser switches) are for the web app's pages.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": SECURITY_HEADERS["strict-transport-security"]!,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
});

const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

function sendProblem(reply: FastifyReply, p: Problem) {
  return reply.code(p.status).type("application/problem+json").send(p);
}

async function loadSession(
  services: Services,
  request: FastifyRequest,
): Promise<{ session?: SessionInfo; token?: string; viaCookie: boolean }> {
  const auth = request.headers.authorization;
  const bearer = typeof auth === "string" && auth.startsWith("Bearer ") ? auth.slice(7).trim() : undefined;
  const token = bearer ?? request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return { viaCookie: false };
  const session = await services.accounts.getSession(token);
  return session ? { session, token, viaCookie: bearer === undefined } : { viaCookie: false };
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A strong ETag for content: 160 bits of its SHA-256. */
export function etagOf(content: string): string {
  return `"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"`;
}

/** A fixed route's answer and the ETag of its JSON, computed at its first request. */
function fixedAnswer<R>(handler: () => Promise<R>): () => Promise<{ value: R; etag: string }> {
  let answer: Promise<{ value: R; etag: string }> | undefined;
  return () => (answer ??= handler().then((value) => ({ value, etag: etagOf(JSON.stringify(value)) })));
}

function register<B, R>(app: FastifyInstance, services: Services, def: RouteDef<B, R>) {
  if (def.fixed && (def.access !== "public" || def.query || def.body || def.url.includes(":")))
    throw new Error(
      `${def.method} ${def.url}: only a public route without params, query or body can be fixed`,
    );
  const fixed = def.fixed && fixedAnswer(() => def.handler({ services } as Ctx, undefined as B));
  app.route({
    method: def.method,
    url: def.url,
    schema: def.produces ? {} : { response: { [def.status ?? 200]: jsonSchemaOf(def.response) } },
    ...(def.rateLimit
      ? { config: { rateLimit: { max: services.config.AUTH_RATE_LIMIT, timeWindow: "1 minute" } } }
      : { config: { rateLimit: false } }),
    handler: async (request, reply) => {
      if (fixed) {
        const { value, etag } = await fixed();
        reply.header("etag", etag).header("cache-control", FIXED_CACHE_CONTROL);
        if (request.headers["if-none-match"] === etag) return reply.code(304).send();
        return value;
      }
      const { session, token, viaCookie } =
        def.access === "public"
          ? { session: undefined, token: undefined, viaCookie: false }
          : await loadSession(services, request);
      // A cookie rides along on any request the browser makes: writes need the session's CSRF token as well.
      if (
        session &&
        viaCookie &&
        UNSAFE.has(def.method) &&
        request.headers[CSRF_HEADER] !== session.csrfToken
      ) {
        throw new ApiError("csrf", `send the session's CSRF token in the ${CSRF_HEADER} header`);
      }
      const params = (request.params ?? {}) as Record<string, string>;
      // Ids are short and printable: anything else names nothing here (and PostgreSQL refuses NUL).
      if (Object.values(params).some((v) => v.length > 100 || v.includes("\u0000"))) {
        throw new ApiError("not_found", "no such resource");
      }
      const actor = session?.user;
      const personId = params.personId === "me" ? actor?.id : params.personId;
      await authorize(services.accounts, def.access, actor, personId, `${def.method} ${def.url}`);
      let query: Record<string, unknown> = {};
      if (def.query) {
        const q = parseWith(def.query, request.query ?? {});
        if (!q.ok) throw ApiError.invalid(q.issues, "query");
        query = q.value as Record<string, unknown>;
      }
      let body = undefined as B;
      if (def.body) {
        if (request.body === undefined || request.body === null) {
          throw new ApiError("invalid", "invalid input at $: a JSON body is required", [
            { path: "$", message: "a JSON body is required" },
          ]);
        }
        const b = parseWith(def.body, request.body);
        if (!b.ok) throw ApiError.invalid(b.issues);
        body = b.value;
      }
      const ctx: Ctx = { services, params, query, request, reply };
      if (actor) ctx.actor = actor;
      if (session) ctx.session = session;
      if (token) ctx.token = token;
      if (personId) ctx.personId = personId;
      const result = await def.handler(ctx, body);
      // A handler may answer 304 Not Modified; any other answer has the route's status.
      if (reply.statusCode !== 304) reply.code(def.status ?? 200);
      return result;
    },
  });
}

/** Builds the app over a store; `routes` are the route lists to serve. */
export async function buildApp(
  services: Services,
  routes: RouteDef<never, unknown>[],
  options: { logger?: boolean; webRoot?: string | undefined } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: services.config.TRUST_PROXY === "true",
    // Structured logs with no health data: the method, the route and the status, never bodies or cookies.
    logger: options.logger
      ? {
          level: services.config.LOG_LEVEL,
          redact: ["req.headers.cookie", "req.headers.authorization", "req.headers['x-csrf-token']"],
          serializers: {
            req: (req: FastifyRequest) => ({
              method: req.method,
              route: req.routeOptions?.url ?? "unmatched",
              id: req.id,
            }),
          },
        }
      : false,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // Malformed URLs (bad percent-encoding) get the same problem documents as everything else.
    frameworkErrors: (error, _request, reply) => {
      void sendProblem(
        reply,
        problem("invalid", `invalid input at url: ${error.message}`, [
          { path: "url", message: error.message },
        ]),
      );
    },
    forceCloseConnections: false,
  });
  await app.register(cookie);
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(request.url.startsWith("/api/") ? API_SECURITY_HEADERS : SECURITY_HEADERS);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      ...problem("rate_limited", `too many attempts: try again in ${Math.ceil(ctx.ttl / 1000)} s`),
      statusCode: 429,
    }),
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem("not_found", `no route ${request.method} ${request.url.split("?")[0]}`)),
  );
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof ApiError)
      return sendProblem(reply, problem(error.code, error.message, error.errors));
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, problem("rate_limited", error.message));
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return sendProblem(reply, problem("too_large", `the body must be under ${BODY_LIMIT / 1024} KB`));
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return sendProblem(reply, problem("unsupported", "send the body as application/json"));
    if (
      error.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      (status === 400 && error instanceof SyntaxError)
    ) {
      return sendProblem(
        reply,
        problem("invalid", `invalid input at $: is not valid JSON (${error.message})`, [
          { path: "$", message: "is not valid JSON" },
        ]),
      );
    }
    if (status >= 400 && status < 500) {
      const code: ProblemCode =
        status === 404 || status === 414
          ? "not_found"
          : status === 403
            ? "forbidden"
            : status === 413
              ? "too_large"
              : status === 415
                ? "unsupported"
                : "invalid";
      const errors = code === "invalid" ? [{ path: "url", message: error.message }] : undefined;
      const detail = code === "invalid" ? `invalid input at url: ${error.message}` : error.message;
      return sendProblem(reply, problem(code, detail, errors));
    }
    // Database errors carry the row's values after "params:": never let them into the logs.
    const message = error.message.split(/\nparams:/)[0]?.slice(0, 500);
    request.log.error({ err: { name: error.name, code: error.code, message } }, "request failed");
    return sendProblem(
      reply,
      problem("internal", "something went wrong on our side; nothing was changed by this request"),
    );
  });

  for (const def of routes) register(app, services, def as unknown as RouteDef<unknown, unknown>);
  if (options.webRoot && existsSync(join(options.webRoot, "index.html"))) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: "/",
      index: ["index.html"],
      // The build writes .br and .gz copies of its text files: sent as they are to a browser that takes them.
      preCompressed: true,
      // Built assets have content hashes: cache them for a year; everything else revalidates.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader(
          "cache-control",
          path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
        res.setHeader("vary", "accept-encoding");
      },
    });
  }
  app.get("/api/openapi.json", async () => openApiDocument(routes));
  return app;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate and serialize with. */
export function openApiDocument(routes: RouteDef<never, unknown>[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, "{$1}");
    const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
      ...(m[1] === "personId" ? { description: "a person id, or `me` for the signed-in person" } : {}),
    }));
    const query = r.query
      ? Object.entries((jsonSchemaOf(r.query).properties ?? {}) as Record<string, unknown>).map(
          ([name, schema]) => ({ name, in: "query", schema }),
        )
      : [];
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      "x-access": r.access,
      parameters: [...params, ...query],
      responses: {
        ...(r.fixed
          ? { "304": { description: "Not modified: the ETag sent in If-None-Match is current" } }
          : {}),
        [String(r.status ?? 200)]: {
          description: "OK",
          content: r.produces
            ? { [r.produces.type]: { schema: r.produces.schema ?? { type: "string", format: "binary" } } }
            : { "application/json": { schema: jsonSchemaOf(r.response) } },
        },
        default: {
          description: "A problem",
          content: { "application/problem+json": { schema: jsonSchemaOf(ProblemSchema) } },
        },
      },
    };
    if (r.body)
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchemaOf(r.body) } },
      };
    if (r.access !== "public") op.security = [{ cookie: [] }, { bearer: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Upstream API",
      version: "1.0.0",
      description:
        "Self-care guidance, not a diagnosis. Errors are application/problem+json with the field path of invalid input.",
    },
    paths,
    components: {
      securitySchemes: {
        cookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: `writes also need the ${CSRF_HEADER} header`,
        },
        bearer: { type: "http", scheme: "bearer" },
      },
    },
  };
}
