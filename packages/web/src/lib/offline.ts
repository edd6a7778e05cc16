/**
 * Session logs made offline wait in a queue with their own client id; they are sent when the network is back,
 * and the server stores a client id once, so a retry never makes a duplicate.
 */
import type { SessionLogInput } from "@upstream/core";
import { api, ApiProblem } from "./api";
import { load, save } from "./storage";

const KEY = "outbox";

export type QueuedLog = SessionLogInput & { clientId: string };

export function queued(): QueuedLog[] {
  return load<QueuedLog[]>(KEY, []);
}

export function newClientId(): string {
  return crypto.randomUUID();
}

/** Sends a log now, or queues it when offline. Returns "sent" or "queued". */
export async function submitLog(log: QueuedLog): Promise<"sent" | "queued"> {
  try {
    await api.logSession(log);
    return "sent";
  } catch (error) {
    if (error instanceof ApiProblem && error.offline) {
      save(KEY, [...queued().filter((q) => q.clientId !== log.clientId), log]);
      return "queued";
    }
    throw error;
  }
}

let flushing: Promise<number> | undefined;

/** Sends what is queued; keeps what still cannot go. Returns how many were sent. One flush at a time. */
export function flushOutbox(): Promise<number> {
  flushing ??= sendQueued().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

/** The first retry of logs still waiting, and the longest wait between two. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 60_000;

/**
 * Sends what is queued now and, while logs still wait, again later: 2 s on, then twice as long each time, at
 * most a minute apart. The network may answer only a moment after the browser says it is back, and nothing
 * else would try again until the next "online" event. Returns the function that stops the retries.
 */
export function sendOutbox(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let wait = RETRY_FIRST_MS;
  const attempt = () => {
    void flushOutbox()
      .catch(() => 0)
      .then(() => {
        if (stopped || queued().length === 0) return;
        timer = setTimeout(attempt, wait);
        wait = Math.min(wait * 2, RETRY_MAX_MS);
      });
  };
  attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function sendQueued(): Promise<number> {
  let sent = 0;
  for (const log of queued()) {
    try {
      await api.logSession(log);
      sent++;
      save(
        KEY,
        queued().filter((q) => q.clientId !== log.clientId),
      );
    } catch (error) {
      if (error instanceof ApiProblem && (error.offline || error.status === 401 || error.status === 403))
        break;
      // Offline, or not signed in yet (the session loads after start-up): keep it for the next try.
      // Rejected for good (a stopped plan, invalid): drop it rather than retry forever.
      save(
        KEY,
        queued().filter((q) => q.clientId !== log.clientId),
      );
    }
  }
  return sent;
}
