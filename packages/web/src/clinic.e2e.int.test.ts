/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the clinician portal in Chromium, at a desktop size and at phone size, against the real server:
// linking, the list ranked by attention, plan editing, the PDF report (rendered with pdftoppm) and the FHIR bundle.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  apiGet,
  axe,
  describeViolations,
  launch,
  phone,
  PHONE,
  screenshot,
  serve,
  step,
  type Served,
  type Violation,
  describeInChromium,
} from "../e2e/harness.js";
import { currentPlan, GREEN_RUNNER_INPUT, logIn, newEmail, PASSWORD, signUpWithPlan } from "../e2e/people.js";

const DESKTOP = { width: 1280, height: 800 };

let served: Served;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const violations: Violation[] = [];

async function open(viewport: { width: number; height: number }): Promise<Page> {
  if (viewport === PHONE) {
    const p = await phone(browser, served.url);
    contexts.push(p.context);
    p.page.on("pageerror", (e) => problems.push(e.message));
    return p.page;
  }
  const context = await browser.newContext({ viewport, baseURL: served.url, serviceWorkers: "block" });
  context.setDefaultTimeout(45_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  return page;
}

/** A write from inside the page with its own session (cookie and CSRF token). */
async function apiSend<T>(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: {
          "x-csrf-token": session.csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as unknown };
    },
    { method, path, body },
  ) as Promise<{ status: number; body: T }>;
}

async function check(page: Page, name: string) {
  await screenshot(page, name);
  violations.push(...(await axe(page, name)));
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

describeInChromium("the clinician portal in Chromium", { timeout: 240_000 }, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  it("links patients with invite codes, ranks a red flag first, edits a plan, downloads the PDF and FHIR; a stranger is refused", async () => {
    // Two patients with plans; the first creates an invite code on their account page.
    const ana = await open(PHONE);
    await signUpWithPlan(ana, newEmail("ana"), GREEN_RUNNER_INPUT);
    await apiSend(ana, "PATCH", "/api/people/me/profile", { displayName: "Ana Alves" });
    const anaId = (await apiGet<{ user: { id: string } }>(ana, "/api/auth/session")).body.user.id;
    const code = await step(ana, "create an invite code", async () => {
      await ana.goto("/#/account");
      await ana.getByRole("button", { name: "Create an invite code" }).click();
      return (await ana.locator(".invite-code").textContent())!.trim();
    });
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    await check(ana, "account-invite-code");

    const ben = await open(PHONE);
    await signUpWithPlan(ben, newEmail("ben"), GREEN_RUNNER_INPUT);
    await apiSend(ben, "PATCH", "/api/people/me/profile", { displayName: "Ben Brandt" });
    const benId = (await apiGet<{ user: { id: string } }>(ben, "/api/auth/session")).body.user.id;
    const benCode = (await apiSend<{ code: string }>(ben, "POST", "/api/people/me/invites")).body.code;

    // A clinician signs up at a desktop and lands in the portal.
    const doctor = await open(DESKTOP);
    const doctorEmail = newEmail("doctor");
    await step(doctor, "clinician sign-up", async () => {
      await doctor.goto("/#/signup");
      await doctor.getByLabel("Email", { exact: true }).fill(doctorEmail);
      await doctor.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await doctor.getByLabel(/^Name/).fill("Dr Dana Diaz");
      await doctor.getByLabel(/I am a clinician/).check();
      await doctor.getByRole("button", { name: "Create account", exact: true }).click();
      await h1(doctor, "Your patients").waitFor();
      await doctor.getByText("No patients linked yet.").waitFor();
    });
    expect(
      await doctor.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents(),
    ).toContain("Patients");

    await step(doctor, "a wrong code is refused, naming the field", async () => {
      await doctor.getByLabel("Invite code").fill("WRONGCODE2");
      await doctor.getByRole("button", { name: "Link patient" }).click();
      await doctor.getByText(/^Error: Invite code: unknown, used, revoked or expired/).waitFor();
      expect(await doctor.getByLabel("Invite code").getAttribute("aria-invalid")).toBe("true");
    });
    await step(doctor, "link both patients", async () => {
      for (const c of [code, benCode]) {
        await doctor.getByLabel("Invite code").fill(c);
        await doctor.getByRole("button", { name: "Link patient" }).click();
        await doctor.getByText("Patient linked.").waitFor();
      }
      await doctor.getByText(/^2 patients;/).waitFor();
    });

    // Ana's morning check-in reports a red flag: she rises to the top with the reason in words.
    const day = (await currentPlan(ana)).startDate;
    const red = await apiSend<{ red: boolean }>(ana, "POST", "/api/people/me/checkins", {
      day,
      pain: 3,
      redFlags: { saddleNumbness: true },
    });
    expect(red.body.red).toBe(true);
    await step(doctor, "the red flag on top, on the clinician's start page too", async () => {
      await doctor.goto("/#/");
      await doctor.reload();
      await h1(doctor, "Your patients").waitFor();
      const rows = doctor.locator(".clinic-table tbody tr");
      await rows.first().getByText("Red flag").waitFor();
      expect(await rows.first().getByRole("rowheader").textContent()).toBe("Ana Alves");
      expect(await rows.nth(1).getByRole("rowheader").textContent()).toBe("Ben Brandt");
      await rows.first().getByText(`Red-flag sign at the check-in on ${day}`).waitFor();
    });
    await check(doctor, "clinic-list-desktop");

    const doctorPhone = await open(PHONE);
    await step(doctorPhone, "the list at phone size: cards", async () => {
      await doctorPhone.goto("/#/login");
      await logIn(doctorPhone, doctorEmail);
      await h1(doctorPhone, "Your patients").waitFor();
      const first = doctorPhone.locator(".clinic-cards li").first();
      await first.getByRole("heading", { name: "Ana Alves" }).waitFor();
      await first.getByText("Red flag").waitFor();
      expect(await doctorPhone.locator(".clinic-table").isVisible()).toBe(false);
    });
    await check(doctorPhone, "clinic-list-phone");

    // Ana's page: the red flag to acknowledge, her stopped plan, the timeline.
    await step(doctor, "Ana's page", async () => {
      await doctor.getByRole("link", { name: "Ana Alves" }).click();
      await h1(doctor, "Ana Alves").waitFor();
      await doctor.getByText(/The plan is stopped/).waitFor();
      await doctor.getByRole("heading", { name: "Timeline" }).waitFor();
      await doctor
        .getByText(/RED FLAG/)
        .first()
        .waitFor();
      await doctor.getByText("No measures yet.").waitFor();
      await doctor.getByRole("button", { name: /^Acknowledge/ }).click();
      await doctor.getByRole("button", { name: /^Acknowledge/ }).waitFor({ state: "detached" });
    });
    const anaHistory = await apiGet<{
      escalationEvents: { escalation: string; acknowledgedAt: string | null }[];
    }>(doctor, `/api/people/${anaId}/history`);
    expect(
      anaHistory.body.escalationEvents.find((e) => e.escalation === "red_flag_at_checkin")?.acknowledgedAt,
    ).toBeTruthy();

    // Ben's page: re-dose one exercise, remove another, with a reason.
    const before = await apiGet<{
      version: number;
      plan: { phases: { items: { exercise: string; dose: Record<string, number> }[] }[] };
    }>(doctor, `/api/people/${benId}/plan`);
    const items = before.body.plan.phases
      .flatMap((p) => p.items)
      .filter((i) => Object.keys(i.dose).length > 0);
    expect(items.length).toBeGreaterThanOrEqual(2);
    const [redosed, removed] = [items[0]!, items[1]!];
    const field = Object.keys(redosed.dose)[0]!;
    const newValue = Math.max(1, Math.round(redosed.dose[field]! / 2));
    await step(doctor, "edit Ben's plan", async () => {
      await doctor.goto(`/#/clinic/patients/${benId}`);
      await h1(doctor, "Ben Brandt").waitFor();
      const rows = doctor.locator(".plan-row");
      await rows.first().waitFor();
      const index = await rows.evaluateAll(
        (els, ex) => els.findIndex((el) => el.getAttribute("data-exercise") === ex),
        redosed.exercise,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      await doctor.locator(`#dose-${index}-${field}`).fill(String(newValue));
      await rows.nth(index).getByText("≠").waitFor();
      const removeIndex = await rows.evaluateAll(
        (els, ex) => els.findIndex((el) => el.getAttribute("data-exercise") === ex),
        removed.exercise,
      );
      await rows.nth(removeIndex).getByRole("button", { name: "Remove" }).click();
      // Saving without a reason names the field.
      await doctor.getByRole("button", { name: "Save as a new plan version" }).click();
      await doctor.getByRole("link", { name: /^Reason: say why/ }).waitFor();
      await doctor
        .getByLabel(/Reason for the change/)
        .fill("Calf irritable after long rides: less volume for now");
    });
    await check(doctor, "clinic-patient-desktop");
    await step(doctor, "save the edit", async () => {
      await doctor.getByRole("button", { name: "Save as a new plan version" }).click();
      await doctor.getByText(`Saved as plan version ${before.body.version + 1}.`).waitFor();
    });
    const doctorId = (await apiGet<{ user: { id: string } }>(doctor, "/api/auth/session")).body.user.id;
    const after = await apiGet<{
      planVersions: {
        version: number;
        author: string;
        cause: string;
        causeDetail: string;
        plan: typeof before.body.plan;
      }[];
    }>(doctor, `/api/people/${benId}/history`);
    const latest = after.body.planVersions.sort((a, b) => b.version - a.version)[0]!;
    expect(latest).toMatchObject({ version: before.body.version + 1, author: doctorId, cause: "edited" });
    expect(latest.causeDetail).toMatch(/Calf irritable/);
    const latestItems = latest.plan.phases.flatMap((p) => p.items);
    expect(latestItems.find((i) => i.exercise === removed.exercise)).toBeUndefined();
    expect(latestItems.find((i) => i.exercise === redosed.exercise)?.dose[field]).toBe(newValue);
    // The engine's suggestion stays beside the clinician's version, the differences marked.
    await doctor
      .getByText(/Plan edited \(version \d+\) by a clinician/)
      .first()
      .waitFor();
    await doctor
      .locator(".plan-row")
      .first()
      .getByText(/Engine suggests/)
      .waitFor();
    await doctor.getByText(/In the engine's plan but not in this one/).waitFor();

    await step(doctor, "download Ben's PDF report: pages rendered to images", async () => {
      const download = doctor.waitForEvent("download");
      await doctor.getByRole("link", { name: /Progress report \(PDF\)/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = await file.path();
      const out = mkdtempSync(join(tmpdir(), "upstream-clinic-pdf-"));
      execFileSync("pdftoppm", ["-r", "40", "-png", pdf, join(out, "page")]);
      const pages = readdirSync(out).filter((f) => f.endsWith(".png"));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) expect(statSync(join(out, page)).size).toBeGreaterThan(2_000);
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      expect(text).toContain("Ben Brandt");
      expect(text).toMatch(/not a diagnosis/i);
    });
    await step(doctor, "download Ben's FHIR bundle", async () => {
      const download = doctor.waitForEvent("download");
      await doctor.getByRole("link", { name: /Health record \(FHIR\)/ }).click();
      const bundle = JSON.parse(readFileSync(await (await download).path(), "utf8")) as {
        resourceType: string;
        entry: { resource: { resourceType: string; name?: { text?: string }[] } }[];
      };
      expect(bundle.resourceType).toBe("Bundle");
      const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
      for (const t of ["Patient", "CarePlan", "QuestionnaireResponse", "Observation"])
        expect(types).toContain(t);
      const careplans = bundle.entry.filter((e) => e.resource.resourceType === "CarePlan");
      expect(careplans.length).toBeGreaterThanOrEqual(2);
    });

    await step(doctorPhone, "Ben's page at phone size", async () => {
      await doctorPhone.goto(`/#/clinic/patients/${benId}`);
      await h1(doctorPhone, "Ben Brandt").waitFor();
      await doctorPhone.locator(".plan-row").first().waitFor();
    });
    await check(doctorPhone, "clinic-patient-phone");

    // An unlinked clinician reaches none of it.
    const stranger = await open(DESKTOP);
    await stranger.goto("/#/");
    const reg = await stranger.evaluate(async (email) => {
      const res = await fetch("/api/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "correct horse battery", role: "clinician" }),
      });
      return res.status;
    }, newEmail("stranger"));
    expect(reg).toBe(201);
    for (const path of [`/api/people/${anaId}/history`, `/api/people/${benId}/plan`])
      expect((await apiGet(stranger, path)).status).toBe(404);
    expect((await apiGet<unknown[]>(stranger, "/api/clinician/overview")).body).toEqual([]);
    expect(
      (
        await apiSend(stranger, "PUT", `/api/people/${benId}/plan`, {
          plan: before.body.plan,
          reason: "not mine",
        })
      ).status,
    ).toBe(404);
    await stranger.goto(`/#/clinic/patients/${benId}`);
    await stranger.getByText("No such patient, or they are not linked to you.").waitFor();

    expect(describeViolations(violations)).toBe("");
    expect(problems).toEqual([]);
  });
});
