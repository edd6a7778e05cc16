// The clinician portal's API: the overview ranks a red flag first, audits each patient read, and acknowledging works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OverviewRowView } from "@upstream/core";
import {
  expectStatus,
  link,
  registerClient,
  send,
  START_DAY,
  startPlan,
  startTestApp,
  type Client,
  type TestApp,
} from "./testing/harness.js";

let t: TestApp;
let doctor: Client;
let ana: Client;
let ben: Client;

const overview = async (who: Client) => {
  const res = await send(t.app, who, "GET", "/api/clinician/overview");
  expectStatus(res, 200, "read the overview");
  return res.json<OverviewRowView[]>();
};

beforeAll(async () => {
  t = await startTestApp();
  doctor = await registerClient(t.app, "clinician", "doctor");
  ana = await registerClient(t.app, "patient", "ana");
  ben = await registerClient(t.app, "patient", "ben");
  for (const p of [ben, ana]) {
    await startPlan(t.app, p);
    await link(t.app, p, doctor);
  }
});
afterAll(async () => {
  await t?.close();
});

describe("GET /api/clinician/overview", () => {
  it("puts a patient with a red flag at today's check-in on top, with the reason", async () => {
    expectStatus(
      await send(t.app, ana, "POST", "/api/people/me/checkins", {
        day: START_DAY,
        pain: 2,
        redFlags: { saddleNumbness: true },
      }),
      201,
      "check in with a red flag",
    );
    const rows = await overview(doctor);
    expect(rows.map((r) => r.personId)).toEqual([ana.id, ben.id]);
    expect(rows[0]!.reasons.map((r) => r.code)).toEqual(["red_flag", "escalation"]);
    expect(rows[0]!.plan?.status).toBe("stopped");
    expect(rows[1]!.reasons.map((r) => r.code)).toEqual(["escalation"]);
    expect(rows[1]!.triage?.level).toBe("yellow");
  });

  it("writes one audit row per patient listed, which each patient reads as a clinician's read", async () => {
    await overview(doctor);
    for (const p of [ana, ben]) {
      const audit = await send(t.app, p, "GET", "/api/people/me/audit");
      const reads = audit
        .json<{ actorId: string; action: string; resource: string }[]>()
        .filter((r) => r.resource === "GET /api/clinician/overview");
      expect(reads.length).toBeGreaterThanOrEqual(1);
      expect(reads.every((r) => r.actorId === doctor.id && r.action === "read")).toBe(true);
    }
  });

  it("lists nobody for a clinician whose link the patient revoked, and refuses a patient", async () => {
    const former = await registerClient(t.app, "clinician", "former");
    await link(t.app, ben, former);
    expect((await overview(former)).map((r) => r.personId)).toEqual([ben.id]);
    expectStatus(await send(t.app, ben, "DELETE", `/api/people/me/clinicians/${former.id}`), 200, "revoke");
    expect(await overview(former)).toEqual([]);
    expect((await send(t.app, ben, "GET", "/api/clinician/overview")).statusCode).toBe(403);
  });
});

describe("POST /api/people/:id/escalations/:escalationId/acknowledge", () => {
  it("a linked clinician acknowledges; the escalation leaves the reasons; a second time changes nothing", async () => {
    const history = await send(t.app, doctor, "GET", `/api/people/${ben.id}/history`);
    const events = history.json<{ escalationEvents: { id: string }[] }>().escalationEvents;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const res = await send(t.app, doctor, "POST", `/api/people/${ben.id}/escalations/${e.id}/acknowledge`);
      expectStatus(res, 200, "acknowledge");
      expect(res.json()).toEqual({ ok: true, changed: true });
    }
    const again = await send(
      t.app,
      doctor,
      "POST",
      `/api/people/${ben.id}/escalations/${events[0]!.id}/acknowledge`,
    );
    expect(again.json()).toEqual({ ok: true, changed: false });
    const row = (await overview(doctor)).find((r) => r.personId === ben.id);
    expect(row?.reasons).toEqual([]);
    const after = await send(t.app, doctor, "GET", `/api/people/${ben.id}/history`);
    const acked = after.json<{ escalationEvents: { acknowledgedAt: string | null }[] }>().escalationEvents;
    expect(acked.every((e) => e.acknowledgedAt !== null)).toBe(true);
  });

  it("another person's escalation id through this person is not found", async () => {
    const history = await send(t.app, ana, "GET", "/api/people/me/history");
    const [event] = history.json<{ escalationEvents: { id: string }[] }>().escalationEvents;
    const res = await send(
      t.app,
      doctor,
      "POST",
      `/api/people/${ben.id}/escalations/${event!.id}/acknowledge`,
    );
    expect(res.statusCode).toBe(404);
  });
});
