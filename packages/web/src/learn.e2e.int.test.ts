/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the chain pictures on the results page, the education, checklist and reminder pages, in Chromium at phone size.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  axe,
  describeViolations,
  launch,
  phone,
  screenshot,
  serve,
  step,
  type Phone,
  type Served,
  describeInChromium,
} from "../e2e/harness.js";
import { seedAssessed, stored } from "../e2e/people.js";

/** Three contract examples (../shared/contract/examples/assess), each led by a different driver. */
const CASES = [
  {
    name: "results-nerve-root",
    driver: "lumbar_nerve_root",
    heading: /L5\/S1 nerve root/,
    // e02: a cyclist's weak left calf with a back ache, numbness below the knee and a positive slump.
    input: {
      age: 40,
      activities: ["cycling"],
      complaints: [
        { region: "calf", side: "left", kinds: ["weakness"], weeks: 3, worstPain: 3 },
        { region: "low_back", side: "left", kinds: ["pain"], weeks: 3, worstPain: 4 },
      ],
      nerveSymptoms: [{ limb: "leg", side: "left", belowKneeOrElbow: true, kinds: ["numbness"] }],
      status: { walk10MinWithoutSpike: true, easesWithMovement: true },
      aggravators: ["sitting"],
      easers: ["walking"],
      selfTests: {
        calfRaise: { left: 10, right: 22 },
        slump: { left: "positive", right: "negative" },
        heelWalk: { left: "ok", right: "ok" },
      },
    },
    // The calf (1), up the sciatic nerve (2), to the L5/S1 roots (3).
    steps: [/^1\s*Calf/, /^2\s*Sciatic nerve/, /^3\s*L5 and S1 nerve roots/],
  },
  {
    name: "results-abdominals",
    driver: "abdominal_weakness_extensor_dominance",
    heading: /Weak abdominals/,
    // e05: recurrent low-back spasms with lifting and bending, back muscles hard, abdominals never trained.
    input: {
      age: 60,
      activities: ["walking"],
      complaints: [
        { region: "low_back", side: "both", kinds: ["spasm"], weeks: 1, recurrent: true, worstPain: 6 },
      ],
      status: { walk10MinWithoutSpike: true, backMusclesFeelHard: true },
      aggravators: ["lifting", "bending"],
      habits: { trainsAbs: false },
    },
    steps: [/^1\s*Lower back/, /^2\s*Tummy muscles/],
  },
  {
    name: "results-thoracic",
    driver: "thoracic_neck_stiffness",
    heading: /Neck and upper-back/,
    // e03: a programmer's left neck tightness and shoulder pain, worse overhead, eased by thoracic extension.
    input: {
      age: 29,
      activities: ["desk_work"],
      complaints: [
        { region: "neck", side: "left", kinds: ["tightness"], weeks: 1, worstPain: 3 },
        { region: "shoulder", side: "left", kinds: ["pain"], weeks: 1, worstPain: 3 },
      ],
      status: {
        walk10MinWithoutSpike: true,
        easesWithMovement: true,
        painLimitsSleep: false,
        nightPain: false,
      },
      aggravators: ["overhead_reach"],
      easers: ["thoracic_extension"],
      selfTests: { thoracicExtension: "eases_shoulder" },
      habits: { sittingHoursPerDay: 11, sleepHours: 6 },
      programWeeks: 0,
    },
    steps: [/^1\s*Shoulder/, /^2\s*Upper back/],
  },
] as const;

let served: Served;
let browser: Browser;
const open: Phone[] = [];

async function newPhone(): Promise<Phone> {
  const p = await phone(browser, served.url);
  open.push(p);
  return p;
}

async function expectNoViolations(page: Page, name: string) {
  const found = await axe(page, name);
  expect(found, describeViolations(found)).toEqual([]);
}

/** The first driver card's figure: its picture (an SVG with an accessible name) and its numbered steps. */
async function firstChain(page: Page) {
  const card = page.locator("ol.results-drivers > li").first();
  const figure = card.locator("figure.bm");
  await figure.locator("svg[role=img]").waitFor();
  return { card, figure };
}

describeInChromium("learn, checklists and reminders in Chromium", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const p of open) await p.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  it.each(CASES)("shows the chain picture for $driver on the results page", async (c) => {
    const p = await newPhone();
    const { page } = p;
    await step(page, `seed ${c.name}`, async () => {
      await seedAssessed(page, c.input);
      await page.goto("/#/results");
      // The app reads the stored result when it loads.
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
    });
    const { card, figure } = await step(page, `${c.name} picture`, () => firstChain(page));
    await expect(card.getByRole("heading", { level: 3 }).textContent()).resolves.toMatch(c.heading);
    // The picture has an accessible name that says what it shows, and is drawn at a readable size.
    const svg = figure.getByRole("img").first();
    await expect(svg.getAttribute("aria-labelledby")).resolves.toBeTruthy();
    const name = await figure.locator("svg > title").textContent();
    expect(name).toMatch(/^Body map, front and back/);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await svg.scrollIntoViewIfNeeded();
    expect(await svg.isVisible()).toBe(true);
    // The complaint, the links and the driver are marked, each with a number, and listed in words in order.
    expect(await figure.locator(".bm-complaint, .bm-both").count()).toBeGreaterThan(0);
    expect(await figure.locator(".bm-driver, .bm-both").count()).toBeGreaterThan(0);
    const items = await figure.locator("ol.bm-steps > li").allInnerTexts();
    expect(items.length).toBe(c.steps.length);
    c.steps.forEach((re, i) => expect(items[i]!.replace(/\s+/g, " ").trim()).toMatch(re));
    const badges = await figure.locator(".bm-badge text").allTextContents();
    for (let n = 1; n <= c.steps.length; n++) expect(badges).toContain(String(n));
    const shot = await screenshot(page, c.name);
    await figure.screenshot({ path: shot.replace(/\.png$/, "-picture.png") });
    await expectNoViolations(page, c.name);
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("shows an education page with its pictures and sources, reached from the results", async () => {
    const p = await newPhone();
    const { page } = p;
    await seedAssessed(page, CASES[0].input);
    await page.goto("/#/results");
    await page.reload();
    await step(page, "results → learn more", async () => {
      await (
        await firstChain(page)
      ).card
        .getByRole("link", { name: /calf muscles and their nerve supply/i })
        .click();
      await page
        .getByRole("heading", { level: 1, name: "Your calf muscles and their nerve supply" })
        .waitFor();
    });
    expect(page.url()).toMatch(/#\/learn\/calf-nerves$/);
    const figures = page.locator("figure.bm");
    expect(await figures.count()).toBe(2);
    await expect(page.getByRole("heading", { level: 2, name: "Sources" }).isVisible()).resolves.toBe(true);
    expect(await page.locator(".learn-sources li").count()).toBeGreaterThan(2);
    await expect(page.locator("nav[aria-label=Main] a[aria-current=page]").textContent()).resolves.toBe(
      "Learn",
    );
    await screenshot(page, "learn-calf-nerves");
    await expectNoViolations(page, "learn-calf-nerves");

    await page.goto("/#/learn");
    await page.getByRole("heading", { level: 1, name: "Learn how the chain works" }).waitFor();
    expect(await page.locator(".learn-list > li").count()).toBeGreaterThanOrEqual(6);
    await screenshot(page, "learn-index");
    await expectNoViolations(page, "learn-index");

    await page.goto("/#/learn/pain-rules");
    await page.getByRole("heading", { level: 1, name: /pain rules/i }).waitFor();
    await page.getByRole("img", { name: /Pain scale from 0 to 10/ }).waitFor();
    await screenshot(page, "learn-pain-rules");
    await expectNoViolations(page, "learn-pain-rules");

    await page.goto("/#/learn/back-muscles");
    await page.getByRole("heading", { level: 1, name: /three muscle groups/i }).waitFor();
    await screenshot(page, "learn-back-muscles");
    await expectNoViolations(page, "learn-back-muscles");

    await page.goto("/#/learn/red-flags");
    await page.getByRole("heading", { level: 1, name: "Red flags explained" }).waitFor();
    await page.getByRole("img", { name: /saddle area/i }).waitFor();
    await screenshot(page, "learn-red-flags");
    await expectNoViolations(page, "learn-red-flags");

    await page.goto("/#/learn/no-such-topic");
    await page.getByRole("heading", { level: 1, name: "Topic not found" }).waitFor();
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("follows the 5-minute spine routine with a timer, and ticks off another checklist", async () => {
    const p = await newPhone();
    const { page } = p;
    await page.clock.install();
    await page.goto("/#/checklists");
    await page.getByRole("heading", { level: 1, name: "Checklists" }).waitFor();
    await page.getByRole("link", { name: /Daily spine protectors/ }).click();
    await page.getByRole("heading", { level: 1, name: /Daily spine protectors/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Step 1 of 5" }).waitFor();
    await expect(page.locator(".routine-now").textContent()).resolves.toMatch(/90\/90 breathing/);
    await expect(page.locator(".timer output").textContent()).resolves.toBe("120 s");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    // Two minutes pass: the breathing step ends and the bird dogs start counting down by themselves.
    await page.clock.runFor(121_000);
    await page.getByRole("heading", { level: 2, name: "Step 2 of 5" }).waitFor();
    await expect(page.locator(".routine-now").textContent()).resolves.toMatch(/bird dogs/);
    await page.clock.runFor(5_000);
    await expect
      .poll(async () => Number((await page.locator(".timer output").textContent())?.replace(/\D/g, "")))
      .toBeLessThan(60);
    await screenshot(page, "checklist-routine");
    await expectNoViolations(page, "checklist-routine");

    await page.goto("/#/checklists/desk_setup");
    await page.getByRole("heading", { level: 1, name: /Desk setup/ }).waitFor();
    await page.getByLabel(/Screen at eye height/).check();
    await page.getByText("1 of 6 done.").waitFor();
    await screenshot(page, "checklist-desk");
    await expectNoViolations(page, "checklist-desk");
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("turns reminders on with consent, says when they are blocked, and turns them all off with one switch", async () => {
    const p = await newPhone();
    const { page, context } = p;
    await context.grantPermissions(["notifications"], { origin: served.url });
    // Reached from Today (with or without a plan).
    await page.goto("/#/today");
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.getByRole("link", { name: "Reminders", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await page.getByRole("status").filter({ hasText: "No reminders are set." }).waitFor();
    // Turning on asks for permission first (granted here), so the switch turns on a moment later.
    await page.getByRole("switch", { name: "Remind me to stand and move" }).click();
    await page.getByRole("switch", { name: "Remind me to stand and move", checked: true }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /Next: move at/ })
      .waitFor();
    const saved = await stored<{ on: boolean; movement: { on: boolean; everyMinutes: number } }>(
      page,
      "reminders",
    );
    expect(saved).toMatchObject({ on: true, movement: { on: true, everyMinutes: 25 } });
    await page.getByLabel("Every").selectOption("30");
    await page.getByRole("switch", { name: /today's session/ }).click();
    await page.getByRole("switch", { name: /today's session/, checked: true }).waitFor();
    await page.getByRole("button", { name: "Send a test reminder" }).click();
    await page.getByText(/test reminder was sent/).waitFor();
    await screenshot(page, "reminders-on");
    await expectNoViolations(page, "reminders-on");
    await page.getByRole("switch", { name: "All reminders" }).uncheck();
    await page.getByRole("status").filter({ hasText: "No reminders are set." }).waitFor();
    expect(await stored<{ on: boolean }>(page, "reminders")).toMatchObject({ on: false });

    // Blocked: a clear message, and the switch stays off.
    const blocked = await newPhone();
    await blocked.page.goto("/#/");
    await blocked.page.evaluate(() => {
      Object.defineProperty(Notification, "permission", { get: () => "denied" });
    });
    await blocked.page.goto("/#/reminders");
    await blocked.page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await blocked.page.getByText(/Notifications are blocked for Upstream/).waitFor();
    await blocked.page.getByRole("switch", { name: "Remind me to stand and move" }).click();
    await blocked.page
      .getByRole("alert")
      .filter({ hasText: /Notifications are blocked/ })
      .waitFor();
    expect(await blocked.page.getByRole("switch", { name: "Remind me to stand and move" }).isChecked()).toBe(
      false,
    );
    expect(await stored<{ on: boolean }>(blocked.page, "reminders")).toBeNull();
    await screenshot(blocked.page, "reminders-blocked");
    await expectNoViolations(blocked.page, "reminders-blocked");
    expect([...p.problems, ...blocked.problems]).toEqual([]);
  });

  it("shows reminders through the service worker when it is installed", async () => {
    const p = await phone(browser, served.url, { serviceWorkers: "allow" });
    open.push(p);
    const { page, context } = p;
    await context.grantPermissions(["notifications"], { origin: served.url });
    await page.goto("/#/reminders");
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole("switch", { name: /today's session/ }).click();
    await page.getByRole("switch", { name: /today's session/, checked: true }).waitFor();
    await page.getByRole("button", { name: "Send a test reminder" }).click();
    await page.getByText(/test reminder was sent/).waitFor();
    const shown = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const list = await registration.getNotifications();
      return list.map((n) => ({ title: n.title, data: n.data as unknown }));
    });
    expect(shown).toEqual([{ title: "Time to move", data: { url: "/#/checklists/desk_setup" } }]);
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });
});
