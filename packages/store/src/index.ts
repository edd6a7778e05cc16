/** @upstream/store: persistence on PGlite or PostgreSQL, and the program service that composes core and store. */
export * from "./schema.js";
export {
  openStore,
  resolveStoreOptions,
  MIGRATIONS_DIR,
  type Db,
  type Store,
  type StoreOptions,
} from "./store.js";
export { acquireLock, StoreLockedError, LOCK_FILE } from "./lock.js";
export {
  ProgramService,
  type Clock,
  type Outcome,
  type TodayView,
  type ReviewOutcome,
  type ActivePlan,
} from "./program/service.js";
export { MeasureService } from "./program/measures.js";
export { itemsOn, scheduledOn, dayKind, addDays, daysBetween } from "./program/schedule.js";
export {
  canonicalJson,
  exportPerson,
  importDocument,
  ExportSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
} from "./program/export.js";
export { Accounts, sha256, newToken, type User, type SessionInfo, type AuditEntry } from "./accounts.js";
export * from "./clinician/index.js";
