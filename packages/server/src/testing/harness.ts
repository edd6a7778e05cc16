/** Test harness for the HTTP API: the app in-process over a fresh PGlite store, and signed-in clients. */
import type { FastifyInstance, HTTPMethods, InjectOptions, LightMyRequestResponse } from "fastify";
import type { AssessmentInput } from "@upstream/core";
import { openStore, type Store } from "@upstream/store";
import { pgliteBackend, testClock } from "../../../store/src/testing/backends.js";
import { contractInput } from "../../../store/src/testing/contract.js";
import { CSRF_HEADER, SESSION_COOKIE } from "../app.js";
import { readConfig } from "../config.js";
import { createServer } from "../server.js";

// Found above the checkout wherever it is (the repository, or a git worktree beside it).
const example = contractInput;

/** A valid AssessmentInput (yellow, lumbar S1 root, nerve glides): the contract's example e02. */
export const E02_INPUT = example("assess/e02-yellow-cyclist-S1-calf-weakness") as AssessmentInput;
/** A valid ProgressInput: the contract's example e101 (a clean week of hip abduction). */
export const E101_INPUT = example("progress/e101-hip-abduction-clean-week") as Record<string, unknown>;

/** The day the test clock stands on; plans started through the harness start on it. */
export const START_DAY = "2026-01-05";
/** The end of the first full week of such a plan. */
export const START_WEEK_END = "2026-01-11";

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** The full server over a fresh, migrated PGlite store, with a clock that stands still on START_DAY. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const store = await openStore(await pgliteBackend.fresh());
  const config = readConfig({ AUTH_RATE_LIMIT: "10000", ...env });
  if (!config.ok) throw new Error(config.message);
  const app = await createServer(store, config.config, { clock: testClock(`${START_DAY}T08:00:00.000Z`) });
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
      await pgliteBackend.cleanup();
    },
  };
}

export interface Client {
  id: string;
  email: string;
  password: string;
  role: "patient" | "clinician";
  token: string;
  csrf: string;
}

let emails = 0;
/** An email no test has used yet. */
export const newEmail = (label: string) => `${label}-${++emails}-${process.pid}@example.test`;
export const PASSWORD = "correct horse battery staple";

export interface SendOptions {
  /** Send the session's CSRF token (default true). */
  csrf?: boolean;
  /** Authenticate with `Authorization: Bearer` instead of the cookie. */
  bearer?: boolean;
  /** Use this session token instead of the client's own. */
  token?: string;
  headers?: Record<string, string>;
}

/** A request as `who` (undefined: anonymous): the session cookie and, unless told not to, the CSRF token. */
export function send(
  app: FastifyInstance,
  who: Client | undefined,
  method: HTTPMethods,
  url: string,
  body?: unknown,
  options: SendOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (who) {
    const token = options.token ?? who.token;
    if (options.bearer) headers.authorization = `Bearer ${token}`;
    else headers.cookie = `${SESSION_COOKIE}=${token}`;
    if (options.csrf !== false) headers[CSRF_HEADER] = who.csrf;
  }
  Object.assign(headers, options.headers);
  // light-my-request 6.6 (the last release for Node 20) types `method` more narrowly than Fastify does.
  const inject = app.inject.bind(app) as (options: object) => ReturnType<FastifyInstance["inject"]>;
  return inject({
    method,
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as NonNullable<InjectOptions["payload"]> }),
  });
}

/** Fails with the request and the response when the status is not the one wanted. */
export function expectStatus(res: LightMyRequestResponse, status: number, what: string): void {
  if (res.statusCode !== status)
    throw new Error(`${what}: wanted ${status}, got ${res.statusCode} ${res.body.slice(0, 500)}`);
}

/** Registers a user and returns them signed in. */
export async function registerClient(
  app: FastifyInstance,
  role: "patient" | "clinician",
  label: string = role,
): Promise<Client> {
  const email = newEmail(label);
  const res = await send(app, undefined, "POST", "/api/auth/register", {
    email,
    password: PASSWORD,
    role,
    displayName: label,
  });
  expectStatus(res, 201, `register ${label}`);
  const view = res.json<{ user: { id: string }; csrfToken: string }>();
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`register ${label}: no ${SESSION_COOKIE} cookie`);
  return { id: view.user.id, email, password: PASSWORD, role, token: cookie.value, csrf: view.csrfToken };
}

/** Signs the client in again: a second, independent session. */
export async function loginAgain(app: FastifyInstance, who: Client): Promise<Client> {
  const res = await send(app, undefined, "POST", "/api/auth/login", {
    email: who.email,
    password: who.password,
  });
  expectStatus(res, 200, `login ${who.email}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`login ${who.email}: no ${SESSION_COOKIE} cookie`);
  return { ...who, token: cookie.value, csrf: res.json<{ csrfToken: string }>().csrfToken };
}

/** The patient saves an assessment (E02) so they have a plan starting on START_DAY. */
export async function startPlan(app: FastifyInstance, patient: Client): Promise<void> {
  const res = await send(app, patient, "POST", `/api/people/me/assessments?day=${START_DAY}`, E02_INPUT);
  expectStatus(res, 201, "save an assessment");
}

/** The patient creates an invite code. */
export async function createInvite(app: FastifyInstance, patient: Client): Promise<string> {
  const res = await send(app, patient, "POST", "/api/people/me/invites");
  expectStatus(res, 201, "create an invite");
  return res.json<{ code: string }>().code;
}

/** Links the clinician to the patient with a fresh invite code. */
export async function link(app: FastifyInstance, patient: Client, clinician: Client): Promise<void> {
  const code = await createInvite(app, patient);
  const res = await send(app, clinician, "POST", "/api/clinician/links", { code });
  expectStatus(res, 201, "redeem an invite");
}
