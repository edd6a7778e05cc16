/** CSV exports of a person's sessions and outcome measures: RFC 4180, UTF-8, guarded against formula injection. */
import type { PersonRecord } from "@upstream/core";

export type Cell = string | number | boolean | null | undefined;

/** Excel and LibreOffice run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: numbers as they are; text that could start a formula gets a leading apostrophe, so a spreadsheet shows
 * it as text; a cell with a comma, quote or line break is quoted with its quotes doubled (RFC 4180 §2).
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV document: a header row, then the rows, lines ending CRLF. It starts with a byte-order mark so spreadsheet
 * programs read it as UTF-8 (accents in notes and activity names survive a double-click).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export const SESSIONS_HEADER = [
  "day",
  "logged_at",
  "plan_id",
  "plan_version",
  "pain_during_0_10",
  "exercises_logged",
  "exercises_completed",
  "note",
] as const;

/** One row per logged session, oldest first. */
export function sessionsCsv(record: PersonRecord): string {
  const rows = [...record.sessionLogs]
    .sort((a, b) => a.day.localeCompare(b.day) || a.loggedAt.localeCompare(b.loggedAt))
    .map((s) => {
      const exercises = Array.isArray(s.exercises) ? (s.exercises as { completed?: unknown }[]) : undefined;
      return [
        s.day,
        s.loggedAt,
        s.planId,
        s.planVersion,
        s.painDuring,
        exercises?.length,
        exercises?.filter((e) => e.completed === true).length,
        s.note,
      ];
    });
  return toCsv(SESSIONS_HEADER, rows);
}

export const MEASURES_HEADER = [
  "day",
  "recorded_at",
  "instrument",
  "score",
  "max",
  "subscale",
  "risk",
  "missing_items",
  "summary",
] as const;

/** One row per outcome-measure response, oldest first; none for a record from before measures existed. */
export function measuresCsv(record: PersonRecord): string {
  const rows = [...(record.measures ?? [])]
    .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt))
    .map((m) => [
      m.day,
      m.createdAt,
      m.instrument,
      m.result.score,
      m.result.max,
      m.result.subscale,
      m.result.risk,
      m.result.missing.join(" "),
      m.result.summary,
    ]);
  return toCsv(MEASURES_HEADER, rows);
}
