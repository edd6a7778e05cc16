/** An exclusive lock on a PGlite data directory: PGlite itself lets a second process open it and lose writes. */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export const LOCK_FILE = "upstream.lock";

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** The data directory is held by another live process. */
export class StoreLockedError extends Error {
  readonly code = "store_locked";
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}); ` +
        "stop that process, or use another directory with --data",
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process its parent has not reaped yet (a zombie) still answers signal 0; it holds nothing.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}

export interface Lock {
  release(): void;
}

/** Locks this process holds: one exit handler releases them all, however many stores are open. */
const held = new Set<() => void>();
let exitHook = false;
function releaseOnExit(release: () => void) {
  held.add(release);
  if (!exitHook) {
    exitHook = true;
    process.on("exit", () => {
      for (const r of [...held]) r();
    });
  }
}

/**
 * Takes the lock or throws StoreLockedError at once (never waits). A lock left by a process that no longer
 * runs on this host is stale and taken over.
 */
export function acquireLock(dataDir: string, now: () => string = () => new Date().toISOString()): Lock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: LockInfo = { pid: process.pid, host: hostname(), since: now() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      // An unreadable lock is one being written this instant by another opener: treat it as held.
      if (!holder) throw new StoreLockedError(dataDir, { pid: 0, host: "unknown", since: "just now" });
      if (holder.host !== me.host || alive(holder.pid)) throw new StoreLockedError(dataDir, holder);
      unlinkSync(path);
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      held.delete(release);
      try {
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    };
    releaseOnExit(release);
    return { release };
  }
  throw new StoreLockedError(dataDir, readLock(path) ?? { pid: 0, host: "unknown", since: "just now" });
}
