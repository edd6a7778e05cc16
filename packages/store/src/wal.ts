/**
 * Durability of PGlite: it runs with fsync off (its file system has none), so the store fsyncs the write-ahead log
 * after each commit, and the data directory after each checkpoint.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";

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

/**
 * The file beside PGlite's directory whose modification time says from when files may hold writes not yet on
 * disk: everything changed before it has been fsynced.
 */
export const SYNCED_MARK = "upstream.synced";

/**
 * How far before a sync began its mark is dated: a file's modification time comes from the kernel's coarse
 * clock, a few milliseconds behind the clock Node reads.
 */
const CLOCK_SLACK_MS = 100;

/** The files and directories under `dir` modified at or after `since` (milliseconds since the epoch). */
function changedSince(dir: string, since: number, out = { files: [] as string[], dirs: [] as string[] }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) changedSince(path, since, out);
    else if (entry.isFile() && statSync(path).mtimeMs >= since) out.files.push(path);
  }
  if (statSync(dir).mtimeMs >= since) out.dirs.push(dir);
  return out;
}

/** The two clocks a data-directory sync reads: the wall clock that dates files, and a monotonic one. */
export interface SyncClocks {
  wall: () => number;
  monotonic: () => number;
}

const SYSTEM_CLOCKS: SyncClocks = { wall: Date.now, monotonic: () => performance.now() };

/**
 * Returns a sync of PGlite's directory: each call fsyncs what changed since the last sync (everything, the first
 * time), in the order PostgreSQL's own checkpoint uses: the data files and the WAL, their directories, and the
 * control file last, so that no crash can leave a control file pointing at a checkpoint whose pages are not on
 * disk. Then it moves the mark, and returns the paths it fsynced, relative to `pgDir`.
 *
 * PGlite runs with fsync off, so a checkpoint (when it closes, when it opens after a crash, or when the WAL has
 * grown) writes pages, recycles WAL segments and updates the control file without fsync: an acknowledged
 * write whose WAL segment was recycled would rest on pages still only in the page cache.
 *
 * Files are told apart by their modification times, so a wall clock set back would hide the files changed since
 * behind the mark: when the wall clock has gone back against the monotonic one since this process's last sync,
 * or the mark is dated ahead of it, everything is synced.
 */
export function dataDirSyncer(pgDir: string, clocks: SyncClocks = SYSTEM_CLOCKS): () => string[] {
  const mark = join(dirname(pgDir), SYNCED_MARK);
  let lastOffset: number | undefined;
  return () => {
    const began = clocks.wall();
    const offset = began - clocks.monotonic();
    const setBack = lastOffset !== undefined && offset < lastOffset - CLOCK_SLACK_MS;
    lastOffset = offset;
    const marked = existsSync(mark) ? statSync(mark).mtimeMs : undefined;
    const since = marked === undefined || setBack || marked > began ? -Infinity : marked;
    const { files, dirs } = changedSince(pgDir, since);
    const control = join(pgDir, "global", "pg_control");
    const ordered = [...files.filter((f) => f !== control), ...dirs, ...files.filter((f) => f === control)];
    for (const path of ordered) fsyncPath(path, "r");
    writeFileSync(mark, "");
    const dated = (began - CLOCK_SLACK_MS) / 1000;
    utimesSync(mark, dated, dated);
    fsyncPath(mark, "r");
    fsyncPath(dirname(pgDir), "r");
    return ordered.map((path) => relative(pgDir, path) || ".");
  };
}

/** What the flusher needs of PGlite: `exec`, its simple-query protocol (one call into PostgreSQL, not six). */
interface Queryable {
  exec(sqlText: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}

/**
 * After a commit: asks PostgreSQL which WAL segment it is writing and fsyncs that one (and any it moved past
 * since the last flush, and then the WAL directory). Returns the segments it fsynced. If PostgreSQL checkpointed
 * since the last flush, `checkpointed` runs first (it syncs the data directory). The fsyncs are
 * synchronous on purpose: one queued on libuv's thread pool waits behind other work there (hundreds of
 * milliseconds just after opening), and with group commit they run once per group, not once per write.
 */
export function walFlusher(
  client: Queryable,
  pgDir: string,
  checkpointed: () => void,
): () => Promise<string[]> {
  const walDir = join(pgDir, "pg_wal");
  let last: string | undefined;
  let lastCheckpoint: string | undefined;
  return async () => {
    const [result] = await client.exec(
      `select pg_walfile_name(pg_current_wal_insert_lsn()) as wal,
        (select checkpoint_lsn from pg_control_checkpoint())::text as checkpoint`,
    );
    const current = result!.rows[0]!.wal as string;
    const checkpoint = result!.rows[0]!.checkpoint as string;
    if (lastCheckpoint !== undefined && checkpoint !== lastCheckpoint) checkpointed();
    lastCheckpoint = checkpoint;
    const segments = walSegmentsToSync(current === last ? [] : readdirSync(walDir), last, current);
    for (const name of segments) fsyncPath(join(walDir, name), "r+");
    if (current !== last) fsyncPath(walDir, "r");
    last = current;
    return segments;
  };
}
