/** The two back ends for the shared store suite: PGlite cloned from a template, and a fresh PostgreSQL database. */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openStore, type Store, type StoreOptions } from "../store.js";

export interface Backend {
  name: "pglite" | "postgres";
  available: boolean;
  /** Options for a new, empty, migrated store; `limit` applies only the first N migrations. */
  fresh(limit?: number): Promise<StoreOptions>;
  /** Removes what fresh() made. */
  cleanup(): Promise<void>;
}

let template: string | undefined;
const made: string[] = [];

/** Creating a PGlite store takes seconds; copying a closed, migrated one takes a fraction of that. */
async function pgliteTemplate(): Promise<string> {
  if (template && existsSync(template)) return template;
  const dir = mkdtempSync(join(tmpdir(), "upstream-template-"));
  const store = await openStore({ dataDir: dir });
  await store.close();
  template = dir;
  made.push(dir);
  return dir;
}

export const pgliteBackend: Backend = {
  name: "pglite",
  available: true,
  async fresh(limit) {
    const dir = mkdtempSync(join(tmpdir(), "upstream-store-"));
    made.push(dir);
    if (limit === undefined) {
      // With its times kept, a copy's first sync covers only what the template's last one left in its slack.
      cpSync(await pgliteTemplate(), dir, { recursive: true, preserveTimestamps: true });
      return { dataDir: dir };
    }
    return { dataDir: dir, migrationsLimit: limit };
  },
  cleanup() {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    template = undefined;
    return Promise.resolve();
  },
};

const databases: string[] = [];
const adminUrl = () => process.env.TEST_DATABASE_URL;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const postgresBackend: Backend = {
  name: "postgres",
  available: Boolean(adminUrl()),
  async fresh(limit) {
    const name = `upstream_test_${randomUUID().replaceAll("-", "")}`;
    await admin((c) => c.query(`create database ${name}`));
    databases.push(name);
    const url = withDatabase(adminUrl()!, name);
    return limit === undefined ? { databaseUrl: url } : { databaseUrl: url, migrationsLimit: limit };
  },
  async cleanup() {
    const names = databases.splice(0);
    if (!names.length) return;
    await admin(async (c) => {
      for (const name of names) await c.query(`drop database if exists ${name} with (force)`);
    });
  },
};

export const BACKENDS: Backend[] = [pgliteBackend, postgresBackend];

/** A store plus a clock that moves only when told, and predictable ids. */
export async function openTestStore(backend: Backend, limit?: number): Promise<Store> {
  return openStore(await backend.fresh(limit));
}

export function testClock(start = "2026-01-05T08:00:00.000Z") {
  let t = Date.parse(start);
  let n = 0;
  return {
    now: () => new Date(t).toISOString(),
    newId: () => `id-${String(++n).padStart(6, "0")}`,
    set(iso: string) {
      t = Date.parse(iso);
    },
    advance(ms: number) {
      t += ms;
    },
  };
}
