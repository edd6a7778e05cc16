/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the exercise pictures at phone size: shown with their alt text, readable, accessible, kept offline.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  apiGet,
  axe,
  describeViolations,
  launch,
  phone,
  PHONE,
  screenshot,
  SCREENSHOTS,
  serve,
  step,
  type Phone,
  type Served,
  describeInChromium,
  workerKeepsPages,
} from "../e2e/harness.js";
import { currentPlan, GREEN_RUNNER_INPUT, newEmail, signUpWithPlan, until } from "../e2e/people.js";

interface PictureInfo {
  id: string;
  kind: "exercise" | "self_test";
  alt: string;
  url: string;
}

let served: Served;
let browser: Browser;
const open: Phone[] = [];

async function newPhone(options: { serviceWorkers?: "allow" | "block" } = {}): Promise<Phone> {
  const p = await phone(browser, served.url, options);
  open.push(p);
  return p;
}

/** Whether the image has loaded and decoded (an <img> whose file failed has no natural width). */
const loaded = (page: Page, alt: string) =>
  page
    .getByRole("img", { name: alt, exact: true })
    .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);

/** Waits until the image with this alt text has loaded and decoded. */
const untilLoaded = (page: Page, alt: string) =>
  page.waitForFunction(
    (name) => {
      const el = [...document.querySelectorAll("img")].find((i) => i.alt === name);
      return Boolean(el?.complete && el.naturalWidth > 0);
    },
    alt,
    { timeout: 15_000 },
  );

async function pictures(page: Page): Promise<PictureInfo[]> {
  const res = await apiGet<PictureInfo[]>(page, "/api/pictures");
  expect(res.status).toBe(200);
  return res.body;
}

describeInChromium("exercise pictures in Chromium", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  it("the exercise page shows the picture with its alt text, full width on a phone, with no axe violations", async () => {
    const p = await newPhone();
    const { page } = p;
    await page.goto("/#/");
    const alt = (await pictures(page)).find(
      (x) => x.id === "calf_raise_straight_knee" && x.kind === "exercise",
    )!.alt;
    await step(page, "open the exercise page", async () => {
      await page.goto("/#/exercise/calf_raise_straight_knee");
      await page.getByRole("heading", { level: 1, name: /calf raise, straight knee/i }).waitFor();
    });
    await step(page, "the picture is there, loaded, and readable at 390 px", async () => {
      const img = page.getByRole("img", { name: alt, exact: true });
      await img.waitFor();
      await untilLoaded(page, alt);
      expect(await loaded(page, alt)).toBe(true);
      const box = (await img.boundingBox())!;
      // Most of a 390 px screen, inside it: two frames side by side at about 0.85 of their drawn size.
      expect(box.width).toBeGreaterThan(300);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await img.getAttribute("src")).toBe("/api/pictures/calf_raise_straight_knee.svg");
      await screenshot(page, "picture-exercise-page");
      await img.screenshot({ path: join(SCREENSHOTS, "picture-exercise-img.png") });
    });
    await step(page, "axe finds nothing", async () => {
      const found = await axe(page, "exercise page with picture");
      expect(found, describeViolations(found)).toEqual([]);
    });
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("today's cards show a small picture that opens the exercise page", async () => {
    const p = await newPhone();
    const { page } = p;
    await signUpWithPlan(page, newEmail("pictures"), GREEN_RUNNER_INPUT);
    const plan = await currentPlan(page);
    const first = plan.plan.phases.flatMap((ph) => ph.items)[0]!.exercise;
    const alt = (await pictures(page)).find((x) => x.id === first && x.kind === "exercise")!.alt;
    await step(page, "open today", async () => {
      await page.goto(`/#/today?day=${plan.startDate}`);
      await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    });
    await step(page, "the card's picture links to the exercise", async () => {
      const link = page.getByRole("link", { name: alt, exact: true }).first();
      await link.waitFor();
      const box = (await link.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.width).toBeLessThanOrEqual(330);
      await screenshot(page, "picture-today");
      const found = await axe(page, "today with pictures");
      expect(found, describeViolations(found)).toEqual([]);
      await link.click();
      await page.waitForURL(new RegExp(`#/exercise/${first}$`));
      await page.getByRole("img", { name: alt, exact: true }).waitFor();
    });
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("after a first visit, the exercise library and its pictures show offline (the worker keeps them)", async () => {
    const p = await newPhone({ serviceWorkers: "allow" });
    const { page, context } = p;
    // Asked outside the page, so that nothing but the worker's own install puts the pictures in its cache.
    const list = (await (await fetch(`${served.url}/api/pictures`)).json()) as PictureInfo[];
    const alt = list.find((x) => x.id === "hip_hinge" && x.kind === "exercise")!.alt;
    await step(
      page,
      "a first visit to the start page installs the worker, which keeps the pages",
      async () => {
        await page.goto("/#/");
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        // The exercise page's code is fetched a few seconds after the first load (the start page needs none of it).
        await until(
          () => workerKeepsPages(page, ["exercise.page"]),
          "the exercise page's code in the worker's cache",
          30_000,
        );
      },
    );
    await step(
      page,
      "offline, with the page's own copy gone, another exercise shows with its picture",
      async () => {
        // The page keeps the library too; without it, what shows comes from the worker's cache alone.
        await page.evaluate(() => window.localStorage.clear());
        await context.setOffline(true);
        await page.goto("/#/exercise/hip_hinge");
        await page.reload();
        await page.getByRole("heading", { level: 1, name: /hip hinge/i }).waitFor();
        await page.getByRole("img", { name: alt, exact: true }).waitFor();
        await untilLoaded(page, alt);
        await screenshot(page, "picture-offline");
        await context.setOffline(false);
      },
    );
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });

  it("with no library on the phone and no server, the exercise page says so instead of 'not found'", async () => {
    const p = await newPhone();
    const { page } = p;
    await page.route("**/api/exercises", (route) => route.abort("internetdisconnected"));
    await step(page, "the page explains and offers to try again", async () => {
      await page.goto("/#/exercise/hip_hinge");
      await page.getByRole("alert").filter({ hasText: "could not be reached" }).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Exercise");
      await page.getByRole("button", { name: "Try again" }).waitFor();
      await screenshot(page, "exercise-library-unreachable");
      const found = await axe(page, "exercise page without its library");
      expect(found, describeViolations(found)).toEqual([]);
    });
    expect(p.problems, p.problems.join("\n")).toEqual([]);
  });
});
