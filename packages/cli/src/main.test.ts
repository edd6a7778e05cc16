// The CLI's contract: exit codes, one JSON document, and one clear line naming the field for bad input.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { assessmentInputArb, progressInputArb } from "../../core/src/testing/arbitraries.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentResult } from "@upstream/core";
import { main } from "./main.js";
import { fakeIo } from "./testing/fake-io.js";

const examples = new URL("../../../../shared/contract/examples/", import.meta.url);
const example = (path: string) => readFileSync(new URL(path, examples), "utf8");
const inputOf = (path: string) => JSON.stringify((JSON.parse(example(path)) as { input: unknown }).input);

describe("upstream assess and progress", () => {
  it("prints exactly one JSON document for a valid assessment", async () => {
    const io = fakeIo(inputOf("assess/e02-yellow-cyclist-S1-calf-weakness.json"));
    expect(await main(["assess", "--input", "-", "--format", "json"], io)).toBe(0);
    const result = JSON.parse(io.out()) as { triage: { level: string }; drivers: { id: string }[] };
    expect(result.triage.level).toBe("yellow");
    expect(result.drivers[0]?.id).toBe("lumbar_nerve_root");
    expect(io.err()).toBe("");
  });

  it("reads --input FILE and prints a text report with the traffic light first", async () => {
    const io = fakeIo("", { "case.json": inputOf("assess/e05-yellow-grandparent-recurrent-spasms.json") });
    expect(await main(["assess", "--input", "case.json", "--format", "text"], io)).toBe(0);
    const lines = io.out().split("\n");
    expect(lines[2]).toMatch(/^YELLOW/);
    expect(io.out()).toMatch(/Weak abdominals and overworked back extensors/);
    expect(io.out()).toMatch(/Avoid for now/);
  });

  it("a text plan names the ids to give `upstream exercises` for each of its exercises", async () => {
    const io = fakeIo(inputOf("assess/e05-yellow-grandparent-recurrent-spasms.json"));
    expect(await main(["assess", "--format", "json"], io)).toBe(0);
    const plan = (JSON.parse(io.out()) as { plan: { phases: { items: { exercise: string }[] }[] } }).plan;
    const text = fakeIo(inputOf("assess/e05-yellow-grandparent-recurrent-spasms.json"));
    expect(await main(["assess", "--format", "text"], text)).toBe(0);
    const hint = text.out().split("How to do an exercise: upstream exercises ID")[1]?.replace(/\s+/g, " ");
    for (const item of plan.phases.flatMap((p) => p.items)) expect(hint).toContain(item.exercise);
  });

  it("a red result in text says what to do now and gives no plan", async () => {
    const io = fakeIo(inputOf("assess/e01-red-saddle-numbness-and-bladder-change.json"));
    expect(await main(["assess", "--format", "text"], io)).toBe(0);
    expect(io.out()).toMatch(/^UPSTREAM self-care assessment\n\nRED/);
    // Saddle numbness and a change in bladder control cannot wait for the day.
    expect(io.out()).toMatch(/emergency department now/);
    expect(io.out()).not.toMatch(/Your plan/);
  });

  it("a red result in text shows no gentler escalation beside the urgent action", async () => {
    const io = fakeIo(
      JSON.stringify({
        age: 70,
        complaints: [{ region: "low_back", kinds: ["stiffness"] }],
        redFlags: { unexplainedWeightLoss: true },
        status: { morningStiffnessMinutes: 90 },
      }),
    );
    expect(await main(["assess", "--format", "text"], io)).toBe(0);
    expect(io.out()).toMatch(/^UPSTREAM self-care assessment\n\nRED/);
    expect(io.out()).not.toMatch(/book a (medical review|clinician visit)/);
  });

  it("a red result in text says a history of cancer with spine pain once, though the JSON keeps both ids", async () => {
    const input = JSON.stringify({
      age: 66,
      complaints: [{ region: "low_back", side: "central", kinds: ["pain"], weeks: 3 }],
      redFlags: { cancerHistory: true },
    });
    const json = fakeIo(input);
    expect(await main(["assess", "--format", "json"], json)).toBe(0);
    const ids = (JSON.parse(json.out()) as AssessmentResult).triage.reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["cancer_history", "cancer_history_with_spine_pain"]));
    const text = fakeIo(input);
    expect(await main(["assess", "--format", "text"], text)).toBe(0);
    expect(text.out().match(/cancer/g)).toHaveLength(1);
  });

  it("a green headline beside a 'See a clinician' block says so", async () => {
    const io = fakeIo(
      JSON.stringify({
        age: 35,
        activities: ["running"],
        complaints: [{ region: "calf", side: "left", kinds: ["tightness"], weeks: 3 }],
        selfTests: { calfRaise: { left: 12, right: 22 } },
        programWeeks: 2,
      }),
    );
    expect(await main(["assess", "--format", "text"], io)).toBe(0);
    expect(io.out()).toMatch(/^GREEN: .*\n {2}and see a clinician about one thing \(below\)$/m);
  });

  it("text reports fit a terminal: no line over 80 characters, for any valid input", async () => {
    for (const [kind, arb] of [
      ["assess", assessmentInputArb],
      ["progress", progressInputArb],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(arb as fc.Arbitrary<unknown>, async (input) => {
          const io = fakeIo(JSON.stringify(input));
          expect(await main([kind, "--input", "-", "--format", "text"], io)).toBe(0);
          for (const line of io.out().split("\n"))
            expect([...line].length, `${kind}: ${line}`).toBeLessThanOrEqual(80);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("progress prints the decision", async () => {
    const io = fakeIo(inputOf("progress/e101-hip-abduction-clean-week.json"));
    expect(await main(["progress", "--input", "-", "--format", "json"], io)).toBe(0);
    expect((JSON.parse(io.out()) as { decision: string }).decision).toBe("progress");
  });

  it("runs one of the contract's example files as it is: its input is used, its expectations ignored", async () => {
    for (const [kind, name] of [
      ["assess", "assess/e02-yellow-cyclist-S1-calf-weakness.json"],
      ["progress", "progress/e101-hip-abduction-clean-week.json"],
    ] as const) {
      const whole = fakeIo("", { "case.json": example(name) });
      const inner = fakeIo(inputOf(name));
      expect(await main([kind, "--input", "case.json", "--format", "json"], whole)).toBe(0);
      expect(await main([kind, "--input", "-", "--format", "json"], inner)).toBe(0);
      expect(whole.out()).toBe(inner.out());
    }
  });

  it("a bad field inside an example file is named by its path in the file; a stray key beside input is refused", async () => {
    const doc = JSON.parse(example("assess/e02-yellow-cyclist-S1-calf-weakness.json")) as {
      input: { complaints: { worstPain: number }[] };
    };
    doc.input.complaints[0]!.worstPain = 11;
    const bad = fakeIo(JSON.stringify(doc));
    expect(await main(["assess", "--format", "json"], bad)).toBe(2);
    expect(bad.err()).toMatch(/^upstream: invalid input at input\.complaints\[0\]\.worstPain: /);
    const stray = fakeIo(JSON.stringify({ ...doc, extra: 1 }));
    expect(await main(["assess", "--format", "json"], stray)).toBe(2);
    expect(stray.err()).toMatch(/invalid input at age: /);
    expect(stray.out()).toBe("");
  });

  it.each([
    [["assess", "--input", "missing.json"], /invalid input at --input: missing.json: no such file/],
    [["assess", "--format", "yaml"], /--format: must be json or text/],
    [["assess", "--bogus"], /Unknown option '--bogus'/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["explain", "spine"], /driver id "spine": must be one of/],
    [["exercises", "plank_to_failure"], /exercise id "plank_to_failure": not in the library/],
  ])("usage errors exit 2 with one line: %s", async (argv, message) => {
    const io = fakeIo("{}");
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")).toHaveLength(1);
  });

  it("explain and exercises show the chain, the steps and the sources", async () => {
    const io = fakeIo();
    expect(await main(["explain", "calf_tightness_chain", "--format", "text"], io)).toBe(0);
    expect(io.out()).toMatch(/The chain, upstream first/);
    expect(io.out()).toMatch(/003_d74ce0d0c82901ef\.txt/);
    // Where the chain ends, from the knowledge base: the legs and lower back, not the shoulder.
    expect(io.out()).toMatch(/Where it can drive the complaint\n─+\n {2}Lower back;/);
    expect(io.out()).not.toMatch(/Shoulder/);
    const io2 = fakeIo();
    expect(await main(["exercises", "side_plank", "--format", "text"], io2)).toBe(0);
    expect(io2.out()).toMatch(/How to do it\n─+\n {2}1\. /);
    const io3 = fakeIo();
    expect(await main(["exercises", "--format", "json"], io3)).toBe(0);
    expect((JSON.parse(io3.out()) as unknown[]).length).toBeGreaterThan(30);
  });
});

// ── 10,000 malformed inputs: each must exit 2 with a one-line message that names the offending field ──

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function leaves(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}
function objects(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...path, k]))];
  }
  return [];
}
function get(value: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, value);
}
function set(value: Json, path: Path, leaf: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (leaf === undefined) delete parent[key];
  else parent[key] = leaf;
  return copy;
}
function jsonPath(path: Path): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("") || "$";
}
/** A value of the wrong type or out of range for whatever stood at this leaf. */
function wrongFor(old: Json, pick: number): Json {
  if (typeof old === "boolean") return ["yes", 1, null, []][pick % 4]!;
  if (typeof old === "number") return ["7", -1, 1e9, null, true][pick % 5]!;
  if (typeof old === "string") return ["not_an_id", 42, false, ""][pick % 4]!;
  return "sideways";
}

const REQUIRED: Record<string, RegExp[]> = {
  assess: [
    /^age$/,
    /^complaints$/,
    /^complaints\[\d+\]\.(region|kinds)$/,
    /^nerveSymptoms\[\d+\]\.(limb|kinds)$/,
  ],
  progress: [/^exercise$/, /^current$/, /^baselinePain$/, /^sessions$/, /^sessions\[\d+\]\.(day|completed)$/],
};

const mutation = (kind: "assess" | "progress") =>
  fc
    .tuple(
      kind === "assess" ? assessmentInputArb : progressInputArb,
      fc.nat(),
      fc.nat(),
      fc.constantFrom("leaf", "key", "drop", "truncate"),
    )
    .map(([valid, a, b, how]) => {
      const doc = valid as unknown as Json;
      if (how === "truncate") {
        const text = JSON.stringify(doc);
        return { text: text.slice(0, a % text.length), path: "$" };
      }
      if (how === "key") {
        const objs = objects(doc);
        const at = objs[a % objs.length]!;
        return {
          text: JSON.stringify(set(doc, [...at, "surprise"], 1)),
          path: jsonPath([...at, "surprise"]),
        };
      }
      if (how === "drop") {
        const required = leaves(doc)
          .flatMap((p) => p.map((_, i) => p.slice(0, i + 1)))
          .map((p) => [p, jsonPath(p)] as const)
          .filter(([, s]) => REQUIRED[kind]!.some((r) => r.test(s)));
        const unique = [...new Map(required.map(([p, s]) => [s, p])).entries()];
        const [s, p] = unique[a % unique.length]!;
        return { text: JSON.stringify(set(doc, p, undefined)), path: s };
      }
      const all = leaves(doc).filter((p) => p.length > 0);
      const at = all[a % all.length]!;
      return { text: JSON.stringify(set(doc, at, wrongFor(get(doc, at), b))), path: jsonPath(at) };
    });

describe("malformed input", () => {
  for (const kind of ["assess", "progress"] as const) {
    it(`${kind}: 5,000 malformed documents each exit 2 and name the field`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation(kind), async ({ text, path }) => {
          const io = fakeIo(text);
          const code = await main([kind, "--input", "-", "--format", "json"], io);
          expect(code).toBe(2);
          expect(io.out()).toBe("");
          const err = io.err();
          expect(err.split("\n").filter(Boolean)).toHaveLength(1);
          expect(err).not.toMatch(/\n\s+at /);
          const named = /^upstream: invalid input at (\S+): .+\n$/.exec(err)?.[1];
          // A removed required array can be reported at its parent's element; otherwise the exact path.
          expect(named, err).toBe(path);
        }),
        { numRuns: 5000 },
      );
    });
  }
});

describe("the installed command", () => {
  const run = promisify(execFile);
  const bin = new URL("../bin/upstream.js", import.meta.url).pathname;
  const file = (name: string, text: string) => {
    const path = join(tmpdir(), `upstream-cli-${process.pid}-${name}`);
    writeFileSync(path, text);
    return path;
  };

  it("exits 0 with one JSON document for a valid file", async () => {
    const path = file("ok.json", inputOf("assess/e03-green-programmer-neck-shoulder.json"));
    const ok = await run("node", [bin, "assess", "--input", path, "--format", "json"], { encoding: "utf8" });
    expect((JSON.parse(ok.stdout) as { persona: string }).persona).toBe("desk_worker");
  });

  it("exits 2 with one line and no stack trace for truncated JSON", async () => {
    const path = file("bad.json", inputOf("assess/e03-green-programmer-neck-shoulder.json").slice(0, 40));
    const bad = await run("node", [bin, "assess", "--input", path, "--format", "json"], {
      encoding: "utf8",
    }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^upstream: invalid input at \$: is not valid JSON \(.+\)\n$/);
  });
});
