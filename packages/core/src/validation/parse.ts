/** Parsing untrusted documents into contract shapes: structured issues with a field path, text made at the edge. */
import { z } from "zod";

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
      out += /^[A-Za-z_][\w]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
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
 * so it is refused at the edge like any other invalid value. Iterative, so no nesting depth can overflow it.
 */
function findNul(root: unknown): PropertyKey[] | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        if (k.includes("\u0000")) return [...path, k];
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return undefined;
}

/** Whether any text or key holds a NUL: a walk without allocation, for the common case where none does. */
function hasNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes("\u0000")) return true;
    } else if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
    } else if (value !== null && typeof value === "object") {
      for (const k in value) {
        if (k.includes("\u0000")) return true;
        stack.push((value as Record<string, unknown>)[k]);
      }
    }
  }
  return false;
}

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema with zod's compiled fast path: the same schema, generated into plain checks on first use. Valid
 * input gives the same value several times faster; invalid input falls back to zod's runtime parser, so the
 * issues and messages are the runtime's own. A schema zod cannot compile is returned unchanged.
 */
function compiledOf<S extends z.ZodType>(schema: S): S {
  let fast = compiled.get(schema) as S | undefined;
  if (!fast) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast;
}

/**
 * Validates an already-decoded value against a schema. `mayHoldNul` false skips the NUL scan: JSON text can
 * only spell a NUL as the escape `\u0000`, so text without one cannot decode to a NUL.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  mayHoldNul = true,
): Parsed<z.infer<S>> {
  const result = compiledOf(schema).safeParse(input);
  if (result.success) {
    // Checked on what passed the schema: its shape is bounded, so the scan is cheap.
    const nul = mayHoldNul && hasNul(result.data) ? findNul(result.data) : undefined;
    if (!nul) return { ok: true, value: result.data };
    return {
      ok: false,
      issues: [{ code: "invalid", path: formatPath(nul), message: "must not contain a NUL character" }],
    };
  }
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
  return parseWith(schema, value, text.includes("\\u0000"));
}

/** The one-line message the CLI and API show for the first issue. */
export function describeIssue(issue: InputIssue): string {
  return `invalid input at ${issue.path}: ${issue.message}`;
}
