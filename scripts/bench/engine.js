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

/** Documents per second of fn over `ms` milliseconds. */
function rate(docs, fn, ms) {
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(ms * 1e6));
  let now = start;
  while (now < until) {
    for (let i = 0; i < 100; i++) fn(docs[n++ % docs.length]);
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

/** This machine's speed drifts: measure both in alternating slices and keep the median of each. */
function alternate(docs, a, b, rounds = 15, ms = 150) {
  // Warm up the JIT on both before measuring.
  for (let i = 0; i < 20000; i++) {
    a(docs[i % docs.length]);
    b(docs[i % docs.length]);
  }
  const ra = [];
  const rb = [];
  for (let r = 0; r < rounds; r++) {
    ra.push(rate(docs, a, ms));
    rb.push(rate(docs, b, ms));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(ra), median(rb)];
}

function bench(kind, schema, engine) {
  const docs = inputs(kind);
  const results = new Map(docs.map((d) => [d, JSON.stringify(engine(JSON.parse(d)).result)]));
  const parsedResults = new Map(docs.map((d) => [d, JSON.parse(results.get(d))]));
  let sink = 0;
  const [full, floor] = alternate(
    docs,
    (text) => {
      const parsed = parseJsonWith(schema, text);
      if (!parsed.ok) throw new Error(parsed.issues[0].message);
      sink += JSON.stringify(engine(parsed.value).result).length;
    },
    (text) => {
      sink += JSON.parse(text) ? JSON.stringify(parsedResults.get(text)).length : 0;
    },
  );
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
