// The authorization matrix: every route × six actors; only allowed cells succeed; others' access is audited.
import type { FastifyInstance, HTTPMethods, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "./app.js";
import { ALL_ROUTES } from "./routes/routes.js";
import {
  createInvite,
  E02_INPUT,
  E101_INPUT,
  expectStatus,
  link,
  loginAgain,
  newEmail,
  PASSWORD,
  registerClient,
  send,
  startPlan,
  startTestApp,
  type Client,
  type TestApp,
} from "./testing/harness.js";

type Actor = "anonymous" | "person" | "other" | "linked" | "unlinked" | "revoked";
/** The person acts last: a cell that ends something (deleting the account) ends it after the others. */
const ACTORS: readonly Actor[] = ["anonymous", "other", "linked", "unlinked", "revoked", "person"];

const ANYONE: readonly Actor[] = ACTORS;
const SIGNED_IN: readonly Actor[] = ["person", "other", "linked", "unlinked", "revoked"];
const CLINICIANS: readonly Actor[] = ["linked", "unlinked", "revoked"];
const SELF: readonly Actor[] = ["person"];
const CARE: readonly Actor[] = ["person", "linked"];

/** The expected table: route → the actors who may call it on the person's data. Everyone else is denied. */
const EXPECTED: Record<string, readonly Actor[]> = {
  "GET /healthz": ANYONE,
  "GET /readyz": ANYONE,
  "POST /api/assess": ANYONE,
  "POST /api/progress": ANYONE,
  "GET /api/exercises": ANYONE,
  "GET /api/self-tests": ANYONE,
  "GET /api/drivers": ANYONE,
  "GET /api/pictures": ANYONE,
  "GET /api/pictures/:id.svg": ANYONE,
  "POST /api/auth/register": ANYONE,
  "POST /api/auth/login": ANYONE,
  "POST /api/auth/logout": SIGNED_IN,
  "GET /api/auth/session": SIGNED_IN,
  "GET /api/people/:personId/profile": CARE,
  "PATCH /api/people/:personId/profile": SELF,
  "POST /api/people/:personId/assessments": SELF,
  "GET /api/people/:personId/plan": CARE,
  "PUT /api/people/:personId/plan": CARE,
  "GET /api/people/:personId/today": CARE,
  "POST /api/people/:personId/sessions": SELF,
  "POST /api/people/:personId/checkins": SELF,
  "POST /api/people/:personId/reviews": SELF,
  "GET /api/people/:personId/history": CARE,
  "GET /api/people/:personId/export": SELF,
  "GET /api/people/:personId/fhir": CARE,
  "GET /api/people/:personId/report.pdf": CARE,
  "GET /api/people/:personId/exercise-sheet.pdf": CARE,
  "GET /api/people/:personId/sessions.csv": CARE,
  "GET /api/people/:personId/measures.csv": CARE,
  "DELETE /api/people/:personId": SELF,
  "GET /api/people/:personId/audit": SELF,
  "POST /api/people/:personId/invites": SELF,
  "DELETE /api/people/:personId/invites/:code": SELF,
  "GET /api/people/:personId/clinicians": SELF,
  "DELETE /api/people/:personId/clinicians/:clinicianId": SELF,
  "POST /api/clinician/links": CLINICIANS,
  "GET /api/clinician/patients": CLINICIANS,
  "GET /api/clinician/overview": CLINICIANS,
  "POST /api/people/:personId/escalations/:escalationId/acknowledge": CARE,
  "GET /api/measures/instruments": ANYONE,
  "POST /api/people/:personId/measures": SELF,
  "GET /api/people/:personId/measures": CARE,
  "GET /api/people/:personId/measures/due": CARE,
};
/** Routes with no person in the path that still read the person's data for a clinician linked to them. */
const LISTS_PERSON: ReadonlySet<string> = new Set(["GET /api/clinician/overview"]);
const DELETE_ACCOUNT = "DELETE /api/people/:personId";

interface World {
  app: FastifyInstance;
  person: Client;
  actors: Record<Exclude<Actor, "anonymous">, Client>;
  /** A patient whose invites the clinicians redeem in the link row, so the person's links stay as set up. */
  helper: Client;
}

/** What one cell sends: the filled-in path, a valid body, and a session to use instead of the actor's. */
interface CellRequest {
  url: string;
  body?: unknown;
  as?: Client;
}

let checkinDay = 6;
/** A valid request per route: real path values and a body that passes validation, fresh for every cell. */
const BUILD: Record<string, (w: World, who: Client | undefined, url: string) => Promise<CellRequest>> = {
  "POST /api/assess": async (_w, _who, url) => ({ url, body: E02_INPUT }),
  "POST /api/progress": async (_w, _who, url) => ({ url, body: E101_INPUT }),
  "GET /api/pictures/:id.svg": async (_w, _who, url) => ({ url: url.replace(":id", "glute_bridge") }),
  "POST /api/auth/register": async (_w, _who, url) => ({
    url,
    body: { email: newEmail("matrix"), password: PASSWORD, role: "patient" },
  }),
  "POST /api/auth/login": async (w, _who, url) => ({
    url,
    body: { email: w.person.email, password: PASSWORD },
  }),
  // Signing out ends a session: each cell signs out of a second session, not the one the matrix uses.
  "POST /api/auth/logout": async (w, who, u) =>
    who ? { url: u, as: await loginAgain(w.app, who) } : { url: u },
  "PATCH /api/people/:personId/profile": async (_w, _who, url) => ({
    url,
    body: { displayName: "Pat", baselinePain: 2 },
  }),
  "POST /api/people/:personId/assessments": async (_w, _who, url) => ({ url, body: E02_INPUT }),
  "PUT /api/people/:personId/plan": async (w, _who, url) => {
    const res = await send(w.app, w.person, "GET", "/api/people/me/plan");
    expectStatus(res, 200, "read the current plan");
    return { url, body: { plan: res.json<{ plan: unknown }>().plan, reason: "matrix: a clinician's edit" } };
  },
  "GET /api/people/:personId/today": async (_w, _who, url) => ({ url }),
  "POST /api/people/:personId/sessions": async (_w, _who, url) => ({
    url,
    body: { day: "2026-01-06", painDuring: 2, note: "felt fine" },
  }),
  "POST /api/people/:personId/checkins": async (_w, _who, url) => ({
    url,
    body: { day: `2026-01-${String(checkinDay++).padStart(2, "0")}`, pain: 2 },
  }),
  "POST /api/people/:personId/reviews": async (_w, _who, url) => ({ url, body: { weekEnd: "2026-01-11" } }),
  "DELETE /api/people/:personId/invites/:code": async (w, _who, url) => ({
    url: url.replace(":code", await createInvite(w.app, w.person)),
  }),
  "DELETE /api/people/:personId/clinicians/:clinicianId": async (w, _who, url) => {
    const clinician = await registerClient(w.app, "clinician", "throwaway-clinician");
    await link(w.app, w.person, clinician);
    return { url: url.replace(":clinicianId", clinician.id) };
  },
  // Every cell acknowledges the same escalation (the assessment's): the first allowed one sets it, the rest keep it.
  "POST /api/people/:personId/escalations/:escalationId/acknowledge": async (w, _who, url) => {
    const res = await send(w.app, w.person, "GET", "/api/people/me/history");
    expectStatus(res, 200, "read the history");
    const [event] = res.json<{ escalationEvents: { id: string }[] }>().escalationEvents;
    if (!event) throw new Error("the person has no escalation to acknowledge");
    return { url: url.replace(":escalationId", event.id) };
  },
  "POST /api/people/:personId/measures": async (_w, _who, url) => ({
    url,
    body: { day: "2026-01-05", answers: { instrument: "nprs", pain: 4 } },
  }),
  "GET /api/people/:personId/measures/due": async (_w, _who, url) => ({ url: `${url}?day=2026-01-05` }),
  "POST /api/clinician/links": async (w, _who, url) => ({
    url,
    body: { code: await createInvite(w.app, w.helper) },
  }),
};

interface AuditRow {
  actorId: string;
  actorRole: string;
  action: string;
  resource: string;
  outcome: string;
}

interface Cell {
  actor: Actor;
  request: string;
  status: number;
  allowed: boolean;
}

/** A cell's verdict: undefined when right, else what was wrong, with the request and the response. */
function judge(actor: Actor, allowed: boolean, request: string, res: LightMyRequestResponse) {
  const s = res.statusCode;
  const seen = `${actor}: ${request} → ${s} ${res.body.slice(0, 200)}`;
  if (s >= 500) return `5xx — ${seen}`;
  if (allowed) return s >= 200 && s < 300 ? undefined : `should succeed — ${seen}`;
  if (s >= 200 && s < 300) return `should be denied — ${seen}`;
  const wanted = actor === "anonymous" ? [401] : [403, 404];
  if (!wanted.includes(s)) return `should be denied with ${wanted.join(" or ")} — ${seen}`;
  if (!String(res.headers["content-type"]).startsWith("application/problem+json"))
    return `a denial should be problem+json — ${seen}`;
  return undefined;
}

let t: TestApp;
let w: World;
const cells: Cell[] = [];
/** Every request someone other than the person made on the person's data, as the audit should show it. */
const audited: { actorId: string; resource: string; outcome: "allowed" | "denied" }[] = [];

/** Runs one row: every actor, and for the person also the `me` alias. Returns the wrong cells. */
async function runRow(key: string): Promise<string[]> {
  const [method, template] = key.split(" ") as [HTTPMethods, string];
  const allowedActors = EXPECTED[key]!;
  const wrong: string[] = [];
  for (const actor of ACTORS) {
    const who = actor === "anonymous" ? undefined : w.actors[actor];
    const ids = !template.includes(":personId")
      ? [template]
      : actor === "person" && key !== DELETE_ACCOUNT
        ? [w.person.id, "me"].map((id) => template.replace(":personId", id))
        : // Deleting through `me` is the deletion test's; here the person deletes by id, after the others.
          [template.replace(":personId", w.person.id)];
    for (const url of ids) {
      const build =
        BUILD[key] ??
        (async (_w: World, _who: Client | undefined, u: string): Promise<CellRequest> => ({ url: u }));
      const req = await build(w, who, url);
      const as = req.as ?? who;
      const res = await send(w.app, as, method, req.url, req.body);
      const allowed = allowedActors.includes(actor);
      const shown = req.body === undefined ? "" : ` ${JSON.stringify(req.body).slice(0, 80)}…`;
      const request = `${method} ${req.url}${shown}`;
      cells.push({ actor, request, status: res.statusCode, allowed });
      const verdict = judge(actor, allowed, request, res);
      if (verdict) wrong.push(verdict);
      if (who && actor !== "person" && template.includes(":personId"))
        audited.push({ actorId: who.id, resource: key, outcome: allowed ? "allowed" : "denied" });
      // The patient list reads every linked patient on it: the linked clinician's call is a read of the person.
      if (actor === "linked" && LISTS_PERSON.has(key))
        audited.push({ actorId: who!.id, resource: key, outcome: "allowed" });
    }
  }
  return wrong;
}

beforeAll(async () => {
  t = await startTestApp();
  const app = t.app;
  const person = await registerClient(app, "patient", "person");
  await startPlan(app, person);
  expectStatus(
    await send(app, person, "POST", "/api/people/me/sessions", { day: "2026-01-05", painDuring: 1 }),
    201,
    "log a session",
  );
  const linked = await registerClient(app, "clinician", "linked");
  await link(app, person, linked);
  const revoked = await registerClient(app, "clinician", "revoked");
  await link(app, person, revoked);
  expectStatus(
    await send(app, person, "DELETE", `/api/people/me/clinicians/${revoked.id}`),
    200,
    "revoke a link",
  );
  const unlinked = await registerClient(app, "clinician", "unlinked");
  const other = await registerClient(app, "patient", "other");
  const helper = await registerClient(app, "patient", "helper");
  w = { app, person, helper, actors: { person, other, linked, unlinked, revoked } };
});
afterAll(async () => {
  await t?.close();
});

describe("the authorization matrix", () => {
  it("has a row for every route and no row for a route that is gone", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ALL_ROUTES.map((r) => `${r.method} ${r.url}`).sort());
  });

  for (const key of Object.keys(EXPECTED).filter((k) => k !== DELETE_ACCOUNT)) {
    it(`${key}: only ${EXPECTED[key]!.join(", ")} may`, async () => {
      expect(await runRow(key)).toEqual([]);
    });
  }

  it("audits every request by anyone else on the person's data, and none of the person's own", async () => {
    const res = await send(w.app, w.person, "GET", "/api/people/me/audit");
    expect(res.statusCode).toBe(200);
    const rows = res.json<AuditRow[]>();
    const accesses = rows.filter((r) => r.action !== "link");
    const line = (r: { actorId: string; resource: string; outcome: string }) =>
      `${r.actorId} ${r.resource} ${r.outcome}`;
    expect(accesses.map(line).sort()).toEqual(audited.map(line).sort());
    // The clinicians' requests, named: allowed for the linked one, denied for the unlinked and the revoked.
    for (const actor of ["linked", "unlinked", "revoked"] as const) {
      const mine = accesses.filter((r) => r.actorId === w.actors[actor].id);
      expect(mine.length, actor).toBeGreaterThan(10);
      expect(mine.every((r) => r.actorRole === "clinician")).toBe(true);
      if (actor !== "linked")
        expect(
          mine.every((r) => r.outcome === "denied"),
          actor,
        ).toBe(true);
    }
    expect(accesses.filter((r) => r.actorId === w.actors.linked.id && r.outcome === "allowed").length).toBe(
      cells.filter(
        (c) =>
          c.actor === "linked" &&
          c.allowed &&
          (c.request.includes(w.person.id) || LISTS_PERSON.has(c.request.split(" ").slice(0, 2).join(" "))),
      ).length,
    );
    expect(rows.some((r) => r.actorId === w.person.id)).toBe(false);
    expect(rows.filter((r) => r.action === "link").map((r) => r.actorId)).toEqual(
      expect.arrayContaining([w.actors.linked.id, w.actors.revoked.id]),
    );
  });

  it(`${DELETE_ACCOUNT}: only person may (last: it ends the person)`, async () => {
    expect(await runRow(DELETE_ACCOUNT)).toEqual([]);
    const history = await send(w.app, w.actors.linked, "GET", `/api/people/${w.person.id}/history`);
    expect(history.statusCode).toBe(404);
  });

  it("ran every cell: each route by each actor, and the person also through `me`", () => {
    const personRows = Object.keys(EXPECTED).filter((k) => k.includes(":personId")).length;
    expect(cells.length).toBe(Object.keys(EXPECTED).length * ACTORS.length + personRows - 1);
  });
});

describe("sessions and CSRF", () => {
  let pat: Client;
  beforeAll(async () => {
    pat = await registerClient(w.app, "patient", "csrf");
    await startPlan(w.app, pat);
  });
  const log = { day: "2026-01-07", painDuring: 2 };

  it("refuses a cookie-authenticated write without the CSRF header, or with a wrong one: 403", async () => {
    const missing = await send(w.app, pat, "POST", "/api/people/me/sessions", log, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const wrong = await send(w.app, pat, "POST", "/api/people/me/sessions", log, {
      csrf: false,
      headers: { "x-csrf-token": "not-the-token" },
    });
    expect(wrong.statusCode).toBe(403);
    const other = await send(w.app, pat, "POST", "/api/people/me/sessions", log, {
      csrf: false,
      headers: { "x-csrf-token": w.actors.other.csrf },
    });
    expect(other.statusCode).toBe(403);
    const history = await send(w.app, pat, "GET", "/api/people/me/history");
    expect(history.json<{ sessionLogs: unknown[] }>().sessionLogs).toHaveLength(0);
    // Reads need no CSRF token: a cross-site read cannot see the answer.
    expect(
      (await send(w.app, pat, "GET", "/api/people/me/plan", undefined, { csrf: false })).statusCode,
    ).toBe(200);
  });

  it("needs no CSRF header with Authorization: Bearer", async () => {
    const bearer = { bearer: true, csrf: false };
    const res = await send(w.app, pat, "POST", "/api/people/me/sessions", log, bearer);
    expect(res.statusCode).toBe(201);
    const patch = await send(
      w.app,
      pat,
      "PATCH",
      "/api/people/me/profile",
      { baselinePain: 3 },
      {
        bearer: true,
        csrf: false,
      },
    );
    expect(patch.statusCode).toBe(200);
    expect(patch.json<{ baselinePain: number }>().baselinePain).toBe(3);
  });

  it("ends the session at logout, as cookie and as bearer token, and leaves others alone", async () => {
    const second = await loginAgain(w.app, pat);
    expect((await send(w.app, second, "GET", "/api/auth/session")).statusCode).toBe(200);
    const out = await send(w.app, second, "POST", "/api/auth/logout");
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cleared?.value ?? "").toBe("");
    expect((await send(w.app, second, "GET", "/api/auth/session")).statusCode).toBe(401);
    expect(
      (await send(w.app, second, "GET", "/api/auth/session", undefined, { bearer: true })).statusCode,
    ).toBe(401);
    expect((await send(w.app, second, "GET", "/api/people/me/plan")).statusCode).toBe(401);
    expect((await send(w.app, pat, "GET", "/api/auth/session")).statusCode).toBe(200);
  });
});

describe("account deletion", () => {
  it("erases the person's data; the audit keeps only that a deletion happened, with no ids", async () => {
    const { app, store } = { app: w.app, store: t.store };
    const gone = await registerClient(app, "patient", "leaving");
    await startPlan(app, gone);
    expectStatus(
      await send(app, gone, "POST", "/api/people/me/checkins", { day: "2026-01-06", pain: 3 }),
      201,
      "check in",
    );
    const doctor = await registerClient(app, "clinician", "their-doctor");
    await link(app, gone, doctor);
    await createInvite(app, gone);
    expect((await send(app, doctor, "GET", `/api/people/${gone.id}/history`)).statusCode).toBe(200);
    expect((await send(app, w.actors.unlinked, "GET", `/api/people/${gone.id}/plan`)).statusCode).toBe(404);
    const auditBefore = await send(app, gone, "GET", "/api/people/me/audit");
    expect(auditBefore.json<unknown[]>().length).toBeGreaterThanOrEqual(3);
    const deletedBefore = await store.query(
      "select count(*)::int as n from audit_log where action = 'account_deleted'",
    );

    const res = await send(app, gone, "DELETE", "/api/people/me");
    expect(res.statusCode).toBe(200);

    for (const [table, column] of [
      ["users", "id"],
      ["people", "id"],
      ["auth_sessions", "user_id"],
      ["assessments", "person_id"],
      ["plans", "person_id"],
      ["session_logs", "person_id"],
      ["checkins", "person_id"],
      ["escalation_events", "person_id"],
      ["invites", "person_id"],
      ["clinician_links", "person_id"],
    ] as const) {
      const rows = await store.query(
        `select count(*)::int as n from ${table} where ${column} = '${gone.id}'`,
      );
      expect(rows, table).toEqual([{ n: 0 }]);
    }
    const audit = await store.query("select * from audit_log");
    expect(audit.filter((r) => JSON.stringify(r).includes(gone.id))).toEqual([]);
    const deleted = audit.filter((r) => r.action === "account_deleted");
    expect(deleted.length).toBe((deletedBefore[0]!.n as number) + 1);
    for (const row of deleted)
      expect(row).toMatchObject({ actor_id: null, actor_role: null, subject_id: null, resource: "account" });

    // Afterwards the person is gone for everyone: their clinician gets 404; session and password are dead.
    expect((await send(app, doctor, "GET", `/api/people/${gone.id}/history`)).statusCode).toBe(404);
    expect((await send(app, doctor, "GET", "/api/clinician/patients")).json<{ id: string }[]>()).toEqual([]);
    expect((await send(app, gone, "GET", "/api/people/me/profile")).statusCode).toBe(401);
    const login = await send(app, undefined, "POST", "/api/auth/login", {
      email: gone.email,
      password: PASSWORD,
    });
    expect(login.statusCode).toBe(401);
    // The clinician's own attempt after the deletion is theirs to answer for: the only row naming the id.
    const after = await store.query("select * from audit_log");
    expect(after.filter((r) => JSON.stringify(r).includes(gone.id))).toMatchObject([
      {
        actor_id: doctor.id,
        subject_id: gone.id,
        outcome: "denied",
        resource: "GET /api/people/:personId/history",
      },
    ]);
  });
});
