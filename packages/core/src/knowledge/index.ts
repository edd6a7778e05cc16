/** The knowledge base's public face: every item is typed data with its source. */
export * from "./schema.js";
export { EXERCISES, EXERCISE_BY_ID, getExercise } from "./exercises.js";
export { SELF_TESTS } from "./self-tests.js";
export { CHECKLISTS } from "./checklists.js";
export { PROGRAMS } from "./programs.js";
export { DRIVERS, DRIVER_BY_ID, DriverInfoSchema, type DriverInfo } from "./drivers.js";
export { AVOID_ITEMS, AVOID_BY_ID, type AvoidItem } from "./avoid.js";
export * from "./education.js";
