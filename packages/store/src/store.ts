/** Opening the store: embedded PGlite in a data directory, or PostgreSQL when a URL is given; migrations run on open. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { setImmediate } from "node:timers/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PGlite } from "@electric-sql/pglite";
import { acquireLock, type Lock } from "./lock.js";
import { dataDirSyncer, walFlusher } from "./wal.js";
import * as schema from "./schema.js";
import type { sessionLogs } from "./schema.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export interface StoreOptions {
  /** PGlite data directory (default ./data); ignored when databaseUrl is set. */
  dataDir?: string | undefined;
  /** A PostgreSQL connection string: use PostgreSQL instead of PGlite. */
  databaseUrl?: string | undefined;
  /** Apply only the first N migrations (tests of the migration path). */
  migrationsLimit?: number;
  /** PGlite: told the WAL segments each flush fsynced (tests of durability). */
  observeWalSync?: (segments: string[]) => void;
  /** PGlite: told the files each sync of the data directory fsynced, relative to it (tests of durability). */
  observeDataSync?: (files: string[]) => void;
  /**
   * PostgreSQL: told when the database ends an idle connection (a restart, a failover, an administrator); the
   * pool drops it and connects again when next asked. Without a listener this error would end the process.
   */
  onConnectionLost?: (error: Error & { code?: string }) => void;
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
  /**
   * Stores one session log, durably; false when the person already has a log with its client id. On PGlite the
   * logs waiting together go in as one statement of the group commit, in queue order with the other writes.
   */
  appendSessionLog(row: NewSessionLog): Promise<boolean>;
  /**
   * Where this process is the store's only writer (PGlite, under its lock): a number that changes whenever a
   * write other than a session-log append is queued or commits, and whenever raw SQL runs. A read that began
   * and ended at one value stays true while the value holds (see ReadCache). Undefined on PostgreSQL, where
   * other servers write too.
   */
  readonly generation: (() => number) | undefined;
  /** Raw SQL, for tests and tooling. */
  query(sqlText: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export type NewSessionLog = typeof sessionLogs.$inferInsert;

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

/** The most writes one group commits at once, so that a long queue still gets answers as it goes. */
const MAX_GROUP = 64;

/** A caller waiting for its write. */
interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type QueuedWrite = Waiter & ({ fn: (tx: Db) => Promise<unknown> } | { log: NewSessionLog });

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Gives each waiter its own outcome. */
function answer(waiters: Waiter[], outcomes: Outcome[]) {
  waiters.forEach((waiter, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) waiter.resolve(outcome.value);
    else waiter.reject(outcome.error);
  });
}

/**
 * Inserts session logs with one statement (the rows travel as one JSON parameter: on PGlite this costs about
 * a third of a many-parameter insert); a log whose client id is already stored is skipped. Returns the ids
 * inserted. Only a log with a client id can be skipped, so only those come back from the database.
 */
async function insertLogs(tx: Db, rows: NewSessionLog[]): Promise<Set<string>> {
  const json = rows.map((r) => ({
    id: r.id,
    person_id: r.personId,
    plan_id: r.planId,
    plan_version: r.planVersion,
    day: r.day,
    logged_at: r.loggedAt,
    exercises: r.exercises,
    pain_during: r.painDuring,
    note: r.note ?? null,
    client_id: r.clientId ?? null,
  }));
  const result = await tx.execute<{ id: string }>(sql`
    with inserted as (
      insert into session_logs
        (id, person_id, plan_id, plan_version, day, logged_at, exercises, pain_during, note, client_id)
      select id, person_id, plan_id, plan_version, day, logged_at, exercises, pain_during, note, client_id
      from json_populate_recordset(null::session_logs, ${JSON.stringify(json)})
      on conflict (person_id, client_id) where client_id is not null do nothing
      returning id, client_id)
    select id from inserted where client_id is not null`);
  const ids = new Set(rowsOf<{ id: string }>(result).map((r) => r.id));
  for (const r of rows) if (r.clientId == null) ids.add(r.id);
  return ids;
}

/** The rows of a raw query's result (`db.execute`), from PGlite or node-postgres. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/**
 * A run of queued logs in one statement, by `insert` (atomic: a statement of its own, or in a savepoint); if
 * it fails (a log whose plan was deleted meanwhile), each log is tried alone, so only its caller sees the error.
 */
async function appendRun(
  run: NewSessionLog[],
  insert: (rows: NewSessionLog[]) => Promise<Set<string>>,
): Promise<Outcome[]> {
  try {
    const inserted = await insert(run);
    return run.map((row) => ({ ok: true, value: inserted.has(row.id) }));
  } catch {
    const outcomes: Outcome[] = [];
    for (const row of run) {
      try {
        outcomes.push({ ok: true, value: (await insert([row])).has(row.id) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }
}

/**
 * Session-log appends on PostgreSQL: the logs that arrive within one turn of the event loop go in as one
 * statement, its own transaction (COMMIT returns once the WAL is flushed: synchronous_commit is on). Batches
 * run side by side on the pool's connections, and PostgreSQL commits them as it would single rows.
 */
function batchedAppends(db: Db): Store["appendSessionLog"] {
  let waiting: ({ row: NewSessionLog } & Waiter)[] = [];
  async function send() {
    const batch = waiting;
    waiting = [];
    const outcomes = await appendRun(
      batch.map((w) => w.row),
      (rows) => insertLogs(db, rows),
    );
    answer(batch, outcomes);
  }
  return (row) =>
    new Promise((resolve, reject) => {
      waiting.push({ row, resolve: resolve as (value: unknown) => void, reject });
      if (waiting.length === 1) void setImmediate().then(send);
    });
}

/**
 * Group commit for PGlite's single connection. The writes waiting at one moment run in one transaction, in
 * queue order: each write in its own savepoint (a write that fails is rolled back alone, and only its caller
 * sees the error), each run of session-log appends as one statement; then one COMMIT and one WAL flush make
 * the whole group durable before any of its writes is answered. Writes that arrive meanwhile wait, and form
 * the next group. A write alone runs exactly as before: its own transaction; a group of appends alone is one
 * statement, its own transaction too.
 */
function groupCommit(db: Db, flush: () => Promise<void>, changed: () => void) {
  let queue: QueuedWrite[] = [];
  let draining = false;

  async function run(tx: Db, group: QueuedWrite[]): Promise<Outcome[]> {
    const first = group[0]!;
    if (group.length === 1 && "fn" in first) return [{ ok: true, value: await first.fn(tx) }];
    const outcomes: Outcome[] = [];
    let logs: NewSessionLog[] = [];
    const inSavepoint = (rows: NewSessionLog[]) =>
      tx.transaction((sp) => insertLogs(sp as unknown as Db, rows));
    const flushLogs = async () => {
      if (logs.length) outcomes.push(...(await appendRun(logs, inSavepoint)));
      logs = [];
    };
    for (const write of group) {
      if ("log" in write) {
        logs.push(write.log);
        continue;
      }
      await flushLogs();
      try {
        outcomes.push({ ok: true, value: await tx.transaction((sp) => write.fn(sp as unknown as Db)) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    await flushLogs();
    return outcomes;
  }

  async function commit(group: QueuedWrite[]) {
    const appendsOnly = group.every((w) => "log" in w);
    let outcomes: Outcome[];
    try {
      outcomes = appendsOnly
        ? await appendRun(
            group.map((w) => (w as { log: NewSessionLog }).log),
            (rows) => insertLogs(db, rows),
          )
        : await db.transaction((tx) => run(tx, group));
      await flush();
    } catch (error) {
      // The commit or the flush failed: no write of the group is known to be durable.
      for (const write of group) write.reject(error);
      return;
    } finally {
      if (!appendsOnly) changed();
    }
    answer(group, outcomes);
  }

  let idle: Promise<void> = Promise.resolve();
  let settle = () => undefined as void;

  async function drain() {
    draining = true;
    idle = new Promise((resolve) => (settle = resolve));
    while (queue.length) {
      // PGlite runs its queries on this thread without yielding to I/O, so a group started at once would hold
      // only the write that started it. The group waits while writes still arrive: each turn of the event loop
      // lets the requests received meanwhile queue theirs, until a turn brings none (or the group is full).
      for (let seen = -1; queue.length > seen && queue.length < MAX_GROUP;) {
        seen = queue.length;
        await setImmediate();
      }
      const group = queue.slice(0, MAX_GROUP);
      queue = queue.slice(MAX_GROUP);
      await commit(group);
    }
    draining = false;
    settle();
  }

  function enqueue(entry: QueuedWrite) {
    queue.push(entry);
    if (!draining) void drain();
  }

  return {
    write: <T>(fn: (tx: Db) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        changed();
        enqueue({ fn, resolve: resolve as (value: unknown) => void, reject });
      }),
    appendSessionLog: (log: NewSessionLog) =>
      new Promise<boolean>((resolve, reject) =>
        enqueue({ log, resolve: resolve as (value: unknown) => void, reject }),
      ),
    /** Settles once every write queued so far is answered. */
    idle: () => idle,
  };
}

async function openPglite(
  dataDir: string,
  limit: number | undefined,
  { observeWalSync, observeDataSync }: StoreOptions,
): Promise<Store> {
  const lock: Lock = acquireLock(dataDir);
  let client: PGlite | undefined;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const pgDir = join(dataDir, "pg");
    client = await PGlite.create(pgDir);
    // A new WAL segment is created sized but not filled with zeros: filling 16 MB stalled every write for about
    // 50 ms each time one was created (every few seconds under load). The flush's fsync still covers what is
    // written into it.
    await client.exec("set wal_init_zero = off");
    const db = drizzle(client, { schema }) as unknown as Db;
    const { folder, cleanup } = migrationsFolder(limit);
    try {
      await migrate(db as never, { migrationsFolder: folder });
    } finally {
      cleanup();
    }
    let generation = 0;
    const changed = () => void generation++;
    const pg = client;
    const syncDataDir = dataDirSyncer(pgDir);
    const syncData = () => {
      const files = syncDataDir();
      observeDataSync?.(files);
    };
    const walFlush = walFlusher(pg, pgDir, syncData);
    const flush = async () => {
      const segments = await walFlush();
      observeWalSync?.(segments);
    };
    // A new store, the migrations, and what opening wrote (recovery after a crash ends with a checkpoint).
    syncData();
    await flush(); // every WAL segment up to the current one
    const { write, appendSessionLog, idle } = groupCommit(db, flush, changed);
    return {
      kind: "pglite",
      location: dataDir,
      db,
      write,
      appendSessionLog,
      generation: () => generation,
      async query(sqlText) {
        changed();
        try {
          return (await pg.query<Record<string, unknown>>(sqlText)).rows;
        } finally {
          changed();
        }
      },
      async close() {
        try {
          await idle();
          await pg.close(); // a checkpoint: its pages and control file still need an fsync
          syncData();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}

async function openPostgres(
  url: string,
  limit: number | undefined,
  { onConnectionLost }: StoreOptions,
): Promise<Store> {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", (error) => onConnectionLost?.(error));
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
      appendSessionLog: batchedAppends(db),
      generation: undefined,
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
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.migrationsLimit, options);
  return openPglite(resolve(options.dataDir ?? "data"), options.migrationsLimit, options);
}
