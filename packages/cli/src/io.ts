/** The CLI's streams and exit codes, injected so commands can be tested without a process. */
import type { InputIssue } from "@upstream/core";
import { describeIssue, parseJsonWith, parseWith } from "@upstream/core";

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  readFile: (path: string) => Promise<string>;
  env: Record<string, string | undefined>;
}

/** One list of exit codes: 0 done, 1 an internal fault, 2 bad input or usage, 3 data directory in use, 4 refused (no plan, plan stopped, conflict), 130 stopped by the person. */
export const EXIT = { ok: 0, internal: 1, invalid: 2, busy: 3, refused: 4, interrupted: 130 } as const;

/** A usage or input problem: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.invalid,
  ) {
    super(message);
  }

  static fromIssue(issue: InputIssue): CliError {
    return new CliError(describeIssue(issue));
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads `--input FILE` or `-` (standard input); a missing file is an input error naming the path. */
export async function readInput(io: Io, path: string): Promise<string> {
  if (path === "-") return readAll(io.stdin);
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new CliError(`invalid input at --input: ${path}: ${why}`);
  }
}

export function write(stream: NodeJS.WritableStream, text: string) {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
}

type Schema = Parameters<typeof parseWith>[0];
type Valid<S extends Schema> = Extract<ReturnType<typeof parseWith<S>>, { ok: true }>["value"];

const CASE_KEYS = new Set(["id", "source", "note", "input", "expect"]);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** One of the contract's example files: `{ id, source, note, input, expect }` and nothing else. */
const isExampleCase = (v: unknown): v is { input: Record<string, unknown> } =>
  isObject(v) && isObject(v.input) && isObject(v.expect) && Object.keys(v).every((k) => CASE_KEYS.has(k));

/**
 * Reads a document for `--input`: the input itself, or one of the contract's example files, whose `input` is
 * used so an example can be run as it is. Issues in an example name their path inside it (`input.age`).
 * Anything else is validated as the input, so a stray key is still refused.
 */
export function parseInputDocument<S extends Schema>(schema: S, text: string): Valid<S> {
  const parsed = parseJsonWith(schema, text);
  if (parsed.ok) return parsed.value;
  // Not the input: decoded again only on this failing path, to see whether it is an example file.
  const doc: unknown = parsed.issues[0]!.code === "not_json" ? undefined : JSON.parse(text);
  if (!isExampleCase(doc)) throw CliError.fromIssue(parsed.issues[0]!);
  const inner = parseWith(schema, doc.input);
  if (inner.ok) return inner.value;
  const issue = inner.issues[0]!;
  throw CliError.fromIssue({ ...issue, path: issue.path === "$" ? "input" : `input.${issue.path}` });
}
