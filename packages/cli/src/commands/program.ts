/** The single-user program commands: start, today, log, checkin, review, reassess, history, export, import. */
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import {
  AssessmentInputSchema,
  CheckinInputSchema,
  DaySchema,
  formatDoseText,
  getExercise,
  parseJsonWith,
  parseWith,
  PHASE_INFO,
  SessionLogInputSchema,
  type AssessmentInput,
} from "@upstream/core";
import {
  addDays,
  canonicalJson,
  exportPerson,
  importDocument,
  openStore,
  ProgramService,
  resolveStoreOptions,
  StoreLockedError,
  type Outcome,
  type Store,
} from "@upstream/store";
import { runQuestionnaire } from "../interactive/questionnaire.js";
import { CliError, EXIT, parseInputDocument, readInput, write, type Io } from "../io.js";
import type { ProgramOptions } from "../main.js";
import { renderAssessment } from "../report/assessment.text.js";
import { bullet, exerciseHint, heading } from "../report/format.js";
import { renderHistory } from "../report/history.text.js";

/** The one person a local CLI store holds. */
export const LOCAL_PERSON = "local";

function today(io: Io): string {
  return io.env.UPSTREAM_TODAY ?? new Date().toISOString().slice(0, 10);
}

function dayOf(options: ProgramOptions, io: Io): string {
  const day = options.date ?? today(io);
  const parsed = parseWith(DaySchema, day);
  if (!parsed.ok) throw new CliError(`invalid option --date: ${parsed.issues[0]!.message}`);
  return parsed.value;
}

async function withStore<T>(
  options: ProgramOptions,
  io: Io,
  fn: (store: Store, service: ProgramService) => Promise<T>,
) {
  let store: Store;
  try {
    store = await openStore(resolveStoreOptions({ data: options.data }, io.env));
  } catch (error) {
    if (error instanceof StoreLockedError) throw new CliError(error.message, EXIT.busy);
    throw error;
  }
  const clock = {
    now: () => (options.date ? `${options.date}T12:00:00.000Z` : new Date().toISOString()),
    newId: () => randomUUID(),
  };
  try {
    return await fn(store, new ProgramService(store, clock));
  } finally {
    await store.close();
  }
}

function unwrap<T>(outcome: Outcome<T>, flags = false): T {
  if (outcome.ok) return outcome.value;
  const field = flags && outcome.field === "day" ? "--date" : outcome.field;
  const where = field ? `invalid input at ${field}: ` : "";
  throw new CliError(
    `${where}${outcome.message}`,
    outcome.code === "invalid" || outcome.field ? EXIT.invalid : EXIT.refused,
  );
}

async function assessmentInput(options: ProgramOptions, io: Io): Promise<AssessmentInput | undefined> {
  if (options.input === undefined && io.stdin.isTTY) return runQuestionnaire(io);
  return parseInputDocument(AssessmentInputSchema, await readInput(io, options.input ?? "-"));
}

export async function runStart(options: ProgramOptions, io: Io): Promise<number> {
  const input = await assessmentInput(options, io);
  if (!input) return EXIT.interrupted;
  const day = dayOf(options, io);
  return withStore(options, io, async (_store, service) => {
    const existing = await service.activePlan(LOCAL_PERSON);
    const outcome = unwrap(
      existing
        ? await service.reassess(LOCAL_PERSON, input, day)
        : await service.start(LOCAL_PERSON, input, day),
    );
    if (options.format === "json") write(io.stdout, JSON.stringify(outcome, null, 2));
    else {
      write(io.stdout, renderAssessment(outcome.result));
      if (outcome.result.plan) {
        write(
          io.stdout,
          `\nSaved${existing ? " as a re-assessment" : ""}. Next: upstream today (the session for ${day}).`,
        );
      }
    }
    return EXIT.ok;
  });
}

export async function runToday(options: ProgramOptions, io: Io): Promise<number> {
  const day = dayOf(options, io);
  return withStore(options, io, async (_store, service) => {
    const view = unwrap(await service.today(LOCAL_PERSON, day));
    if (options.format === "json") {
      write(io.stdout, JSON.stringify(view, null, 2));
      return EXIT.ok;
    }
    const kind = {
      hard: "a hard day: strength work",
      easy: "an easy day: mobility and glides",
      rest: "a rest day from training",
    };
    const out = [`Today, ${day}: week ${view.week}, day ${view.dayIndex + 1}, ${kind[view.kind]}`];
    if (view.checkinDue) out.push("", "First, this morning's check-in: upstream checkin --pain N");
    let phase = "";
    for (const item of view.items) {
      if (item.phase !== phase) {
        phase = item.phase;
        out.push(heading(PHASE_INFO.find((p) => p.id === phase)?.title ?? phase));
      }
      out.push(
        bullet(
          "•",
          `${getExercise(item.exercise).name}: ${formatDoseText(item.dose, item.exercise, item.side)}; ${item.frequency}`,
        ),
      );
    }
    out.push(
      "",
      view.logged ? "Logged for today." : "When you are done: upstream log --pain N (your pain during, 0-10)",
    );
    out.push(exerciseHint(view.items.map((item) => item.exercise)));
    write(io.stdout, out.join("\n"));
    return EXIT.ok;
  });
}

export async function runLog(options: ProgramOptions, io: Io): Promise<number> {
  let document: unknown;
  if (options.input !== undefined) {
    const text = await readInput(io, options.input);
    const parsed = parseJsonWith(SessionLogInputSchema, text);
    if (!parsed.ok) throw CliError.fromIssue(parsed.issues[0]!);
    document = parsed.value;
  } else {
    const pain = options.pain === undefined ? undefined : Number(options.pain);
    if (pain === undefined)
      throw new CliError("invalid input at --pain: required, your pain during the session, 0-10");
    document = {
      day: dayOf(options, io),
      painDuring: pain,
      ...(options.skip ? { skip: options.skip } : {}),
      ...(options.note ? { note: options.note } : {}),
    };
  }
  const { skip, ...rest } = document as { skip?: string[] };
  const parsed = parseWith(SessionLogInputSchema, rest);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    throw new CliError(
      `invalid input at ${issue.path === "painDuring" && options.input === undefined ? "--pain" : issue.path}: ${issue.message}`,
    );
  }
  return withStore(options, io, async (_store, service) => {
    let log = parsed.value;
    if (skip?.length && !log.exercises) {
      const view = unwrap(await service.today(LOCAL_PERSON, log.day));
      const ids = view.items.map((i) => i.exercise as string);
      const unknown = skip.find((s) => !ids.includes(s));
      if (unknown)
        throw new CliError(`invalid input at --skip: "${unknown}" is not in the session for ${log.day}`);
      log = {
        ...log,
        exercises: view.items.map((i) => ({ exercise: i.exercise, completed: !skip.includes(i.exercise) })),
      };
    }
    const saved = unwrap(await service.logSession(LOCAL_PERSON, log), options.input === undefined);
    write(
      io.stdout,
      saved.duplicate
        ? "Already logged (same client id): nothing changed."
        : `Session for ${log.day} logged: pain during ${log.painDuring}/10.`,
    );
    if (log.painDuring >= 5)
      write(io.stdout, "Pain of 5/10 or more: next time use the easier versions, and ease the load.");
    return EXIT.ok;
  });
}

const FLAG_QUESTIONS = [
  ["bladderBowelChange", "New trouble controlling your bladder or bowels?"],
  ["saddleNumbness", "Numbness between your legs or around your bottom (the saddle area)?"],
  ["progressiveWeakness", "A leg or arm getting weaker?"],
  ["fever", "A fever or night sweats?"],
] as const;

export async function runCheckin(options: ProgramOptions, io: Io): Promise<number> {
  let doc: unknown;
  if (options.input !== undefined) {
    try {
      doc = JSON.parse(await readInput(io, options.input));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`invalid input at $: is not valid JSON (${(error as Error).message})`);
    }
  } else {
    if (options.pain === undefined)
      throw new CliError("invalid input at --pain: required, your pain this morning, 0-10");
    const flags: Record<string, boolean> = {};
    for (const name of options.redFlag ?? []) {
      if (!FLAG_QUESTIONS.some(([k]) => k === name)) {
        throw new CliError(
          `invalid input at --red-flag: "${name}" must be one of ${FLAG_QUESTIONS.map(([k]) => k).join(", ")}`,
        );
      }
      flags[name] = true;
    }
    doc = { day: dayOf(options, io), pain: Number(options.pain), redFlags: flags };
  }
  const parsed = parseWith(CheckinInputSchema, doc);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    throw new CliError(
      `invalid input at ${issue.path === "pain" && options.input === undefined ? "--pain" : issue.path}: ${issue.message}`,
    );
  }
  return withStore(options, io, async (_store, service) => {
    const outcome = unwrap(await service.checkin(LOCAL_PERSON, parsed.value), options.input === undefined);
    write(io.stdout, outcome.message);
    return EXIT.ok;
  });
}

export async function runReview(options: ProgramOptions, io: Io): Promise<number> {
  // By default the week that ended yesterday: this morning's check-in completes its last day.
  const weekEnd = options.date ?? addDays(today(io), -1);
  const parsedDay = parseWith(DaySchema, weekEnd);
  if (!parsedDay.ok) throw new CliError(`invalid option --date: ${parsedDay.issues[0]!.message}`);
  return withStore(options, io, async (_store, service) => {
    const review = unwrap(await service.review(LOCAL_PERSON, weekEnd), true);
    if (options.format === "json") {
      write(io.stdout, JSON.stringify(review, null, 2));
      return EXIT.ok;
    }
    const out = [
      `Weekly review, ${review.weekStart} to ${review.weekEnd}: plan version ${review.toVersion} (${review.cause})`,
    ];
    for (const d of review.decisions) {
      const name = getExercise(d.input.exercise).name;
      const to = d.result.nextExercise ? `${getExercise(d.result.nextExercise).name}, ` : "";
      out.push(heading(`${name}: ${d.result.decision.toUpperCase()}`));
      out.push(
        `  ${formatDoseText(d.input.current, d.input.exercise)}  →  ${to}${formatDoseText(d.result.next, d.result.nextExercise ?? d.input.exercise)}`,
      );
      for (const reason of d.result.reasons) out.push(bullet("-", reason));
    }
    write(io.stdout, out.join("\n"));
    return EXIT.ok;
  });
}

export async function runHistory(options: ProgramOptions, io: Io): Promise<number> {
  return withStore(options, io, async (store) => {
    const doc = await exportPerson(store.db, LOCAL_PERSON);
    if (!doc) throw new CliError("no data yet: start with upstream start", EXIT.refused);
    write(io.stdout, options.format === "json" ? canonicalJson(doc) : renderHistory(doc));
    return EXIT.ok;
  });
}

export async function runExport(options: ProgramOptions, io: Io): Promise<number> {
  if (!options.out)
    throw new CliError("invalid input at --out: required, the file to write (or - for standard output)");
  return withStore(options, io, async (store) => {
    const doc = await exportPerson(store.db, LOCAL_PERSON);
    if (!doc) throw new CliError("no data yet: nothing to export", EXIT.refused);
    const text = canonicalJson(doc);
    if (options.out === "-") io.stdout.write(text);
    else {
      await writeFile(options.out!, text);
      write(io.stderr, `Exported to ${options.out}.`);
    }
    return EXIT.ok;
  });
}

export async function runImport(file: string | undefined, options: ProgramOptions, io: Io): Promise<number> {
  if (!file)
    throw new CliError("invalid input at FILE: required, the export to import (upstream import FILE)");
  const text = await readInput(io, file);
  return withStore(options, io, async (store) => {
    const outcome = await importDocument(store, text, { replace: options.replace });
    if (!outcome.ok) throw CliError.fromIssue(outcome.issue);
    write(io.stdout, `Imported the record of ${outcome.personId}.`);
    return EXIT.ok;
  });
}
