/** @upstream/server: the HTTP API. */
export {
  buildApp,
  openApiDocument,
  SESSION_COOKIE,
  CSRF_HEADER,
  BODY_LIMIT,
  type Services,
  type RouteDef,
  type AnyRoute,
} from "./app.js";
export { readConfig, ConfigSchema, type Config } from "./config.js";
export {
  createServer,
  makeServices,
  startServer,
  runServerCli,
  systemClock,
  type Running,
} from "./server.js";
export { ALL_ROUTES } from "./routes/routes.js";
export { authorize, type Access } from "./access.js";
