/// <reference types="node" />
/// <reference lib="dom" />
/** End-to-end harness: the real server in-process over a fresh PGlite store, serving the built app, and Chromium. */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { describe, it } from "vitest";
import { openStore, type Store } from "@upstream/store";
import { pgliteBackend } from "../../store/src/testing/backends.js";
import { readConfig } from "../../server/src/config.js";
import { createServer } from "../../server/src/server.js";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** A phone: the viewport of a common 6.1-inch handset. */
export const PHONE = { width: 390, height: 844 };

/** The built app; UPSTREAM_E2E_WEB points at another build (a scratch build while pages are in progress). */
export const WEB_DIST = process.env.UPSTREAM_E2E_WEB ?? fileURLToPath(new URL("../dist", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("./screenshots", import.meta.url));

export const hasChromium = () => existsSync(CHROMIUM);
export const hasBuild = () => existsSync(join(WEB_DIST, "index.html"));

export interface Served {
  url: string;
  app: FastifyInstance;
  store: Store;
  /**
   * Every request the server answered, as the server saw it: what reached the server, whatever the page's
   * own events say.
   */
  answered: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/** The full server on 127.0.0.1 and a free port, over a fresh migrated PGlite store, serving packages/web/dist. */
export async function serve(): Promise<Served> {
  if (!hasBuild())
    throw new Error(`the web app is not built (${WEB_DIST}/index.html is missing): run npm run build`);
  const store = await openStore(await pgliteBackend.fresh());
  const config = readConfig({ AUTH_RATE_LIMIT: "1000", LOG_LEVEL: "silent" });
  if (!config.ok) throw new Error(config.message);
  const app = await createServer(store, config.config, { webRoot: WEB_DIST });
  const answered: Served["answered"] = [];
  app.server.on("request", (req, res) =>
    res.on("finish", () =>
      answered.push({
        method: req.method ?? "",
        path: (req.url ?? "").split("?")[0]!,
        status: res.statusCode,
      }),
    ),
  );
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("the server has no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    store,
    answered,
    async close() {
      await app.close();
      await store.close();
      await pgliteBackend.cleanup();
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and Content-Security-Policy violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh phone-sized browser context (its own storage and cookies) with one page on `baseURL`. */
export async function phone(
  browser: Browser,
  baseURL: string,
  options: { serviceWorkers?: "allow" | "block" } = {},
): Promise<Phone> {
  // The service worker is blocked unless a test is about it: each test then sees the server's own answers.
  const context = await browser.newContext({
    viewport: PHONE,
    baseURL,
    serviceWorkers: options.serviceWorkers ?? "block",
  });
  // Generous: CI runs the browser beside the other suites on two cores.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(text))
      problems.push(`CSP: ${text}`);
  });
  return { context, page, problems, close: () => context.close() };
}

const ON_CI = Boolean(process.env.CI && process.env.CI !== "false" && process.env.CI !== "0");

/**
 * A describe block that needs Debian's Chromium. Without it: on CI one failing test says what to install
 * (a skipped suite must not count as passing there); elsewhere the block is skipped with a warning.
 */
export function describeInChromium(name: string, options: { timeout?: number }, body: () => void): void {
  if (hasChromium()) {
    describe(name, options, body);
    return;
  }
  if (ON_CI) {
    describe(name, () => {
      it("needs Debian's Chromium", () => {
        throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
      });
    });
    return;
  }
  console.warn(`\n  ${CHROMIUM} is missing: "${name}" is skipped (apt-get install chromium)\n`);
  describe.skip(name, body);
}

/** Saves a phone-size screenshot to packages/web/e2e/screenshots/<name>.png (the folder is git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}

export interface Violation {
  page: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA, and best practice) on the page as it is; returns the violations. */
export async function axe(page: Page, name: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => ({
    page: name,
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

/** Violations as readable lines for a failure message. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.page}: ${v.id} (${v.impact ?? "?"}) ${v.help} — ${v.targets.join(", ")}`)
    .join("\n");
}

/**
 * Whether the service worker's caches hold the built code of each named page (`exercise.page` matches
 * `/assets/exercise.page-<hash>.js`), whatever the cache is called this release.
 */
export async function workerKeepsPages(page: Page, names: readonly string[]): Promise<boolean> {
  const paths = await page.evaluate(async () => {
    const caches = globalThis.caches;
    const mine = (await caches.keys()).filter((n) => n.startsWith("upstream-"));
    const keys = (await Promise.all(mine.map(async (n) => (await caches.open(n)).keys()))).flat();
    return keys.map((k) => new URL(k.url).pathname);
  });
  return names.every((name) => paths.some((path) => path.startsWith(`/assets/${name}-`)));
}

/** The page's h1 text and URL, to say where a step failed. */
export async function whereAmI(page: Page): Promise<string> {
  const h1 = await page
    .locator("h1")
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null);
  return `${page.url()} (h1: ${h1 === null ? "none" : JSON.stringify(h1.trim())})`;
}

/**
 * Runs one named step; on failure saves a screenshot named after it and rethrows with where the page was,
 * so a failing test says which page behaviour blocked it.
 */
export async function step<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const where = await whereAmI(page);
    const shot = await screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`).catch(
      () => "",
    );
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`step "${name}" failed at ${where}: ${message}${shot ? ` [screenshot ${shot}]` : ""}`, {
      cause: error,
    });
  }
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC, no time zone surprises). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A GET of the API from inside the page, with the page's own session cookie. */
export async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin" });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as unknown };
  }, path) as Promise<{ status: number; body: T }>;
}
