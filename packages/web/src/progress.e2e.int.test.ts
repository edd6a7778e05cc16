/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the progress page at phone size over three weeks of a program written through the store's service.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ProgramService } from "@upstream/store";
import type { AssessmentInput } from "@upstream/core";
import { testClock } from "../../store/src/testing/backends.js";
import {
  addDays,
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
  workerKeepsPages,
} from "../e2e/harness.js";
import { newEmail, PASSWORD, until } from "../e2e/people.js";

/** Today in the browser's (and this machine's) time zone, as the page computes it. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const runner = (calf: [number, number], plank: [number, number]): AssessmentInput => ({
  age: 38,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["tightness", "cramp"], weeks: 2, worstPain: 4 }],
  selfTests: {
    calfRaise: { left: calf[0], right: calf[1] },
    sidePlank: { left: plank[0], right: plank[1] },
    slump: { left: "negative", right: "negative" },
  },
});

/** Registers in the page (the session cookie lands in the browser); returns the person's id. */
async function register(page: Page, email: string): Promise<string> {
  await page.goto("/#/");
  const id = await page.evaluate(
    async ({ email, password }) => {
      const res = await fetch("/api/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email, password, displayName: "Robin" }),
      });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { user: { id: string } }).user.id;
    },
    { email, password: PASSWORD },
  );
  await page.reload();
  return id;
}

/**
 * Three weeks and a day of a runner's program through the store's ProgramService: sessions on most days (two
 * missed in week 2, one painful), next-morning check-ins, a weekly review each week, a re-assessment after two.
 */
async function threeWeeks(served: Served, personId: string, start: string) {
  const clock = testClock(`${start}T07:00:00.000Z`);
  const service = new ProgramService(served.store, clock);
  const ok = <T>(o: { ok: true; value: T } | { ok: false; message: string }): T => {
    if (!o.ok) throw new Error(o.message);
    return o.value;
  };
  ok(await service.start(personId, runner([24, 15], [14, 18]), start));
  const missed = new Set([9, 12]);
  for (let d = 0; d <= 21; d++) {
    const day = addDays(start, d);
    clock.set(`${day}T07:00:00.000Z`);
    if (d > 0) ok(await service.checkin(personId, { day, pain: d <= 7 ? 4 : d <= 11 ? 3 : 2 }));
    if (d > 0 && d % 7 === 0) {
      ok(await service.review(personId, addDays(day, -1)));
      if (d === 14) ok(await service.reassess(personId, runner([24, 17], [19, 22]), day));
    }
    clock.set(`${day}T18:00:00.000Z`);
    const today = ok(await service.today(personId, day));
    if (today.items.length && !missed.has(d))
      ok(await service.logSession(personId, { day, painDuring: d === 10 ? 5 : d < 7 ? 3 : 2 }));
  }
}

describeInChromium("the progress page in Chromium", { timeout: 180_000 }, () => {
  let served: Served;
  let browser: Browser;
  const open: Phone[] = [];
  const newPhone = async () => {
    const p = await phone(browser, served.url);
    open.push(p);
    return p;
  };

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  it("shows three weeks as charts with their tables, reachable from the nav and the week page", async () => {
    const p = await newPhone();
    const { page } = p;
    const today = localToday();
    const start = addDays(today, -21);
    const personId = await register(page, newEmail("progress"));
    await threeWeeks(served, personId, start);

    await step(page, "open from the nav", async () => {
      await page.goto("/#/week");
      await page.getByRole("link", { name: "See your progress over the weeks" }).waitFor();
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("link", { name: "Progress" }).click();
      await page.getByRole("heading", { level: 1, name: "Your progress" }).waitFor();
      expect(await nav.getByRole("link", { name: "Progress" }).getAttribute("aria-current")).toBe("page");
    });

    await step(page, "the summary in plain words", async () => {
      const summary = page.locator(".progress-lines");
      await summary.waitFor();
      const text = (await summary.textContent()) ?? "";
      // Mornings: days 8-11 at 3 and 12-21 at 2, so the last 7 days average 2 and the 7 before 2.6.
      expect(text).toContain(
        "Morning pain averaged 2/10 over the last 7 days, down from 2.6/10 the 7 days before.",
      );
      expect(text).toContain("Week 4 of your plan: 1 of 1 planned session logged.");
      expect(text).toMatch(/3 weekly reviews: .*eased back/);
      expect(text).toContain("left 24, right 17 (a difference of 7 reps)");
      expect(text).toContain("a reason to see a clinician");
    });

    await step(page, "each chart is a figure with a labelled picture", async () => {
      for (const title of [
        "Pain over time",
        "Sessions done each week",
        "Single-leg calf raises",
        "Calf raises: the difference between the legs",
        "Side plank",
      ]) {
        await page.getByRole("heading", { name: title, exact: true }).waitFor();
        const img = page.getByRole("img", { name: new RegExp(`^${title.replace(/[()?:]/g, ".")}\\.`) });
        expect(await img.count(), title).toBe(1);
      }
      const pain = await page.getByRole("img", { name: /^Pain over time\./ }).getAttribute("aria-label");
      expect(pain).toMatch(/During the session: 20 readings/);
      expect(pain).toMatch(/3 marked: weekly review/);
      // The thresholds are drawn, not only told.
      expect(await page.locator("figure svg .chart-threshold").count()).toBe(3);
      expect(await page.locator("figure svg .chart-marker").count()).toBe(3);
    });

    await step(page, "the numbers behind a chart, as a table", async () => {
      const figure = page
        .locator("figure")
        .filter({ has: page.getByRole("heading", { name: "Sessions done each week" }) });
      await figure.getByText("Show the numbers").click();
      const table = figure.getByRole("table", { name: /Sessions done each week/ });
      await table.waitFor();
      expect(await table.getByRole("columnheader").allTextContents()).toEqual([
        "Period",
        "From",
        "Sessions done (%)",
        "Detail",
      ]);
      const week2 = table.getByRole("row", { name: /Wk 2/ });
      expect(await week2.textContent()).toContain("5 of 7 planned sessions");
      expect(await week2.getByRole("cell").nth(1).textContent()).toBe("71%");

      const plank = page.locator("figure").filter({ has: page.getByRole("heading", { name: "Side plank" }) });
      await plank.getByText("Show the numbers").click();
      const rows = plank.getByRole("table").getByRole("row");
      expect(await rows.count()).toBe(3);
      expect(await rows.nth(2).textContent()).toMatch(/19 s.*22 s/);
    });

    await step(page, "phone screenshot and axe", async () => {
      await screenshot(page, "progress");
      const found = await axe(page, "progress");
      expect(found, describeViolations(found)).toEqual([]);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(390);
    });
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("pages loaded on demand are fetched after the first load and kept for offline use", async () => {
    const p = await phone(browser, served.url, { serviceWorkers: "allow" });
    open.push(p);
    const { page, context } = p;
    await page.goto("/#/");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    // The start page's code comes first; the other pages' a few seconds later, into the worker's cache.
    const cached = () => workerKeepsPages(page, ["progress.page", "week.page", "today.page"]);
    expect(await cached()).toBe(false);
    await until(cached, "the pages' code in the service worker's cache", 30_000);
    await context.setOffline(true);
    await step(page, "a page not opened before, offline", async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
      await page.getByRole("heading", { level: 1, name: "Your progress" }).waitFor({ timeout: 10_000 });
      await page
        .getByRole("heading", { level: 2, name: /Sign in to see your plan|You are offline/ })
        .waitFor({ timeout: 10_000 });
    });
    await context.setOffline(false);
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("a new account without a plan gets the way forward; signed out, the sign-in", async () => {
    const p = await newPhone();
    const { page } = p;
    await page.goto("/#/progress");
    await page.getByRole("heading", { level: 2, name: "Sign in to see your plan" }).waitFor();
    await screenshot(page, "progress-signed-out");
    // Five entries still fit one row of the nav on a phone: none is pushed off the screen.
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const link of await nav.getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(box !== null && box.x + box.width <= 390, (await link.textContent()) ?? "").toBe(true);
    }
    await register(page, newEmail("progress-empty"));
    await page.goto("/#/progress");
    await page.getByRole("heading", { level: 2, name: "No plan saved yet" }).waitFor();
    await screenshot(page, "progress-empty");
    const found = await axe(page, "progress, no plan");
    expect(found, describeViolations(found)).toEqual([]);
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });
});
