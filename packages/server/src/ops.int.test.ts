// Operations of the server process: instances sharing PostgreSQL, graceful shutdown, configuration, logs.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request, type ClientRequest } from "node:http";
import { connect, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { acquireLock, LOCK_FILE } from "@upstream/store";
import { pgliteBackend, postgresBackend } from "../../store/src/testing/backends.js";

const BIN = fileURLToPath(new URL("../bin/upstream-server.js", import.meta.url));
const HOST = "127.0.0.1";
const START_DAY = "2026-01-05";
const ASSESSMENT = {
  age: 40,
  activities: ["running"],
  complaints: [{ region: "calf", side: "right", kinds: ["cramp"], weeks: 2, worstPain: 3 }],
  selfTests: { calfRaise: { left: 22, right: 14 } },
};

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Proc {
  child: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  stderr(): string;
  exited: Promise<Exit>;
  waitForLine(match: (line: string) => boolean, ms?: number): Promise<string>;
}

interface Server extends Proc {
  base: string;
  port: number;
}

const running = new Set<ChildProcess>();
const temps: string[] = [];

afterEach(() => {
  // A failed test must not leave a server behind.
  for (const child of running) child.kill("SIGKILL");
  running.clear();
});

afterAll(async () => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  await pgliteBackend.cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "upstream-ops-"));
  temps.push(dir);
  return dir;
}

/** A port nothing listens on now: the kernel picks one, then it is let go for the server to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server command with only the given settings from the environment. */
function spawnServer(settings: Record<string, string>): Proc {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "UPSTREAM_DATA", "HOST", "PORT", "LOG_LEVEL", "TRUST_PROXY"])
    delete env[key];
  const child = spawn(process.execPath, [BIN], {
    env: { ...env, HOST, ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    partial += chunk.toString();
    const complete = partial.split("\n");
    partial = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.match(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  const waitForLine = (match: (line: string) => boolean, ms = 30_000) => {
    const seen = lines.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such line in ${ms} ms; stderr: ${err}`)), ms);
      waiters.push({
        match,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
      void exited.then((e) => reject(new Error(`server exited ${JSON.stringify(e)}: ${err}`)));
    });
  };
  return { child, lines, stderr: () => err, exited, waitForLine };
}

/** Starts a server on a free port and resolves once it has printed its URL. */
async function startServer(settings: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const proc = spawnServer({ ...settings, PORT: String(port) });
  const line = await proc.waitForLine((l) => l.startsWith("Upstream is running at "));
  expect(line).toContain(`http://${HOST}:${port}/`);
  return { ...proc, port, base: `http://${HOST}:${port}` };
}

async function stop(server: Proc): Promise<Exit> {
  server.child.kill("SIGTERM");
  return server.exited;
}

interface Signed {
  cookie: string;
  csrf: string;
  userId: string;
}

async function signIn(path: "register" | "login", base: string, body: object): Promise<Signed> {
  const res = await fetch(`${base}/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(path === "register" ? 201 : 200);
  const view = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  expect(cookie).toMatch(/^upstream_session=./);
  return { cookie, csrf: view.csrfToken, userId: view.user.id };
}

/** A cookie-authenticated call, with the CSRF token on writes. */
function call(base: string, who: Signed, method: string, path: string, body?: unknown, csrf = who.csrf) {
  return fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: who.cookie,
      ...(method === "GET" ? {} : { "x-csrf-token": csrf }),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

describe.skipIf(!postgresBackend.available)("two server processes on one PostgreSQL", () => {
  afterAll(() => postgresBackend.cleanup());

  it("a person signs in on one and is served by the other; both exit 0 on SIGTERM", async () => {
    const { databaseUrl } = await postgresBackend.fresh();
    // One after the other: two first starts on an empty database race on its migrations.
    const a = await startServer({ DATABASE_URL: databaseUrl! });
    const b = await startServer({ DATABASE_URL: databaseUrl! });
    const account = { email: `two-${randomUUID()}@example.com`, password: "two servers one db" };
    await signIn("register", a.base, account);
    const me = await signIn("login", a.base, account);

    const session = await call(b.base, me, "GET", "/api/auth/session");
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { id: me.userId }, csrfToken: me.csrf });
    const saved = await call(b.base, me, "POST", `/api/people/me/assessments?day=${START_DAY}`, ASSESSMENT);
    expect(saved.status, await saved.clone().text()).toBe(201);
    expect(await saved.json()).toMatchObject({ planId: expect.any(String) as string });
    // Written through B, read through A.
    const plan = await call(a.base, me, "GET", "/api/people/me/plan");
    expect(plan.status).toBe(200);
    expect(await plan.json()).toMatchObject({ startDate: START_DAY });
    // Signing out on B ends the session on A as well.
    expect((await call(b.base, me, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await call(a.base, me, "GET", "/api/auth/session")).status).toBe(401);

    const [exitA, exitB] = await Promise.all([stop(a), stop(b)]);
    expect(exitA, a.stderr()).toEqual({ code: 0, signal: null });
    expect(exitB, b.stderr()).toEqual({ code: 0, signal: null });
  });
});

/** Resolves true once a new connection to the port is refused, false if it is still accepted after `ms`. */
async function refusedWithin(port: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, HOST);
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
    });
    if (refused) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

interface Answer {
  status: number;
  text: string;
}

function answerOf(req: ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    req.once("error", reject);
    req.once("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.once("end", () => resolve({ status: res.statusCode ?? 0, text }));
      res.once("error", reject);
    });
  });
}

describe("graceful shutdown on SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, exits 0 and releases the lock", async () => {
    const { dataDir } = await pgliteBackend.fresh();
    const server = await startServer({ UPSTREAM_DATA: dataDir! });
    expect(existsSync(join(dataDir!, LOCK_FILE))).toBe(true);

    // An idle keep-alive connection must not hold the shutdown up.
    const agent = new Agent({ keepAlive: true });
    const health = request({ agent, host: HOST, port: server.port, path: "/healthz" });
    health.end();
    expect((await answerOf(health)).status).toBe(200);

    // The body arrives in two halves, with the SIGTERM between them.
    const body = JSON.stringify(ASSESSMENT);
    const slow = request({
      agent: false,
      host: HOST,
      port: server.port,
      method: "POST",
      path: "/api/assess",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const answer = answerOf(slow);
    slow.write(body.slice(0, 20));
    await server.waitForLine((l) => l.includes('"route":"/api/assess"') && l.includes("incoming request"));
    server.child.kill("SIGTERM");
    expect(await refusedWithin(server.port, 10_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    slow.end(body.slice(20));

    const done = await answer;
    expect(done.status, done.text).toBe(200);
    expect(JSON.parse(done.text)).toMatchObject({ triage: { level: "green" } });
    expect(await server.exited, server.stderr()).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir!, LOCK_FILE))).toBe(false);
    agent.destroy();
  });
});

/** Runs the server command until it exits by itself. */
async function runToExit(settings: Record<string, string>) {
  const proc = spawnServer(settings);
  const exit = await proc.exited;
  return { ...exit, stdout: proc.lines.join("\n"), stderr: proc.stderr() };
}

describe("configuration errors", () => {
  it("PORT=abc exits 1 with one line naming PORT", async () => {
    const r = await runToExit({ PORT: "abc", UPSTREAM_DATA: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^upstream-server: invalid configuration PORT="abc": /);
  });

  it("a data directory in use by another process exits 1 naming that process", async () => {
    const dir = tempDir();
    // This test's own process holds the lock, as a running server would.
    const lock = acquireLock(dir);
    try {
      const r = await runToExit({ PORT: String(await freePort()), UPSTREAM_DATA: dir });
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`is in use by process ${process.pid}`);
      // The refused server left the holder's lock alone.
      const held = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")) as { pid: number };
      expect(held.pid).toBe(process.pid);
    } finally {
      lock.release();
    }
  });
});

/** Every secret a log line must not hold: the test's marker, and each session's cookie and CSRF token. */
function leaksIn(lines: string[], secrets: string[]): string[] {
  return lines.filter((line) => secrets.some((s) => line.toLowerCase().includes(s.toLowerCase())));
}

describe("logs", () => {
  it("are JSON lines that hold no request body content, cookie or CSRF token", async () => {
    const { dataDir } = await pgliteBackend.fresh();
    const server = await startServer({ UPSTREAM_DATA: dataDir!, LOG_LEVEL: "info" });
    const marker = `Zyzzogeton${randomUUID().slice(0, 8)}`;
    const account = { email: `${marker}@example.com`, password: `${marker} pass`, displayName: marker };
    const first = await signIn("register", server.base, account);
    const me = await signIn("login", server.base, { email: account.email, password: account.password });
    const wrong = await fetch(`${server.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: account.email, password: `${marker} wrong` }),
    });
    expect(wrong.status).toBe(401);
    const statuses = [
      await call(server.base, me, "POST", `/api/people/me/assessments?day=${START_DAY}`, ASSESSMENT),
      await call(server.base, me, "POST", "/api/people/me/sessions", {
        day: "2026-01-06",
        painDuring: 2,
        note: `${marker} the left calf cramped on the hill`,
      }),
      // Rejected bodies: a wrong field, an unknown field, broken JSON, a wrong CSRF token.
      await call(server.base, me, "POST", "/api/people/me/sessions", { day: marker, painDuring: 1 }),
      await call(server.base, me, "POST", "/api/people/me/sessions", {
        day: "2026-01-06",
        painDuring: 1,
        [marker]: marker,
      }),
      await call(server.base, me, "POST", "/api/people/me/sessions", `{"note":"${marker}`),
      await call(server.base, me, "POST", "/api/people/me/sessions", { note: marker }, `${marker}csrf`),
      await call(server.base, me, "PATCH", "/api/people/me/profile", { displayName: `${marker} again` }),
      await call(server.base, me, "GET", "/api/people/me/export"),
    ].map((r) => r.status);
    expect(statuses).toEqual([201, 201, 400, 400, 400, 403, 200, 200]);
    expect(await stop(server)).toEqual({ code: 0, signal: null });

    const lines = server.lines.filter((l) => l.trim() !== "");
    // The one line for people: the URL it listens at. Everything else is one JSON object per line.
    const logs = lines.filter((l) => !l.startsWith("Upstream is running at "));
    expect(lines.length - logs.length).toBe(1);
    for (const line of logs) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(typeof entry.level, line).toBe("number");
      expect(typeof entry.msg, line).toBe("string");
    }
    expect(logs.filter((l) => l.includes('"route":"/api/people/:personId/sessions"')).length).toBe(5);
    const cookieValue = (c: string) => c.split("=")[1]!;
    const secrets = [marker, cookieValue(first.cookie), cookieValue(me.cookie), first.csrf, me.csrf];
    expect(leaksIn(logs, secrets)).toEqual([]);
    expect(leaksIn([server.stderr()], secrets)).toEqual([]);
  });

  // Regression: PostgreSQL refuses U+0000 in text; it used to pass validation, fail with a 500, and the
  // failed query's parameters (the note) went into the log.
  it("a NUL character in a session note is refused as input, and no log line holds the note", async () => {
    const { dataDir } = await pgliteBackend.fresh();
    const server = await startServer({ UPSTREAM_DATA: dataDir! });
    const marker = `Nulmarker${randomUUID().slice(0, 8)}`;
    const me = await signIn("register", server.base, {
      email: `${marker}@example.com`,
      password: "nul nul nul",
    });
    expect(
      (await call(server.base, me, "POST", `/api/people/me/assessments?day=${START_DAY}`, ASSESSMENT)).status,
    ).toBe(201);
    const res = await call(server.base, me, "POST", "/api/people/me/sessions", {
      day: "2026-01-06",
      painDuring: 2,
      note: `${marker} \u0000 end`,
    });
    expect(await stop(server)).toEqual({ code: 0, signal: null });
    expect(leaksIn(server.lines, [marker])).toEqual([]);
    expect(res.status).toBe(400);
  });
});
