// Vitest global set-up: one PostgreSQL server for the store suites (TEST_DATABASE_URL), started if needed.
// Also clears the browser tests' failure screenshots of an earlier run, once, before any suite starts.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { startTestPostgres } from "./postgres.js";

const SCREENSHOTS = new URL("../../packages/web/e2e/screenshots/", import.meta.url);

let server: { url: string; stop(): void } | undefined;

export function setup() {
  if (existsSync(SCREENSHOTS))
    for (const name of readdirSync(SCREENSHOTS))
      if (name.startsWith("failed-")) rmSync(new URL(name, SCREENSHOTS), { force: true });
  if (process.env.TEST_DATABASE_URL) return;
  server = startTestPostgres();
  if (server) process.env.TEST_DATABASE_URL = server.url;
  else if (process.env.CI)
    throw new Error("PostgreSQL is not installed: .ci/run installs Debian's postgresql");
  else
    console.warn(
      "\n  PostgreSQL is not installed: the store suite runs on PGlite only (apt-get install postgresql)\n",
    );
}

export function teardown() {
  server?.stop();
}
