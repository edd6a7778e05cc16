// Benchmark: assessments per second in one process, against the floor cost of decoding the input and encoding
// the result (JSON.parse + JSON.stringify of the same documents).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { loadavg } from "node:os";
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

/** CPU time of this process in ms: unlike the wall clock, it does not count time other processes had the CPU. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Documents per CPU second of fn over `ms` milliseconds of CPU time. */
function rate(docs, fn, ms) {
  let n = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn(docs[n++ % docs.length]);
    now = cpuMs();
  }
  return n / ((now - start) / 1000);
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/**
 * This machine is shared and its speed drifts: measure both in alternating slices; return the median rate of
 * each and the ratio of each pair of slices (a/b), whose median and spread are what to compare.
 */
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
  return { a: median(ra), b: median(rb), ratios: ra.map((x, i) => x / rb[i]) };
}

/** "0.52 (0.47-0.55 over 15 pairs)": the median ratio and its spread. */
function describeRatios(ratios) {
  const sorted = [...ratios].sort((x, y) => x - y);
  const spread = `${sorted[0].toFixed(2)}-${sorted[sorted.length - 1].toFixed(2)}`;
  return `${median(ratios).toFixed(2)} (${spread} over ${ratios.length} pairs)`;
}

function bench(kind, schema, engine) {
  const docs = inputs(kind);
  const results = new Map(docs.map((d) => [d, JSON.stringify(engine(JSON.parse(d)).result)]));
  const parsedResults = new Map(docs.map((d) => [d, JSON.parse(results.get(d))]));
  let sink = 0;
  const {
    a: full,
    b: floor,
    ratios,
  } = alternate(
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
  return { docs: docs.length, full, floor, ratios, sink };
}

export function runEngineBench() {
  const a = bench("assess", AssessmentInputSchema, assess);
  const p = bench("progress", ProgressInputSchema, reviewWeek);
  return [
    [
      "load average (1, 5, 15 min; this machine is shared)",
      loadavg()
        .map((l) => l.toFixed(1))
        .join(" "),
    ],
    ["assess: documents", a.docs],
    ["assess: assessments per CPU second (parse + validate + assess + stringify)", Math.round(a.full)],
    ["assess: floor per CPU second (JSON.parse input + JSON.stringify result)", Math.round(a.floor)],
    ["assess: ratio to the floor, median and spread (target >= 0.5)", describeRatios(a.ratios)],
    ["progress: reviews per CPU second", Math.round(p.full)],
    ["progress: ratio to the floor, median and spread", describeRatios(p.ratios)],
  ];
}
