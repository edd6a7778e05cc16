/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the account page's download links give me my PDF report, exercise sheet, CSVs and FHIR bundle.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  axe,
  describeViolations,
  launch,
  phone,
  screenshot,
  serve,
  type Phone,
  type Served,
  describeInChromium,
} from "../e2e/harness.js";
import { GREEN_RUNNER_INPUT, newEmail, signUpWithPlan } from "../e2e/people.js";

let served: Served;
let browser: Browser;
let p: Phone;

describeInChromium("the account page's downloads", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    p = await phone(browser, served.url);
  }, 120_000);
  afterAll(async () => {
    await p?.close();
    await browser?.close();
    await served?.close();
  });

  it("lists five files, accessibly, and each link downloads its file with the session cookie", async () => {
    const { page } = p;
    await signUpWithPlan(page, newEmail("downloads"), GREEN_RUNNER_INPUT);
    await page.goto("/#/account");
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    const list = page.getByRole("list", { name: "Downloads" });
    await list.scrollIntoViewIfNeeded();
    await expect(list.getByRole("link").count()).resolves.toBe(5);
    await screenshot(page, "account-downloads");
    const violations = await axe(page, "account");
    expect(violations, describeViolations(violations)).toEqual([]);
    const wanted: [RegExp, RegExp][] = [
      [/^Progress report/, /^upstream-progress-report-\d{4}-\d{2}-\d{2}\.pdf$/],
      [/^Exercise sheet/, /^upstream-exercise-sheet-[\d-]+\.pdf$/],
      [/^Sessions/, /^upstream-sessions-[\d-]+\.csv$/],
      [/^Questionnaire scores/, /^upstream-measures-[\d-]+\.csv$/],
      [/^Health record/, /^upstream-fhir-[\d-]+\.json$/],
    ];
    for (const [label, filename] of wanted) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        list.getByRole("link", { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(filename);
      expect(await download.failure()).toBeNull();
    }
    expect(p.problems).toEqual([]);
  });
});
