/// <reference types="node" />
/// <reference lib="dom" />
// End-to-end: the built web app in Debian's Chromium at phone size, against the real server on a fresh store.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addDays,
  apiGet,
  axe,
  describeViolations,
  launch,
  phone,
  screenshot,
  serve,
  step,
  type Phone,
  type Served,
  type Violation,
  describeInChromium,
} from "../e2e/harness.js";
import {
  action,
  checkIn,
  currentPlan,
  goOnline,
  GREEN_RUNNER_INPUT,
  history,
  logIn,
  logSession,
  newEmail,
  PASSWORD,
  RED_INPUT,
  seedAssessed,
  signUp,
  signUpWithPlan,
  stored,
  until,
} from "../e2e/people.js";
import { GREEN_RUNNER, RED_CASE, runWizard, YELLOW_DESK_WORKER } from "../e2e/wizard.js";

let served: Served;
let browser: Browser;
const open: Phone[] = [];

/** A fresh phone (its own cookies and storage); closed after the file. */
async function newPhone(options: { serviceWorkers?: "allow" | "block" } = {}): Promise<Phone> {
  const p = await phone(browser, served.url, options);
  open.push(p);
  return p;
}

/** Fails when the page threw or broke the Content-Security-Policy. */
function expectNoProblems(p: Phone) {
  expect(p.problems, p.problems.join("\n")).toEqual([]);
}

/** The session logs the server was sent, as it answered them. */
const sessionPosts = () =>
  served.answered.filter((r) => r.method === "POST" && r.path === "/api/people/me/sessions");

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

// Slow machines (CI runs every suite at once on 2 cores): two minutes a test, four for the week.
describeInChromium("the patient web app in Chromium", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  describe("accounts", () => {
    it("signs up with errors named next to the fields, exports, logs out and in, and deletes the account", async () => {
      const p = await newPhone();
      const { page } = p;
      const email = newEmail("account");

      await step(page, "sign-up errors", async () => {
        await page.goto("/#/signup");
        await h1(page, "Create an account").waitFor();
        await page.getByText(/At least 8 characters/).waitFor();
        await page.getByRole("button", { name: "Create account", exact: true }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        expect(await alert.textContent()).toContain("There is a problem");
        const emailField = page.getByLabel("Email", { exact: true });
        expect(await emailField.getAttribute("aria-invalid")).toBe("true");
        const described = (await emailField.getAttribute("aria-describedby")) ?? "";
        expect(await page.locator(`[id="${described.split(" ").pop()}"]`).textContent()).toMatch(/email/i);
        await emailField.fill(email);
        await page.getByLabel("Password", { exact: true }).fill("short");
        await page.getByRole("button", { name: "Create account", exact: true }).click();
        await page.getByText("Use at least 8 characters.").first().waitFor();
        expect(await page.getByLabel("Password", { exact: true }).getAttribute("aria-invalid")).toBe("true");
        expect(await emailField.getAttribute("aria-invalid")).toBeNull();
        await screenshot(page, "signup-errors");
        const found = await axe(page, "sign-up with errors");
        expect(found, describeViolations(found)).toEqual([]);
      });

      await step(page, "an email the server refuses is named next to Email", async () => {
        await page.getByLabel("Email", { exact: true }).fill("sam@example.c");
        await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
        await page.getByRole("button", { name: "Create account", exact: true }).click();
        await page.getByText("Must be an email address.").first().waitFor();
        expect(await page.getByLabel("Email", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      });

      await step(page, "sign up without an assessment goes to the start", async () => {
        await page.goto("/#/signup");
        await signUp(page, email, "Sam");
        await page.waitForURL(/#\/$/);
        await page.goto("/#/account");
        await h1(page, "Your account").waitFor();
        await page.getByText(email).waitFor();
        await page.getByText("Sam", { exact: true }).waitFor();
        await screenshot(page, "account");
      });

      await step(page, "export my data downloads a JSON file", async () => {
        const download = page.waitForEvent("download");
        await page.getByRole("button", { name: "Export my data" }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^upstream-export-\d{4}-\d{2}-\d{2}\.json$/);
        const path = await file.path();
        const doc = JSON.parse(readFileSync(path, "utf8")) as { person?: { id: string } };
        expect(doc.person?.id).toBeTruthy();
        await page.getByText(/Your data is saved as/).waitFor();
      });

      await step(
        page,
        "log out leaves nothing personal on the phone, then a wrong password is refused",
        async () => {
          await page.evaluate(() => {
            const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
            storage.setItem("upstream.draft", JSON.stringify({ age: 40 }));
            storage.setItem("upstream.program.views", JSON.stringify({}));
            storage.setItem("upstream.knowledge.drivers", JSON.stringify([]));
          });
          await page.getByRole("button", { name: "Log out" }).click();
          await page.waitForURL(/#\/$/);
          for (const key of ["draft", "program.views", "assessed", "outbox"])
            expect(await stored(page, key)).toBeNull();
          expect(await stored(page, "knowledge.drivers")).toEqual([]);
          expect((await apiGet(page, "/api/auth/session")).status).toBe(401);
          await page.goto("/#/account");
          await logIn(page, email, "not the password");
          const alert = page.getByRole("alert");
          await alert.waitFor();
          expect(await alert.textContent()).toMatch(/email or password is wrong/i);
          await screenshot(page, "login-error");
        },
      );

      await step(page, "a second account with the same email is refused next to Email", async () => {
        await page.goto("/#/signup");
        await signUp(page, email);
        await page.getByText("An account with this email already exists.").first().waitFor();
        expect(await page.getByLabel("Email", { exact: true }).getAttribute("aria-invalid")).toBe("true");
        await page.getByRole("link", { name: "Log in instead" }).click();
      });

      await step(page, "log in", async () => {
        await page.goto("/#/login");
        await screenshot(page, "login");
        await logIn(page, email);
        await page.waitForURL(/#\/$/);
        expect((await apiGet(page, "/api/auth/session")).status).toBe(200);
      });

      await step(page, "delete my account asks for DELETE, then erases everything", async () => {
        await page.evaluate(() => {
          const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
          storage.setItem("upstream.draft", JSON.stringify({ age: 40 }));
          storage.setItem("upstream.outbox", JSON.stringify([]));
        });
        await page.goto("/#/account");
        await h1(page, "Your account").waitFor();
        await page.getByRole("button", { name: "Delete my account", exact: true }).click();
        const confirm = page.getByLabel("Type DELETE to confirm");
        await confirm.fill("delete");
        await page.getByRole("button", { name: "Delete my account for good" }).click();
        await page.getByText("Type DELETE in capital letters to confirm.").waitFor();
        expect(await confirm.getAttribute("aria-invalid")).toBe("true");
        await screenshot(page, "account-delete");
        const found = await axe(page, "delete confirmation with an error");
        expect(found, describeViolations(found)).toEqual([]);
        await confirm.fill("DELETE");
        await page.getByRole("button", { name: "Delete my account for good" }).click();
        await page.getByText("Your account and data are deleted").waitFor();
        await screenshot(page, "account-deleted");
        for (const key of ["assessed", "draft", "outbox"]) expect(await stored(page, key)).toBeNull();
        expect((await apiGet(page, "/api/auth/session")).status).toBe(401);
        await page.goto("/#/login");
        await logIn(page, email);
        await page.getByRole("alert").waitFor();
      });

      await step(page, "signed out, #/account is the log-in form", async () => {
        await page.goto("/#/account");
        await h1(page, "Log in").waitFor();
      });
      expectNoProblems(p);
    });
  });

  describe("the wizard", () => {
    it("a green runner goes through the wizard and sees Green", async () => {
      const p = await newPhone();
      const { page } = p;
      const run = await step(page, "green runner wizard", () => runWizard(page, GREEN_RUNNER));
      expect(run.outcome, run.log.join("\n")).toBe("results");
      await step(page, "green results", async () => {
        await h1(page, "Your results").waitFor();
        await page
          .getByText(/Green: /)
          .first()
          .waitFor();
        await screenshot(page, "results-green");
      });
      const assessed = await stored<{ result: { triage: { level: string } } }>(page, "assessed");
      expect(assessed?.result.triage.level).toBe("green");
      expectNoProblems(p);
    });

    it("a yellow desk worker sees Yellow and the thoracic/neck driver first", async () => {
      const p = await newPhone();
      const { page } = p;
      const run = await step(page, "yellow desk worker wizard", () => runWizard(page, YELLOW_DESK_WORKER));
      expect(run.outcome, run.log.join("\n")).toBe("results");
      await step(page, "yellow results", async () => {
        await h1(page, "Your results").waitFor();
        await page
          .getByText(/Yellow: /)
          .first()
          .waitFor();
        await screenshot(page, "results-yellow");
      });
      const assessed = await stored<{ result: { triage: { level: string }; drivers: { id: string }[] } }>(
        page,
        "assessed",
      );
      expect(assessed?.result.triage.level, run.log.join("\n")).toBe("yellow");
      expect(assessed?.result.drivers[0]?.id, run.log.join("\n")).toBe("thoracic_neck_stiffness");
      // The page ranks it first too: its name comes before every other driver's.
      const drivers = (await apiGet<{ id: string; name: string }[]>(page, "/api/drivers")).body;
      const names = assessed!.result.drivers.map((d) => drivers.find((x) => x.id === d.id)!.name);
      const text = await page.locator("main").innerText();
      const at = names.map((n) => text.indexOf(n));
      expect(at[0], `"${names[0]}" is not on the results page`).toBeGreaterThanOrEqual(0);
      for (const later of at.slice(1)) if (later >= 0) expect(at[0]).toBeLessThan(later);
      expectNoProblems(p);
    });

    it("a red case sees Get medical help now and no plan", async () => {
      const p = await newPhone();
      const { page } = p;
      const run = await step(page, "red case wizard", () => runWizard(page, RED_CASE));
      expect(run.outcome, run.log.join("\n")).toBe("red");
      await step(page, "red result", async () => {
        await h1(page, "Get medical help now").waitFor();
        await screenshot(page, "results-red");
        expect(await page.getByRole("button", { name: "Mark set done" }).count()).toBe(0);
        expect(await page.getByRole("heading", { name: /your plan|exercises|what to avoid/i }).count()).toBe(
          0,
        );
        expect(await page.getByText(/^(Green|Yellow): /).count()).toBe(0);
      });
      const assessed = await stored<{ result: { triage: { level: string }; plan: unknown } }>(
        page,
        "assessed",
      );
      expect(assessed?.result.triage.level).toBe("red");
      expect(assessed?.result.plan).toBeNull();
      expectNoProblems(p);
    });
  });

  describe("a week on the plan", () => {
    it("signs up from the results, logs a week (one day offline), checks in each morning and runs the review", async () => {
      const p = await newPhone();
      const { page, context } = p;

      await step(page, "results before an account", async () => {
        await seedAssessed(page, GREEN_RUNNER_INPUT);
        await page.goto("/#/results");
        await page.reload();
        await h1(page, "Your results").waitFor();
        await action(page, "Create an account to save").click();
      });
      await step(page, "sign up from the results saves the assessment", async () => {
        await signUp(page, newEmail("week"), "Alex");
        await page.waitForURL(/#\/results/);
        await until(
          async () => (await stored<{ saved: boolean }>(page, "assessed"))?.saved === true,
          "the assessment to be saved",
        );
      });
      const { startDate } = await currentPlan(page);
      const offlineDay = 3;
      for (let i = 0; i < 7; i++) {
        const day = addDays(startDate, i);
        const offline = i === offlineDay;
        await step(page, `log day ${i + 1} (${day})${offline ? " offline" : ""}`, async () => {
          const how = await logSession(page, context, day, 2, { offline });
          expect(how).toBe(offline ? "queued" : "saved");
          if (i === 0) await screenshot(page, "today");
          if (offline) {
            await screenshot(page, "today-offline");
            const outbox = (await stored<{ clientId: string; day: string }[]>(page, "outbox")) ?? [];
            expect(outbox).toHaveLength(1);
            expect(outbox[0]!.day).toBe(day);
            await goOnline(context);
            await until(
              async () => ((await stored<unknown[]>(page, "outbox")) ?? []).length === 0,
              "the outbox to be sent",
            );
            // Starting the app again sends nothing twice.
            await page.reload();
            await h1(page, "Today").waitFor();
          }
          await until(
            async () => (await history(page)).sessionLogs.length === i + 1,
            `the history to hold ${i + 1} sessions`,
          );
        });
        await step(page, `check in on the morning of ${addDays(day, 1)}`, async () => {
          await checkIn(page, addDays(day, 1), 1);
          if (i === 0) await screenshot(page, "checkin");
        });
      }
      const logged = await history(page);
      expect(logged.sessionLogs).toHaveLength(7);
      expect(new Set(logged.sessionLogs.map((l) => l.day)).size).toBe(7);
      expect(logged.checkins).toHaveLength(7);

      await step(page, "weekly review", async () => {
        await page.goto("/#/week");
        await h1(page, "This week").waitFor();
        await page.getByLabel("Week ending").fill(addDays(startDate, 6));
        const reviewed = page.waitForResponse(
          (r) => r.url().endsWith("/api/people/me/reviews") && r.request().method() === "POST",
        );
        await page.getByRole("button", { name: "Run weekly review" }).click();
        const res = await reviewed;
        expect(res.status(), await res.text()).toBe(201);
        await page
          .getByText(/^\W*(Progress|Hold|Regress)$/)
          .first()
          .waitFor();
        await screenshot(page, "week");
      });
      const reviewed = await history(page);
      expect(reviewed.reviews).toHaveLength(1);
      const decisions = reviewed.reviews[0]!.decisions;
      expect(decisions.length).toBeGreaterThan(0);
      // Clean week (pain 2 during, 1 the next morning): every exercise moves on, and the page says so.
      const shown = await page.getByText(/^\W*(Progress|Hold|Regress)$/).count();
      expect(shown).toBeGreaterThanOrEqual(decisions.length);
      expectNoProblems(p);
    }, 240_000);
  });

  describe("offline", () => {
    it("a log queued offline is sent when the app starts again online, once, even if sent twice", async () => {
      const p = await newPhone();
      const { page, context } = p;
      await signUpWithPlan(page, newEmail("outbox"), GREEN_RUNNER_INPUT);
      const { startDate } = await currentPlan(page);
      let outbox: { clientId: string; day: string }[] = [];
      const before = sessionPosts().length;
      await step(page, "log a session offline and close the app", async () => {
        expect(await logSession(page, context, startDate, 2, { offline: true })).toBe("queued");
        outbox = (await stored<{ clientId: string; day: string }[]>(page, "outbox")) ?? [];
        expect(outbox).toHaveLength(1);
        expect(sessionPosts()).toHaveLength(before);
        // Closed offline; opened again later with the network back.
        await page.goto("about:blank");
        await goOnline(context);
      });
      await step(page, "open the app online: the queued log is sent", async () => {
        await page.goto(`/#/today?day=${startDate}`);
        await h1(page, "Today").waitFor();
        // Whichever page sends it: the closing page may still get the "online" event and send it as the new
        // one opens it again (both seen here), so it can arrive twice; the client id keeps it stored once.
        await until(async () => sessionPosts().length > before, "the queued log to reach the server", 45_000);
        for (const post of sessionPosts().slice(before)) expect(post.status).toBe(201);
        await until(
          async () => ((await stored<unknown[]>(page, "outbox")) ?? []).length === 0,
          "the outbox to be sent",
        );
        await until(
          async () => (await history(page)).sessionLogs.length === 1,
          "the history to hold the session",
        );
      });
      await step(page, "the same log sent again (a lost answer) is kept once", async () => {
        const sent = sessionPosts().length;
        await page.evaluate((queued) => {
          const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
          storage.setItem("upstream.outbox", JSON.stringify(queued));
        }, outbox);
        await page.reload();
        await h1(page, "Today").waitFor();
        await until(async () => sessionPosts().length > sent, "the replayed log to reach the server", 45_000);
        // Accepted (the server answers a client id it already holds with its first copy), and stored once.
        expect(
          sessionPosts()
            .slice(sent)
            .map((r) => r.status),
        ).toEqual([201]);
        await until(
          async () => ((await stored<unknown[]>(page, "outbox")) ?? []).length === 0,
          "the replayed outbox to be cleared",
        );
        expect((await history(page)).sessionLogs).toHaveLength(1);
      });
      expectNoProblems(p);
    });

    it("a log queued offline is sent a moment later when the first try back online still fails", async () => {
      const p = await newPhone();
      const { page, context } = p;
      await signUpWithPlan(page, newEmail("retry"), GREEN_RUNNER_INPUT);
      const { startDate } = await currentPlan(page);
      expect(await logSession(page, context, startDate, 2, { offline: true })).toBe("queued");
      const before = sessionPosts().length;
      await step(page, "back online, the network answers only after the first try", async () => {
        // The browser says it is online before its network answers: the try that the "online" event makes fails.
        await context.unroute("**/api/**");
        let refused = 0;
        await context.route(
          "**/api/people/me/sessions",
          (route) => {
            refused++;
            return route.abort("internetdisconnected");
          },
          { times: 1 },
        );
        await context.setOffline(false);
        await until(async () => refused === 1, "the first try back online");
        expect(await stored<unknown[]>(page, "outbox")).toHaveLength(1);
        // No other event comes: the app tries again on its own.
        await until(
          async () => ((await stored<unknown[]>(page, "outbox")) ?? []).length === 0,
          "the outbox to be sent by a later try",
        );
        expect(
          sessionPosts()
            .slice(before)
            .map((r) => r.status),
        ).toEqual([201]);
        expect((await history(page)).sessionLogs).toHaveLength(1);
      });
      expectNoProblems(p);
    });

    it("logging out with a log still queued asks first, and keeps it when the person stays", async () => {
      const p = await newPhone();
      const { page, context } = p;
      await signUpWithPlan(page, newEmail("unsent"), GREEN_RUNNER_INPUT);
      const { startDate } = await currentPlan(page);
      await page.goto("/#/account");
      await h1(page, "Your account").waitFor();
      expect(await logSession(page, context, startDate, 2, { offline: true })).toBe("queued");
      // Still offline: the account page (its code already loaded) tries to send the log first, and cannot.
      await page.getByRole("link", { name: "Me" }).click();
      await h1(page, "Your account").waitFor();
      await page.getByRole("button", { name: "Log out" }).click();
      const warning = page.getByRole("alert").filter({ hasText: "not reached the server yet" });
      await warning.waitFor();
      expect(await warning.textContent()).toMatch(/1 session log made offline has not reached the server/);
      await screenshot(page, "logout-unsent");
      await page.getByRole("button", { name: "Stay logged in and send later" }).click();
      expect(await stored<unknown[]>(page, "outbox")).toHaveLength(1);
      // Back online, logging out sends the queued log first, then forgets it on the phone.
      const before = sessionPosts().length;
      await goOnline(context);
      await page.getByRole("button", { name: "Log out" }).click();
      await until(async () => sessionPosts().length > before, "the queued log to reach the server");
      expect(
        sessionPosts()
          .slice(before)
          .map((r) => r.status),
      ).toEqual([201]);
      await page.waitForURL(/#\/$/);
      expect(await stored(page, "outbox")).toBeNull();
      expectNoProblems(p);
    });

    it("after a first visit, the app opens with no network (service worker)", async () => {
      const p = await newPhone({ serviceWorkers: "allow" });
      const { page, context } = p;
      await step(page, "first visit installs the service worker", async () => {
        await page.goto("/#/");
        await h1(page, /.+/).first().waitFor();
        await page.waitForFunction(
          () =>
            Boolean((globalThis as unknown as { navigator: Navigator }).navigator.serviceWorker?.controller),
          undefined,
          { timeout: 15_000 },
        );
        // A second visit goes through the worker, which keeps the app's files.
        await page.reload();
        await h1(page, /.+/).first().waitFor();
      });
      await step(page, "opens offline", async () => {
        await context.setOffline(true);
        await page.reload();
        await h1(page, /.+/).first().waitFor();
        await page.getByText("You are offline").first().waitFor();
        await screenshot(page, "home-offline");
      });
      await context.setOffline(false);
      expectNoProblems(p);
    });
  });

  describe("accessibility", () => {
    const violations: Violation[] = [];
    let p: Phone;
    let exercise: string;

    beforeAll(async () => {
      p = await newPhone();
      await p.page.goto("/#/");
    });

    /** Opens a route, waits for its h1 (and `ready`), runs axe, saves a screenshot. */
    async function check(
      name: string,
      route: string,
      heading: string | RegExp,
      ready?: (page: Page) => Promise<unknown>,
    ) {
      const { page } = p;
      await step(page, `axe ${name}`, async () => {
        await page.goto(`/#${route}`);
        await h1(page, heading).first().waitFor();
        if (ready) await ready(page);
        await screenshot(page, name);
        const found = await axe(page, name);
        violations.push(...found);
        expect(found, describeViolations(found)).toEqual([]);
      });
    }

    it("home", () => check("home", "/", /.+/));
    it("wizard, first screens", async () => {
      const { page } = p;
      await check("wizard-1", "/assess", /.+/, (pg) =>
        pg.locator("main fieldset, main input").first().waitFor(),
      );
      for (let n = 2; n <= 3; n++) {
        await step(page, `wizard screen ${n}`, async () => {
          const group = page.locator("main fieldset").first();
          const no = group.getByLabel("No", { exact: true });
          if ((await no.count()) === 1) await no.check();
          const age = page.getByLabel("Your age");
          if ((await age.count()) === 1) await age.fill("40");
          await page.getByRole("button", { name: "Next", exact: true }).click();
          await page.waitForTimeout(200);
          await screenshot(page, `wizard-${n}`);
          const found = await axe(page, `wizard-${n}`);
          violations.push(...found);
          expect(found, describeViolations(found)).toEqual([]);
        });
      }
    });
    it("results, green", async () => {
      await seedAssessed(p.page, GREEN_RUNNER_INPUT);
      await p.page.reload();
      await check("results-green", "/results", "Your results");
    });
    it("results, steps on hold (a 10-minute walk still spikes the pain)", async () => {
      await seedAssessed(p.page, { ...GREEN_RUNNER_INPUT, status: { walk10MinWithoutSpike: false } });
      await p.page.reload();
      await check("results-hold", "/results", "Your results");
      // The reload and progress steps each say what they wait for, apart from their "why".
      const holds = p.page.locator(".results-hold");
      expect(await holds.count()).toBe(2);
      expect(await holds.first().textContent()).toMatch(
        /^Not yet: start this step once you can walk 10 minutes/,
      );
    });
    it("results, red", async () => {
      await seedAssessed(p.page, RED_INPUT);
      await p.page.reload();
      await check("results-red", "/results", "Get medical help now");
    });
    it("sign up", () => check("signup", "/signup", "Create an account"));
    it("log in", () => check("login", "/login", "Log in"));
    it("account", async () => {
      await signUpWithPlan(p.page, newEmail("axe"), GREEN_RUNNER_INPUT);
      await check("account", "/account", "Your account");
    });
    it("today", async () => {
      const plan = await currentPlan(p.page);
      exercise = plan.plan.phases.flatMap((ph) => ph.items)[0]!.exercise;
      await check("today", `/today?day=${plan.startDate}`, "Today", (page) =>
        page.locator("main article h2").first().waitFor(),
      );
    });
    it("check-in", async () => {
      const plan = await currentPlan(p.page);
      await check("checkin", `/checkin?day=${addDays(plan.startDate, 1)}`, "Morning check-in");
    });
    it("week", () => check("week", "/week", "This week"));
    it("exercise", async () => {
      const names = (await apiGet<{ id: string; name: string }[]>(p.page, "/api/exercises")).body;
      const name = names.find((e) => e.id === exercise)?.name ?? /.+/;
      await check("exercise", `/exercise/${exercise}`, name);
    });
    it("no page threw or broke the Content-Security-Policy", () => {
      expectNoProblems(p);
    });
  });

  describe("keyboard", () => {
    it("completes the first wizard screens with the keyboard only (Tab, an arrow key, Space, Enter)", async () => {
      const p = await newPhone();
      const { page } = p;
      await page.goto("/#/assess");
      await h1(page, /.+/).first().waitFor();
      await page.locator("main fieldset, main input").first().waitFor();
      for (let screen = 1; screen <= 4; screen++) {
        await step(page, `keyboard screen ${screen}`, () => keyboardScreen(page, screen));
      }
      expectNoProblems(p);
    });
  });
});

interface Focused {
  tag: string;
  type: string;
  label: string;
  checked: boolean;
  outline: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const el = doc.activeElement as HTMLInputElement | null;
    if (!el) return { tag: "", type: "", label: "", checked: false, outline: "" };
    const label = (
      el.getAttribute("aria-label") ??
      (el.labels && el.labels.length ? el.labels[0]!.textContent : el.textContent) ??
      ""
    )
      .replace(/\s+/g, " ")
      .trim();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? "",
      label,
      checked: Boolean(el.checked),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`,
    };
  });
}

/** One wizard screen by keyboard: Tab to the question, answer "No" (arrow key, Space) or type the age, then Enter on Next. */
async function keyboardScreen(page: Page, screen: number) {
  const before = await page.locator("main").innerText();
  let answered = false;
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag === "input" && f.type === "radio" && !answered) {
      // Tab enters an unanswered group on its first choice ("Yes"); the arrow key moves to "No", Space confirms.
      if (f.label !== "Yes") throw new Error(`Tab into the question landed on "${f.label}", not "Yes"`);
      await page.keyboard.press("ArrowDown");
      const g = await focused(page);
      if (g.label !== "No") throw new Error(`ArrowDown in the question landed on "${g.label}", not "No"`);
      await page.keyboard.press("Space");
      if (!(await focused(page)).checked) throw new Error(`Space did not choose "No" on screen ${screen}`);
      answered = true;
      continue;
    }
    if (f.tag === "input" && /number|text/.test(f.type) && /your age/i.test(f.label) && !answered) {
      await page.keyboard.type("40");
      answered = true;
      continue;
    }
    if (f.tag === "button" && /^(Next|See my results)$/.test(f.label)) {
      if (!answered) throw new Error(`reached "${f.label}" on screen ${screen} without a question to answer`);
      if (/^none/.test(f.outline) || f.outline.startsWith("none 0px none"))
        throw new Error(`the focused "${f.label}" button shows no focus ring (${f.outline})`);
      const was = await page.locator("main").textContent();
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (text) =>
          (globalThis as unknown as { document: Document }).document.querySelector("main")?.textContent !==
          text,
        was,
        { timeout: 5000 },
      );
      const after = await page.locator("main").innerText();
      if (after === before) throw new Error(`Enter on "${f.label}" did not move on from screen ${screen}`);
      return;
    }
  }
  throw new Error(`60 Tab presses on screen ${screen} never reached "Next"`);
}
