/** Reports of one person's record: the PDF progress report and exercise sheet, and the CSV exports. */
export { buildProgressReport, currentPlan, type ReportOptions } from "./progress-report.js";
export { buildExerciseSheet, type SheetOptions } from "./exercise-sheet.js";
export { sessionsCsv, measuresCsv, toCsv, csvCell } from "./csv.js";
export { drawShapes, type Canvas, type Box } from "./draw-shapes.js";
