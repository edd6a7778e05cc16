// Benchmark: assessments per second in one process, against the floor cost of decoding the input and encoding
// the result (JSON.parse + JSON.stringify of the same documents).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assess,
  AssessmentInputSchema,
  parseJsonWith,
  reviewWeek,
  ProgressInputSchema,
} from "@upstream/core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dirs = [join(root, "../shared/contract/examples"), join(root, "packages/core/test-cases")];

function inputs(kind) {
  return dirs
    .map((d) => join(d, kind))
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(d, f)),
    )
    .map((f) => JSON.stringify(JSON.parse(readFileSync(f, "utf8")).input));
}

/** Runs fn over the documents for about `ms` milliseconds; returns documents per second. */
function rate(docs, fn, ms = 1500) {
  for (let i = 0; i < 20000; i++) fn(docs[i % docs.length]); // warm up: let the JIT settle
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < until) {
    for (let i = 0; i < 200; i++) fn(docs[n++ % docs.length]);
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

function bench(kind, schema, engine) {
  const docs = inputs(kind);
  const results = new Map(docs.map((d) => [d, JSON.stringify(engine(JSON.parse(d)).result)]));
  const parsedResults = new Map(docs.map((d) => [d, JSON.parse(results.get(d))]));
  let sink = 0;
  const full = rate(docs, (text) => {
    const parsed = parseJsonWith(schema, text);
    if (!parsed.ok) throw new Error(parsed.issues[0].message);
    sink += JSON.stringify(engine(parsed.value).result).length;
  });
  const floor = rate(docs, (text) => {
    sink += JSON.parse(text) ? JSON.stringify(parsedResults.get(text)).length : 0;
  });
  return { docs: docs.length, full, floor, ratio: full / floor, sink };
}

export function runEngineBench() {
  const a = bench("assess", AssessmentInputSchema, assess);
  const p = bench("progress", ProgressInputSchema, reviewWeek);
  return [
    ["assess: documents", a.docs],
    ["assess: assessments per second (parse + validate + assess + stringify)", Math.round(a.full)],
    ["assess: floor per second (JSON.parse input + JSON.stringify result)", Math.round(a.floor)],
    ["assess: ratio to the floor (target >= 0.5)", a.ratio.toFixed(2)],
    ["progress: reviews per second", Math.round(p.full)],
    ["progress: ratio to the floor", p.ratio.toFixed(2)],
  ];
}
