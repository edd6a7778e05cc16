/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: a patient with low back pain fills in STarT Back and the RMDQ at phone size (one field error shown
// and fixed, the draft kept across a reload), sees the scores and the results page; axe finds no violations.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  axe,
  describeViolations,
  launch,
  phone,
  screenshot,
  SCREENSHOTS,
  serve,
  step,
  type Phone,
  type Served,
  type Violation,
  describeInChromium,
} from "../e2e/harness.js";
import { newEmail, signUpWithPlan } from "../e2e/people.js";

const LOW_BACK = {
  age: 41,
  activities: ["walking"],
  complaints: [{ region: "low_back", side: "central", kinds: ["pain"], weeks: 3, worstPain: 5 }],
};

let served: Served;
let browser: Browser;
let device: Phone;

describeInChromium("outcome measures in the web app", {}, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    device = await phone(browser, served.url);
  }, 120_000);
  afterAll(async () => {
    await device?.close();
    await browser?.close();
    await served?.close();
  });

  const agree = (page: Page, n: number, answer: "Agree" | "Disagree") =>
    page
      .getByRole("group", { name: new RegExp(`^${n}\\. `) })
      .getByLabel(answer, { exact: true })
      .check();

  it("fills in STarT Back and the RMDQ, with one error shown and fixed, and sees the scores", async () => {
    const page = device.page;
    const violations: Violation[] = [];
    await step(page, "sign up with a low back plan", async () => {
      await page.goto("/#/");
      await signUpWithPlan(page, newEmail("measures"), LOW_BACK);
    });

    await step(page, "the Today page prompts for the questionnaires", async () => {
      await page.goto("/#/today");
      await page.getByRole("heading", { name: "Questions to track your progress" }).waitFor();
      for (const name of ["Back pain risk screen (STarT Back)", "Pain (NPRS)", "Back disability (RMDQ)"])
        await expect(page.getByRole("link", { name, exact: true }).isVisible()).resolves.toBe(true);
      violations.push(...(await axe(page, "today with the prompt")));
      await screenshot(page, "measures-today-due");
      await page
        .locator(".measures-due")
        .screenshot({ path: join(SCREENSHOTS, "measures-today-prompt.png") });
    });

    await step(page, "STarT Back: 8 agree/disagree items and item 9", async () => {
      await page.getByRole("link", { name: "Back pain risk screen (STarT Back)", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Keele STarT Back Screening Tool" }).waitFor();
      violations.push(...(await axe(page, "start back form")));
      // Agree with 1, 2, 5 and 6; item 9 "Very much": total 5, subscale 3 → medium risk (Hill et al. 2008).
      for (let n = 1; n <= 8; n++) await agree(page, n, [1, 2, 5, 6].includes(n) ? "Agree" : "Disagree");
      await page
        .getByRole("group", { name: /^9\. Overall, how bothersome/ })
        .getByLabel("Very much", { exact: true })
        .check();
      await screenshot(page, "measures-start-back-form");
      await page.getByRole("button", { name: "Save my answers" }).click();
      await page.getByRole("heading", { name: "Your result" }).waitFor();
      await expect(page.getByText("5 of 9 · medium risk").isVisible()).resolves.toBe(true);
      await expect(page.getByText(/psychosocial subscale 3 of 5/).isVisible()).resolves.toBe(true);
      violations.push(...(await axe(page, "start back result")));
      await screenshot(page, "measures-start-back-result");
    });

    await step(page, "RMDQ: sending none ticked names the field; the draft survives a reload", async () => {
      await page.goto("/#/measures/rmdq");
      await page.getByRole("heading", { level: 1, name: "Roland-Morris Disability Questionnaire" }).waitFor();
      await page.getByRole("button", { name: "Save my answers" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Please check one answer" });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toMatch(/Statements: tick each statement/);
      // The summary takes focus, so a screen reader reads it at once.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("measure-errors");
      await screenshot(page, "measures-rmdq-error");
      violations.push(...(await axe(page, "rmdq with an error")));
      await page.getByLabel(/I walk more slowly than usual because of my back/).check();
      await page.getByLabel(/I sleep less well because of my back/).check();
      await page.getByLabel(/I change position frequently/).check();
      await expect(summary.count()).resolves.toBe(0);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Roland-Morris Disability Questionnaire" }).waitFor();
      await expect(page.getByLabel(/I sleep less well because of my back/).isChecked()).resolves.toBe(true);
      await expect(page.getByText("3 of 24 ticked.").isVisible()).resolves.toBe(true);
    });

    await step(page, "RMDQ saved: the score and its meaning", async () => {
      await page.getByRole("button", { name: "Save my answers" }).click();
      await page.getByRole("heading", { name: "Your result" }).waitFor();
      await expect(page.getByText("3 of 24", { exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByText(/3 of 24 statements describe you today/).isVisible()).resolves.toBe(true);
      await screenshot(page, "measures-rmdq-result");
    });

    await step(page, "the results page lists both over time", async () => {
      await page.getByRole("link", { name: "All my results" }).click();
      await page.getByRole("heading", { level: 1, name: "My questionnaires" }).waitFor();
      await expect(
        page.getByRole("table", { name: /Back disability \(RMDQ\)/ }).textContent(),
      ).resolves.toMatch(/3 of 24/);
      await expect(page.getByRole("table", { name: /Back pain risk screen/ }).textContent()).resolves.toMatch(
        /5 of 9, medium risk/,
      );
      violations.push(...(await axe(page, "results over time")));
      await screenshot(page, "measures-results");
    });

    await step(page, "NPRS with the keyboard only", async () => {
      await page.goto("/#/measures/nprs");
      await page.getByRole("heading", { level: 1, name: "Numeric Pain Rating Scale" }).waitFor();
      // Space on the first radio, arrows to 4, Tab to the button, Enter.
      await page.getByRole("radio", { name: "0", exact: true }).focus();
      await page.keyboard.press("Space");
      for (let n = 0; n < 4; n++) await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("radio", { name: "4", exact: true }).isChecked()).resolves.toBe(true);
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Save my answers");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Your result" }).waitFor();
      await expect(page.getByText("4 of 10", { exact: true }).isVisible()).resolves.toBe(true);
    });

    await step(page, "PSFS: activities named and rated, offered again when re-scoring", async () => {
      await page.goto("/#/measures/psfs");
      await page.getByRole("heading", { level: 1, name: "Patient-Specific Functional Scale" }).waitFor();
      const activities = ["Lifting my daughter", "Sitting through a film", "Gardening"];
      for (const [i, name] of activities.entries()) {
        await page.getByLabel(`Activity ${i + 1}`, { exact: true }).fill(name);
        await page
          .getByLabel("How well can you do it today? (0-10)")
          .nth(i)
          .selectOption(String(3 + i));
      }
      violations.push(...(await axe(page, "psfs form")));
      await screenshot(page, "measures-psfs-form");
      await page.getByRole("button", { name: "Save my answers" }).click();
      await page.getByRole("heading", { name: "Your result" }).waitFor();
      await expect(page.getByText("4 of 10", { exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByText(/Your activities average 4 out of 10/).isVisible()).resolves.toBe(true);
      // Later, from the results page: the activities named before are offered again.
      await page.getByRole("link", { name: "All my results" }).click();
      await page.getByRole("heading", { level: 1, name: "My questionnaires" }).waitFor();
      await page.goto("/#/measures/psfs");
      await page.getByText(/Last time you told us/).waitFor();
      await expect(page.getByLabel("Activity 3", { exact: true }).inputValue()).resolves.toBe("Gardening");
    });

    expect(device.problems).toEqual([]);
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 240_000);
});
