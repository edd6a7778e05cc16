/** Starting and stopping the server: configuration, the store, the app, graceful shutdown on SIGTERM. */
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import {
  Accounts,
  openStore,
  ProgramService,
  StoreLockedError,
  type Clock,
  type Store,
} from "@upstream/store";
import { buildApp, type Services } from "./app.js";
import { readConfig, type Config } from "./config.js";
import { ALL_ROUTES } from "./routes/routes.js";

export const systemClock: Clock = { now: () => new Date().toISOString(), newId: () => randomUUID() };

export function makeServices(store: Store, config: Config, clock: Clock = systemClock): Services {
  return {
    store,
    config,
    clock,
    program: new ProgramService(store, clock),
    accounts: new Accounts(
      store,
      () => clock.now(),
      () => clock.newId(),
    ),
  };
}

/** The built web app, served at / when it exists (npm run build makes it). */
export const WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function createServer(
  store: Store,
  config: Config,
  options: { logger?: boolean; clock?: Clock; webRoot?: string } = {},
) {
  return buildApp(makeServices(store, config, options.clock), ALL_ROUTES, {
    logger: options.logger ?? false,
    webRoot: options.webRoot ?? WEB_ROOT,
  });
}

export interface Running {
  app: FastifyInstance;
  store: Store;
  url: string;
  stop(): Promise<void>;
}

/** Reads the environment, opens the store, listens; prints one line with the URL. Exits 1 with one line on bad config. */
export async function startServer(env: Record<string, string | undefined> = process.env): Promise<Running> {
  const read = readConfig(env);
  if (!read.ok) throw new Error(read.message);
  const config = read.config;
  // The app's logger exists only once the store is open: the store's warnings wait for it.
  const logs: { to?: FastifyBaseLogger } = {};
  const store = await openStore(
    config.DATABASE_URL
      ? {
          databaseUrl: config.DATABASE_URL,
          // The code and PostgreSQL's message only: never a query's parameters.
          onConnectionLost: (error) =>
            logs.to?.warn(
              { err: { code: error.code, message: error.message.slice(0, 200) } },
              "the database ended a connection; the pool connects again when needed",
            ),
        }
      : { dataDir: config.UPSTREAM_DATA },
  );
  const app = await createServer(store, config, { logger: true });
  logs.to = app.log;
  await app.listen({ host: config.HOST, port: config.PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host}:${port}/`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let in-flight requests finish, then close the database.
      await app.close();
      await store.close();
    })());
  return { app, store, url, stop };
}

/** The command-line entry: start, print the URL, stop cleanly on SIGTERM or SIGINT. */
export async function runServerCli(): Promise<void> {
  let running: Running;
  try {
    running = await startServer();
  } catch (error) {
    const message =
      error instanceof StoreLockedError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`upstream-server: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Upstream is running at ${running.url}  (data: ${running.store.location})\n`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
