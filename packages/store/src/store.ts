/** Opening the store: embedded PGlite in a data directory, or PostgreSQL when a URL is given; migrations run on open. */
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
  cpSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { acquireLock, type Lock } from "./lock.js";
import * as schema from "./schema.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export interface StoreOptions {
  /** PGlite data directory (default ./data); ignored when databaseUrl is set. */
  dataDir?: string | undefined;
  /** A PostgreSQL connection string: use PostgreSQL instead of PGlite. */
  databaseUrl?: string | undefined;
  /** Apply only the first N migrations (tests of the migration path). */
  migrationsLimit?: number;
}

export interface Store {
  readonly kind: "pglite" | "postgres";
  readonly location: string;
  readonly db: Db;
  /**
   * Runs a write transaction and returns only once the commit is durable: on PGlite the write-ahead log is
   * flushed to disk, since PGlite runs with fsync off and may return from COMMIT before the data is on disk.
   */
  write<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Raw SQL, for tests and tooling. */
  query(sqlText: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** Where the store lives, from options and the environment: DATABASE_URL, then UPSTREAM_DATA, then ./data. */
export function resolveStoreOptions(
  options: { data?: string | undefined },
  env: Record<string, string | undefined>,
): StoreOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: resolve(options.data ?? env.UPSTREAM_DATA ?? "data") };
}

function migrationsFolder(limit: number | undefined): { folder: string; cleanup: () => void } {
  if (limit === undefined) return { folder: MIGRATIONS_DIR, cleanup: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), "upstream-migrations-"));
  cpSync(MIGRATIONS_DIR, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, limit);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * fsyncs the newest write-ahead-log segment and the WAL directory: cheap, and enough to make COMMIT durable.
 * Synchronous on purpose: an fsync queued on libuv's thread pool waits behind other work there (hundreds of
 * milliseconds just after opening), and with group commit it runs once per group, not once per write.
 */
function syncWal(dataDir: string) {
  const walDir = join(dataDir, "pg_wal");
  const segments = readdirSync(walDir)
    .filter((f) => /^[0-9A-F]{24}$/.test(f))
    .sort();
  for (const name of [segments[segments.length - 1], segments[segments.length - 2]]) {
    if (!name) continue;
    const fd = openSync(join(walDir, name), "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  const dirFd = openSync(walDir, "r");
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

/** The most writes one group commits at once, so that a long queue still gets answers as it goes. */
const MAX_GROUP = 64;

interface QueuedWrite {
  fn: (tx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for PGlite's single connection. The writes waiting at one moment run in one transaction, each
 * in its own savepoint (a write that fails is rolled back alone, and only its caller sees the error); then one
 * COMMIT and one WAL flush make the whole group durable before any of its writes is answered. Writes that
 * arrive meanwhile wait, and form the next group. A write alone runs exactly as before: its own transaction.
 */
function groupCommit(db: Db, pgDir: string): Store["write"] {
  let queue: QueuedWrite[] = [];
  let draining = false;

  async function commit(group: QueuedWrite[]) {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await db.transaction(async (tx) => {
        if (group.length === 1) {
          outcomes.push({ ok: true, value: await group[0]!.fn(tx) });
          return;
        }
        for (const write of group) {
          try {
            outcomes.push({ ok: true, value: await tx.transaction((sp) => write.fn(sp as unknown as Db)) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
      syncWal(pgDir);
    } catch (error) {
      // The commit or the flush failed: no write of the group is known to be durable.
      for (const write of group) write.reject(error);
      return;
    }
    group.forEach((write, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  }

  async function drain() {
    draining = true;
    while (queue.length) {
      const group = queue.slice(0, MAX_GROUP);
      queue = queue.slice(MAX_GROUP);
      await commit(group);
    }
    draining = false;
  }

  return (fn) =>
    new Promise((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) void drain();
    });
}

async function openPglite(dataDir: string, limit: number | undefined): Promise<Store> {
  const lock: Lock = acquireLock(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = await PGlite.create(join(dataDir, "pg"));
    const db = drizzle(client, { schema }) as unknown as Db;
    const { folder, cleanup } = migrationsFolder(limit);
    try {
      await migrate(db as never, { migrationsFolder: folder });
    } finally {
      cleanup();
    }
    return {
      kind: "pglite",
      location: dataDir,
      db,
      write: groupCommit(db, join(dataDir, "pg")),
      async query(sqlText) {
        return (await client.query<Record<string, unknown>>(sqlText)).rows;
      },
      async close() {
        try {
          await client.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPostgres(url: string, limit: number | undefined): Promise<Store> {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    const db = drizzle(pool, { schema }) as unknown as Db;
    const { folder, cleanup } = migrationsFolder(limit);
    // Several servers may start at once on one database: an advisory lock lets one migrate while the others wait.
    const lock = await pool.connect();
    try {
      await lock.query("select pg_advisory_lock(hashtext('upstream:migrations'))");
      await migrate(db as never, { migrationsFolder: folder });
    } finally {
      await lock.query("select pg_advisory_unlock(hashtext('upstream:migrations'))").catch(() => undefined);
      lock.release();
      cleanup();
    }
    const safeUrl = url.replace(/\/\/[^@/]*@/, "//***@");
    return {
      kind: "postgres",
      location: safeUrl,
      db,
      write: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
      async query(sqlText) {
        return (await pool.query<Record<string, unknown>>(sqlText)).rows;
      },
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Opens (creating and migrating as needed) the store the options point at. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.migrationsLimit);
  return openPglite(resolve(options.dataDir ?? "data"), options.migrationsLimit);
}
