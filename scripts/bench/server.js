// Benchmark of the HTTP API: the full server against bare node:http servers on the same engine and store.
import { Buffer } from "node:buffer";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import autocannon from "autocannon";
import { assess, AssessmentInputSchema, parseJsonWith, SessionLogInputSchema } from "@upstream/core";
import { openStore, ProgramService } from "@upstream/store";
import { createServer, readConfig, systemClock, CSRF_HEADER } from "@upstream/server";

const { fetch } = globalThis;
const HOST = "127.0.0.1";
const CONNECTIONS = 50;
const SECONDS = 5;
const WARM_UP_SECONDS = 1;
/** Rounds of each pair, full and bare interleaved, so that drift on this shared machine hits both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 20;

const INPUT = {
  age: 40,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["cramp"], weeks: 2, worstPain: 3 }],
  selfTests: { calfRaise: { left: 22, right: 14 } },
};
const START_DAY = "2026-01-05";
// Any day on or after the plan's start is a valid log; without a clientId every request stores a new row.
const SESSION_LOG = { day: "2026-01-07", painDuring: 2, note: "felt fine" };

/** The base URL of a listening node:http server. */
function urlOf(server) {
  const address = server.address();
  return `http://${HOST}:${address.port}`;
}

/** A node:http server with no framework: read the body, hand it to `handle`, write what it returns. */
async function bareServer(handle) {
  const server = createHttpServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      handle(Buffer.concat(chunks).toString("utf8")).then(
        ([status, text]) => {
          res.writeHead(status, {
            "content-type": "application/json; charset=utf-8",
            "content-length": Buffer.byteLength(text),
          });
          res.end(text);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  return {
    url: urlOf(server),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The full server (Fastify, sessions, CSRF, serializers) over `store`, on a free loopback port. */
async function fullServer(store) {
  const read = readConfig({ HOST, PORT: "0" });
  if (!read.ok) throw new Error(read.message);
  // Request logging is off, as createServer has it by default; the server command turns it on.
  const app = await createServer(store, read.config);
  await app.listen({ host: HOST, port: 0 });
  return { url: urlOf(app.server), close: () => app.close() };
}

/** Registers a person on the full server and starts their plan; returns the cookie and CSRF headers. */
async function signIn(url) {
  const registered = await fetch(`${url}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "bench@example.com", password: "bench password 1" }),
  });
  if (registered.status !== 201) {
    throw new Error(`register: ${registered.status} ${await registered.text()}`);
  }
  const { csrfToken } = await registered.json();
  const cookie = registered.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const headers = { cookie, [CSRF_HEADER]: csrfToken };
  const started = await fetch(`${url}/api/people/me/assessments?day=${START_DAY}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(INPUT),
  });
  if (started.status !== 201) {
    throw new Error(`start: ${started.status} ${await started.text()}`);
  }
  return headers;
}

/**
 * One autocannon run; every response must be 2xx, or the figures would measure errors. A warm-up on a slow
 * machine may finish before any answer arrives; a measured run may not.
 */
async function load(url, body, headers, seconds, warmUp = false) {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    // The load runs in a worker thread, so the client does not share the servers' event loop.
    workers: 1,
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || (result.requests.total === 0 && !warmUp))
    throw new Error(`${url}: ${failed} of ${result.requests.total} requests failed`);
  return {
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Waits until the requests the last run left queued are done: autocannon stops waiting at the end of a run,
 * but the server still finishes what it was sent (writes queue one after another), in this same thread.
 */
async function settle(url, body, headers) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  await delay(200);
}

/** Warm-up, then the measured run, each followed by a settle so the next run starts on an idle process. */
async function measure(url, body, headers = {}) {
  await load(url, body, headers, WARM_UP_SECONDS, true);
  await settle(url, body, headers);
  const result = await load(url, body, headers, SECONDS);
  await settle(url, body, headers);
  return result;
}

/** Full and bare, interleaved, ROUNDS times; the results of each side in run order. */
async function measurePair(full, bare) {
  const fulls = [];
  const bares = [];
  for (let r = 0; r < ROUNDS; r++) {
    fulls.push(await full());
    bares.push(await bare());
  }
  return { fulls, bares };
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
/** "0.78 (0.71-0.83)": the median of the rounds and their range. */
function spread(xs, digits = 0) {
  const f = (x) => x.toFixed(digits);
  return `${f(median(xs))} (${f(Math.min(...xs))}-${f(Math.max(...xs))})`;
}

function pairRows(label, { fulls, bares }) {
  const ratios = fulls.map((f, i) => f.rps / bares[i].rps);
  const p99 = (rs) => `${spread(rs.map((r) => r.p99))} ms, p50 ${median(rs.map((r) => r.p50))} ms`;
  return [
    [`${label}, full server: req/s`, spread(fulls.map((r) => r.rps))],
    [`${label}, bare node:http: req/s`, spread(bares.map((r) => r.rps))],
    [`${label}: ratio full/bare req/s (target >= ${TARGET_RATIO})`, spread(ratios, 2)],
    [`${label}, full server: p99 latency (target < ${TARGET_P99_MS} ms)`, p99(fulls)],
    [`${label}, bare node:http: p99 latency`, p99(bares)],
  ];
}

/** Runs both pairs ROUNDS times in this process on loopback (about 40 s a round) and returns the rows to print. */
export async function runServerBench() {
  const dir = mkdtempSync(join(tmpdir(), "upstream-bench-http-"));
  const closers = [];
  try {
    // One new store, copied, so the full and the bare server write to stores in the same state.
    const created = await openStore({ dataDir: join(dir, "full") });
    await created.close();
    cpSync(join(dir, "full"), join(dir, "bare"), { recursive: true });
    const fullStore = await openStore({ dataDir: join(dir, "full") });
    closers.push(() => fullStore.close());
    const bareStore = await openStore({ dataDir: join(dir, "bare") });
    closers.push(() => bareStore.close());

    const full = await fullServer(fullStore);
    closers.unshift(full.close);
    const bareAssess = await bareServer(async (text) => {
      const parsed = parseJsonWith(AssessmentInputSchema, text);
      if (!parsed.ok) return [400, JSON.stringify(parsed.issues)];
      return [200, JSON.stringify(assess(parsed.value).result)];
    });
    closers.unshift(bareAssess.close);
    const program = new ProgramService(bareStore, systemClock);
    const started = await program.start("bench", INPUT, START_DAY);
    if (!started.ok) throw new Error(started.message);
    const bareLog = await bareServer(async (text) => {
      const parsed = parseJsonWith(SessionLogInputSchema, text);
      if (!parsed.ok) return [400, JSON.stringify(parsed.issues)];
      const logged = await program.logSession("bench", parsed.value);
      return logged.ok ? [201, JSON.stringify(logged.value)] : [400, JSON.stringify(logged)];
    });
    closers.unshift(bareLog.close);

    const load0 = loadavg()[0].toFixed(1);
    const assessBody = JSON.stringify(INPUT);
    const assessPair = await measurePair(
      () => measure(`${full.url}/api/assess`, assessBody),
      () => measure(bareAssess.url, assessBody),
    );

    const headers = await signIn(full.url);
    const logBody = JSON.stringify(SESSION_LOG);
    const logPair = await measurePair(
      () => measure(`${full.url}/api/people/me/sessions`, logBody, headers),
      () => measure(bareLog.url, logBody),
    );

    return [
      [
        `autocannon: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARM_UP_SECONDS} s warm-up`,
        `${HOST}, ${ROUNDS} rounds interleaved: median (min-max)`,
      ],
      // The servers run on one thread and share the machine with the load generator's thread.
      ["CPUs (servers and load generator share them)", `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`],
      ["load average (1 min) at the start and at the end", `${load0} -> ${loadavg()[0].toFixed(1)}`],
      ...pairRows("POST /api/assess", assessPair),
      ...pairRows("POST session log (PGlite)", logPair),
    ];
  } finally {
    for (const close of closers) await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
