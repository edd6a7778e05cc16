// parseWith validates through zod's compiled fast path: it must accept, return and refuse exactly as the runtime does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as core from "../index.js";
import { SessionLogInputSchema } from "../program/schema.js";
import { AssessmentInputSchema, ProgressInputSchema } from "../contract/schema.js";
import { assessmentInputArb, progressInputArb } from "../testing/arbitraries.js";
import { parseJsonWith, parseWith } from "./parse.js";

const RUNS = 500;

/** Every zod schema core exports: all of them reach parseWith from the server, the store or the CLI. */
const SCHEMAS = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

const compiledCache = new Map<z.ZodType, z.ZodType>();
const compiledOf = (schema: z.ZodType) => {
  const fast = compiledCache.get(schema) ?? z.compile(schema);
  compiledCache.set(schema, fast);
  return fast;
};

/** The compiled schema and the runtime parser agree: same verdict, same value, same issues. */
function expectSame(schema: z.ZodType, input: unknown) {
  const runtime = schema.safeParse(input);
  const fast = compiledOf(schema).safeParse(input);
  expect(fast.success).toBe(runtime.success);
  if (runtime.success) expect(fast.data).toStrictEqual(runtime.data);
  else expect(fast.error?.issues).toStrictEqual(runtime.error.issues);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a document, the document itself first. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** A copy of `doc` with one value replaced, deleted, or given an unknown key. */
function mutate(doc: unknown, pick: number, op: "replace" | "delete" | "extra", replacement: Json): unknown {
  const copy = structuredClone(doc);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return op === "replace" ? replacement : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (op === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op === "extra" && parent[key] !== null && typeof parent[key] === "object") {
    (parent[key] as Record<string, unknown>).unknownField = replacement;
  } else parent[key] = replacement;
  return copy;
}

const mutationArb = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom("replace" as const, "delete" as const, "extra" as const),
  replacement: fc.oneof(
    fc.jsonValue() as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(-1, 0, 0.5, 11, 1e9, "", "calf", "\u0000", [], {}, null, true),
  ),
});

const sessionLogArb = fc.record(
  {
    day: fc.constantFrom("2026-01-07", "2026-02-29", "2024-02-29", "2026-13-01", "7 Jan"),
    exercises: fc.array(
      fc.record(
        {
          exercise: fc.constantFrom(...core.EXERCISE_IDS),
          completed: fc.boolean(),
          setsDone: fc.integer({ min: 0, max: 20 }),
        },
        { requiredKeys: ["exercise", "completed"] },
      ),
      { maxLength: 4 },
    ),
    painDuring: fc.integer({ min: 0, max: 10 }),
    note: fc.string({ maxLength: 40 }),
    clientId: fc.string({ minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: ["day", "painDuring"] },
);

describe("parseWith's compiled fast path", () => {
  it("compiles the hot schemas (otherwise the fast path silently is not there)", () => {
    for (const schema of [AssessmentInputSchema, ProgressInputSchema, SessionLogInputSchema]) {
      expect(() => z.compile(schema, { strict: true })).not.toThrow();
    }
  });

  it.each([
    ["AssessmentInputSchema", AssessmentInputSchema, assessmentInputArb],
    ["ProgressInputSchema", ProgressInputSchema, progressInputArb],
    ["SessionLogInputSchema", SessionLogInputSchema, sessionLogArb],
  ] as const)("%s: valid and mutated documents give the runtime's value and issues", (_, schema, arb) => {
    fc.assert(
      fc.property(arb, mutationArb, (doc, m) => {
        expectSame(schema, doc);
        expectSame(schema, mutate(doc, m.pick, m.op, m.replacement));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(SCHEMAS)("%s: any JSON value gives the runtime's verdict and issues", (_, schema) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectSame(schema, value)),
      { numRuns: 100 },
    );
  });

  it("keeps the messages people see for invalid input", () => {
    const base = { age: 40, complaints: [{ region: "calf", kinds: ["cramp"] }] };
    const cases: [unknown, string, string][] = [
      [{ ...base, age: 15 }, "age", "must be a whole number between 16 and 110"],
      [{ ...base, activities: ["running", "running"] }, "activities[1]", 'repeats "running"'],
      [{ ...base, shoeSize: 42 }, "shoeSize", "is not a known field"],
      [{ age: 40 }, "complaints", "is required"],
      [
        { ...base, complaints: [{ region: "calf", kinds: ["cramp"], note: "\u0000" }] },
        "complaints[0].note",
        "is not a known field",
      ],
    ];
    for (const [input, path, message] of cases) {
      const parsed = parseWith(AssessmentInputSchema, input);
      expect(parsed.ok ? [] : parsed.issues.map((i) => [i.path, i.message])).toContainEqual([path, message]);
    }
    const nul = parseWith(SessionLogInputSchema, { day: "2026-01-07", painDuring: 1, note: "a\u0000b" });
    expect(nul).toEqual({
      ok: false,
      issues: [{ code: "invalid", path: "note", message: "must not contain a NUL character" }],
    });
    // From JSON text, a NUL can only be spelled as an escape; the text is what tells whether to scan.
    const text = JSON.stringify({ day: "2026-01-07", painDuring: 1, note: "a\u0000b" });
    expect(text).toContain("\\u0000");
    expect(parseJsonWith(SessionLogInputSchema, text)).toEqual(nul);
    expect(parseJsonWith(SessionLogInputSchema, text.replace("\\u0000", "\\u0001")).ok).toBe(true);
  });
});
