// The outcome measure routes: problems that name the field, records by day with their change, what is due, OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  E02_INPUT,
  expectStatus,
  link,
  registerClient,
  send,
  START_DAY,
  startTestApp,
  type Client,
  type TestApp,
} from "./testing/harness.js";

let t: TestApp;
let patient: Client;
const rmdq = (yes: number) => ({ instrument: "rmdq", items: Array.from({ length: 24 }, (_, i) => i < yes) });

beforeAll(async () => {
  t = await startTestApp();
  patient = await registerClient(t.app, "patient", "measures-patient");
  const back = { ...E02_INPUT, complaints: [{ ...E02_INPUT.complaints[0]!, region: "low_back" }] };
  expectStatus(await send(t.app, patient, "POST", "/api/people/me/assessments", back), 201, "start a plan");
});
afterAll(() => t.close());

describe("outcome measure routes", () => {
  it("refuses bad input as problem+json naming the field, and stores nothing", async () => {
    const res = await send(t.app, patient, "POST", "/api/people/me/measures", {
      day: START_DAY,
      answers: { instrument: "rmdq", items: [true] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe("answers.items");
    const unknown = await send(t.app, patient, "POST", "/api/people/me/measures", {
      day: START_DAY,
      answers: { instrument: "oswestry" },
    });
    expect(unknown.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe("answers.instrument");
    const list = await send(t.app, patient, "GET", "/api/people/me/measures");
    expect(list.json()).toEqual([]);
  });

  it("lists what is due at intake for low back pain, with reasons", async () => {
    const res = await send(t.app, patient, "GET", `/api/people/me/measures/due?day=${START_DAY}`);
    expectStatus(res, 200, "due");
    const { due } = res.json<{ due: { instrument: string; reason: string }[] }>();
    expect(due.map((d) => d.instrument)).toEqual(["start_back", "nprs", "rmdq", "psfs"]);
    expect(due[0]!.reason).toMatch(/once, at the start/);
    const bad = await send(t.app, patient, "GET", "/api/people/me/measures/due?day=2026-02-31");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe("query.day");
  });

  it("records with the published score, returns 201, and the second carries the change since the first", async () => {
    const first = await send(t.app, patient, "POST", "/api/people/me/measures", {
      day: START_DAY,
      answers: rmdq(12),
    });
    expectStatus(first, 201, "first RMDQ");
    expect(first.json()).toMatchObject({
      instrument: "rmdq",
      day: START_DAY,
      result: { score: 12, max: 24 },
    });
    expect(first.json()).not.toHaveProperty("change");
    const second = await send(t.app, patient, "POST", "/api/people/me/measures", {
      day: "2026-02-02",
      answers: rmdq(6),
    });
    expectStatus(second, 201, "second RMDQ");
    expect(second.json()).toMatchObject({ change: { change: -6, direction: "better", meaningful: true } });
    const list = await send(t.app, patient, "GET", `/api/people/${patient.id}/measures`);
    expect(list.json<{ day: string }[]>().map((r) => r.day)).toEqual([START_DAY, "2026-02-02"]);
  });

  it("a linked clinician reads the measures; a stranger is refused", async () => {
    const clinician = await registerClient(t.app, "clinician", "measures-clinician");
    const stranger = await registerClient(t.app, "clinician", "measures-stranger");
    await link(t.app, patient, clinician);
    const read = await send(t.app, clinician, "GET", `/api/people/${patient.id}/measures`);
    expectStatus(read, 200, "linked clinician reads");
    expect(read.json<unknown[]>()).toHaveLength(2);
    expect((await send(t.app, stranger, "GET", `/api/people/${patient.id}/measures`)).statusCode).toBe(404);
    const write = await send(t.app, clinician, "POST", `/api/people/${patient.id}/measures`, {
      day: START_DAY,
      answers: { instrument: "nprs", pain: 3 },
    });
    expect(write.statusCode).toBe(404);
  });

  it("serves the instruments with their wording and sources, to anyone", async () => {
    const res = await send(t.app, undefined, "GET", "/api/measures/instruments");
    expectStatus(res, 200, "instruments");
    const list = res.json<{ id: string; items?: unknown[]; references: unknown[]; copyright?: string }[]>();
    expect(list.map((i) => i.id)).toEqual(["nprs", "rmdq", "psfs", "start_back"]);
    expect(list[1]!.items).toHaveLength(24);
    expect(list[3]!.items).toHaveLength(8);
    expect(list[3]!.copyright).toMatch(/© Keele University/);
    expect(list.every((i) => i.references.length > 0)).toBe(true);
  });

  it("the OpenAPI document describes the routes", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths["/api/people/{personId}/measures"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/api/people/{personId}/measures/due"]).toHaveProperty("get");
    expect(doc.paths["/api/measures/instruments"]).toHaveProperty("get");
  });
});
