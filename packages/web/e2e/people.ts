/// <reference types="node" />
/// <reference lib="dom" />
/** Page-level helpers for the end-to-end tests: accounts, the day's session, the check-in, the weekly review. */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { apiGet } from "./harness.js";

let people = 0;
/** An email no other test run uses. */
export const newEmail = (label: string) => `${label}-${Date.now().toString(36)}-${++people}@example.com`;
export const PASSWORD = "correct horse battery";

/** The contract inputs behind the personas, for setting state up without the wizard. */
export const GREEN_RUNNER_INPUT = {
  age: 35,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["cramp"], weeks: 2, worstPain: 3 }],
  status: { walk10MinWithoutSpike: true },
};
export const RED_INPUT = {
  age: 50,
  complaints: [{ region: "low_back", side: "central", kinds: ["pain"], weeks: 1, worstPain: 6 }],
  redFlags: { bladderBowelChange: true },
};

/** Chooses an option of a group by its exact label; clicks the visible label when the input is visually hidden. */
export async function choose(group: Locator, label: string): Promise<void> {
  const input = group.getByLabel(label, { exact: true });
  try {
    await input.check({ timeout: 3000 });
  } catch {
    await group
      .locator("label")
      .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
      .first()
      .click();
  }
}

/** A button or a link with this exact name (pages may use either for navigation). */
export function action(page: Page, name: string): Locator {
  return page
    .getByRole("button", { name, exact: true })
    .or(page.getByRole("link", { name, exact: true }))
    .first();
}

/** Assesses anonymously through the API and keeps the result on the phone as the wizard would. */
export async function seedAssessed(page: Page, input: unknown): Promise<void> {
  if (!page.url().startsWith("http")) await page.goto("/#/");
  await page.evaluate(async (body) => {
    const res = await fetch("/api/assess", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST /api/assess: ${res.status} ${await res.text()}`);
    const result: unknown = await res.json();
    const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
    storage.setItem("upstream.assessed", JSON.stringify({ input: body, result, saved: false }));
  }, input);
}

/** What the app keeps on the phone under `upstream.<key>`. */
export function stored<T>(page: Page, key: string): Promise<T | null> {
  return page.evaluate((k) => {
    const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
    const text = storage.getItem(`upstream.${k}`);
    return text === null ? null : (JSON.parse(text) as unknown);
  }, key) as Promise<T | null>;
}

/** Fills and sends the sign-up form. */
export async function signUp(page: Page, email: string, name?: string, password = PASSWORD): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  if (name !== undefined) await page.getByLabel(/^Name/).fill(name);
  await page.getByRole("button", { name: "Create account", exact: true }).click();
}

/** Fills and sends the log-in form. */
export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

/** Registers through the API from inside the page (the cookie lands in the browser) and saves an assessment. */
export async function signUpWithPlan(page: Page, email: string, input: unknown, day?: string): Promise<void> {
  if (!page.url().startsWith("http")) await page.goto("/#/");
  await page.evaluate(
    async ({ email, password, input, day }) => {
      const json = { "content-type": "application/json", accept: "application/json" };
      const reg = await fetch("/api/auth/register", {
        method: "POST",
        headers: json,
        body: JSON.stringify({ email, password, displayName: "Sam" }),
      });
      if (reg.status !== 201) throw new Error(`register: ${reg.status} ${await reg.text()}`);
      const { csrfToken } = (await reg.json()) as { csrfToken: string };
      const saved = await fetch(`/api/people/me/assessments${day ? `?day=${day}` : ""}`, {
        method: "POST",
        headers: { ...json, "x-csrf-token": csrfToken },
        body: JSON.stringify(input),
      });
      if (saved.status !== 201) throw new Error(`save assessment: ${saved.status} ${await saved.text()}`);
      const { result } = (await saved.json()) as { result: unknown };
      const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
      storage.setItem("upstream.assessed", JSON.stringify({ input, result, saved: true }));
    },
    { email, password: PASSWORD, input, day },
  );
  // Load the app again so it picks the session up.
  await page.reload();
}

export interface PlanInfo {
  startDate: string;
  plan: { phases: { id: string; items: { exercise: string }[] }[] };
}

export async function currentPlan(page: Page): Promise<PlanInfo> {
  const res = await apiGet<PlanInfo>(page, "/api/people/me/plan");
  if (res.status !== 200)
    throw new Error(`GET /api/people/me/plan: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface History {
  sessionLogs: { id: string; day: string; painDuring: number }[];
  checkins: { day: string; pain: number }[];
  reviews: { weekEnd: string; decisions: { exercise: string; result: { decision: string } }[] }[];
}

export async function history(page: Page): Promise<History> {
  const res = await apiGet<History>(page, "/api/people/me/history");
  if (res.status !== 200)
    throw new Error(`GET /api/people/me/history: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Waits until `fn` returns true (polling), or fails with `what`. */
export async function until(fn: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Takes the phone offline: Chromium's offline emulation, and the API refused at the network layer too. The
 * emulation alone now and then let a log's POST reach the server while the page saw it fail and queued it
 * (4 runs in 12 under load), so a test of the queue could not know what the server held.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.route("**/api/**", (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
}

/** Brings the phone back online (the undoing of goOffline). */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute("**/api/**");
  await context.setOffline(false);
}

/** Opens the day's session, marks its sets done, gives the pain during it and saves it. */
export async function logSession(
  page: Page,
  context: BrowserContext,
  day: string,
  pain: number,
  options: { offline?: boolean } = {},
): Promise<"saved" | "queued"> {
  await page.goto(`/#/today?day=${day}`);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  const save = page.getByRole("button", { name: "Save session", exact: true });
  await save.waitFor();
  await page.locator("main article h2").first().waitFor();
  const marks = page.getByRole("button", { name: "Mark set done" });
  for (let i = 0; i < 60; i++) {
    const enabled = marks.and(page.locator(":enabled"));
    if ((await enabled.count()) === 0) break;
    await enabled.first().click();
  }
  await choose(page.getByRole("radiogroup", { name: "Pain during this session (0-10)" }), String(pain));
  if (options.offline) await goOffline(context);
  await save.click();
  if (options.offline) {
    await page.getByText("Saved on this phone").first().waitFor();
    return "queued";
  }
  await page.getByText("Session saved").first().waitFor();
  return "saved";
}

/** The morning check-in for `day`: the pain now, and every red-flag re-check answered "No". */
export async function checkIn(page: Page, day: string, pain: number): Promise<void> {
  await page.goto(`/#/checkin?day=${day}`);
  await page.getByRole("heading", { level: 1, name: "Morning check-in" }).waitFor();
  await choose(page.getByRole("radiogroup", { name: "Pain right now (0-10)" }), String(pain));
  const groups = page.locator("main fieldset");
  for (let i = 0; i < (await groups.count()); i++) {
    const no = groups.nth(i).getByLabel("No", { exact: true });
    if ((await no.count()) === 1) await no.check();
  }
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/people/me/checkins") && r.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Save check-in", exact: true }).click();
  const res = await saved;
  if (res.status() !== 201)
    throw new Error(`the check-in for ${day} was not saved: ${res.status()} ${await res.text()}`);
}
