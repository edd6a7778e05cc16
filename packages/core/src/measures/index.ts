/** Outcome measures: the instruments as data, their published scoring, change thresholds and schedule. */
export * from "./schema.js";
export * from "./instruments.js";
export { scoreMeasure, compareMeasures, startBackRisk, type Scored } from "./score.js";
export { measuresDue, MeasureDueSchema, type MeasuresDue, type DueMeasure, type DueInput } from "./due.js";
