/** Parsing untrusted documents into contract shapes: structured issues with a field path, text made at the edge. */
import type { z } from "zod";

/** One problem with an input, keyed by a code; `path` is the JSON path of the offending field. */
export interface InputIssue {
  code: "not_json" | "invalid";
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Formats a zod path as a JSON path: `complaints[0].worstPain`; the document itself is `$`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || "$";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return typeof value === "number" && !Number.isFinite(value) ? "not a finite number" : typeof value;
}

function toIssue(issue: z.core.$ZodIssue, input: unknown): InputIssue {
  let value: unknown = input;
  for (const key of issue.path) {
    value =
      value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return {
      code: "invalid",
      path: formatPath([...issue.path, key]),
      message: "is not a known field",
    };
  }
  if (issue.code === "invalid_type" && value === undefined) {
    return { code: "invalid", path: formatPath(issue.path), message: "is required" };
  }
  if (issue.code === "invalid_type" && issue.expected === "object") {
    return {
      code: "invalid",
      path: formatPath(issue.path),
      message: `must be an object, not ${describe(value)}`,
    };
  }
  return { code: "invalid", path: formatPath(issue.path), message: issue.message };
}

/**
 * The path of the first text containing a NUL character: no field needs one, and PostgreSQL cannot store it,
 * so it is refused at the edge like any other invalid value.
 */
function findNul(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = k.includes("\u0000") ? [...path, k] : findNul(v, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Validates an already-decoded value against a schema. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const nul = findNul(input);
  if (nul)
    return {
      ok: false,
      issues: [{ code: "invalid", path: formatPath(nul), message: "must not contain a NUL character" }],
    };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((i) => toIssue(i, input)) };
}

/** Decodes JSON text and validates it; truncated or malformed text is an issue at `$`. */
export function parseJsonWith<S extends z.ZodType>(schema: S, text: string): Parsed<z.infer<S>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ code: "not_json", path: "$", message: `is not valid JSON (${why})` }] };
  }
  return parseWith(schema, value);
}

/** The one-line message the CLI and API show for the first issue. */
export function describeIssue(issue: InputIssue): string {
  return `invalid input at ${issue.path}: ${issue.message}`;
}
