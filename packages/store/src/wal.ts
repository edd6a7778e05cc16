/** Durability of PGlite's commits: PGlite runs with fsync off, so the store fsyncs the write-ahead log itself. */
import { closeSync, fsyncSync, openSync, readdirSync } from "node:fs";
import { join } from "node:path";

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/**
 * The WAL segments that may hold writes not yet on disk: from the segment current at the last flush to the one
 * current now (both included; usually one); at the first flush, every segment up to the current one. Segments
 * named after the current one are recycled ones waiting for later use: PostgreSQL renames old segments forward
 * at a checkpoint, so the newest name is often not where writes go.
 */
export function walSegmentsToSync(
  names: readonly string[],
  last: string | undefined,
  current: string,
): string[] {
  if (current === last) return [current];
  return names
    .filter((name) => WAL_SEGMENT.test(name) && name <= current && (last === undefined || name >= last))
    .sort();
}

function fsyncPath(path: string, flags: string) {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What the flusher needs of PGlite: `exec`, its simple-query protocol (one call into PostgreSQL, not six). */
interface Queryable {
  exec(sqlText: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}

/**
 * After a commit: asks PostgreSQL which WAL segment it is writing and fsyncs that one (and any it moved past
 * since the last flush, and then the WAL directory). Returns the segments it fsynced. The fsyncs are
 * synchronous on purpose: one queued on libuv's thread pool waits behind other work there (hundreds of
 * milliseconds just after opening), and with group commit they run once per group, not once per write.
 */
export function walFlusher(client: Queryable, pgDir: string): () => Promise<string[]> {
  const walDir = join(pgDir, "pg_wal");
  let last: string | undefined;
  return async () => {
    const [result] = await client.exec("select pg_walfile_name(pg_current_wal_insert_lsn()) as wal");
    const current = result!.rows[0]!.wal as string;
    const segments = walSegmentsToSync(current === last ? [] : readdirSync(walDir), last, current);
    for (const name of segments) fsyncPath(join(walDir, name), "r+");
    if (current !== last) fsyncPath(walDir, "r");
    last = current;
    return segments;
  };
}
