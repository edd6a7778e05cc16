// The PDF reports rendered to images with poppler's pdftoppm (pages counted, none blank), drawShapes on a
// hand-made picture, and the CSV exports parsed back (RFC 4180) with the formula-injection guard.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { INK_COLOURS, type Illustration, type Shape } from "@upstream/core";
import { richRecord } from "../../../core/src/testing/rich-record.js";
import { csvCell, measuresCsv, MEASURES_HEADER, sessionsCsv, SESSIONS_HEADER, toCsv } from "./csv.js";
import { drawShapes, type Canvas } from "./draw-shapes.js";
import { buildExerciseSheet } from "./exercise-sheet.js";
import { winAnsi } from "./pdf.js";
import { buildProgressReport } from "./progress-report.js";

const GENERATED = "2026-03-01T09:00:00.000Z";
/** Rendered pages stay here after the run, to look at. */
const OUT = mkdtempSync(join(tmpdir(), "upstream-reports-"));

/** A grey-scale PGM image: width, height and one byte per pixel. */
function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const data = readFileSync(file);
  const header = data.subarray(0, 64).toString("latin1").split(/\s+/);
  const [magic, w, h, max] = header;
  if (magic !== "P5" || max !== "255") throw new Error(`${file}: not an 8-bit PGM`);
  const offset = [magic, w, h, max].join(" ").length + 1;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(data.subarray(offset)) };
}

/** Renders a PDF: PNGs to look at, grey-scale pages to measure; returns each page's share of inked pixels. */
function render(name: string, pdf: Buffer): { pages: number; ink: number[] } {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  execFileSync("pdftoppm", ["-r", "70", "-png", file, join(OUT, name)]);
  execFileSync("pdftoppm", ["-r", "30", "-gray", file, join(OUT, `${name}-gray`)]);
  const grays = readdirSync(OUT)
    .filter((f) => f.startsWith(`${name}-gray`) && f.endsWith(".pgm"))
    .sort();
  const ink = grays.map((f) => {
    const { pixels } = readPgm(join(OUT, f));
    return pixels.filter((p) => p < 200).length / pixels.length;
  });
  return { pages, ink };
}

describe("the progress report", () => {
  it("renders every section over several pages, none blank, and the same bytes each time", async () => {
    const pdf = await buildProgressReport(richRecord(), { generatedAt: GENERATED });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, ink } = render("progress-report", pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    expect(ink).toHaveLength(pages);
    for (const share of ink) expect(share).toBeGreaterThan(0.005);
    const again = await buildProgressReport(richRecord(), { generatedAt: GENERATED });
    expect(again.equals(pdf)).toBe(true);
    const text = execFileSync("pdftotext", [join(OUT, "progress-report.pdf"), "-"], { encoding: "utf8" });
    for (const words of [
      "Progress report",
      "Sam Rivers",
      "not a diagnosis",
      "Triage",
      "What seems to drive it",
      "The current plan",
      "Pain over time",
      "Outcome measures",
      "Left and right self-tests",
      "Sessions per week",
      "Generated 1 Mar 2026",
    ])
      expect(text).toContain(words);
  });

  it("says so when a record has no plan, measures or sessions, and keeps the self-tests", async () => {
    const empty = {
      ...richRecord(),
      plans: [],
      planVersions: [],
      sessionLogs: [],
      checkins: [],
      reviews: [],
      escalationEvents: [],
      measures: undefined,
    };
    const { pages, ink } = render(
      "progress-report-empty",
      await buildProgressReport(empty, { generatedAt: GENERATED }),
    );
    expect(pages).toBe(2);
    for (const share of ink) expect(share).toBeGreaterThan(0.005);
    const text = execFileSync("pdftotext", [join(OUT, "progress-report-empty.pdf"), "-"], {
      encoding: "utf8",
    });
    for (const words of [
      "No exercise plan yet.",
      "No pain scores logged yet.",
      "No outcome measures filled in yet.",
      "No plan weeks yet.",
      "Single-leg calf raises",
    ])
      expect(text).toContain(words);
  });
});

describe("text in the built-in fonts", () => {
  it("keeps Windows-1252, strips accents it lacks, and marks the rest", () => {
    expect(winAnsi("Zoë Ünal – 3 × 10 “reps” €")).toBe("Zoë Ünal – 3 × 10 “reps” €");
    expect(winAnsi("Erdős Łukasz 李 😀")).toBe("Erdos ?ukasz ? ?");
  });

  it("prints a name outside Windows-1252 without garbage", async () => {
    const record = richRecord();
    const pdf = await buildProgressReport(
      { ...record, person: { ...record.person, displayName: "Zoë Erdős 李" } },
      { generatedAt: GENERATED },
    );
    writeFileSync(join(OUT, "unicode.pdf"), pdf);
    const text = execFileSync("pdftotext", ["-l", "1", join(OUT, "unicode.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Zoë Erdos ?");
  });
});

describe("the home-exercise sheet", () => {
  it("has a card for every exercise of the current plan, in large print, with tick boxes", async () => {
    const record = richRecord();
    const pdf = await buildExerciseSheet(record, { generatedAt: GENERATED });
    const { pages, ink } = render("exercise-sheet", pdf);
    const plan = record.planVersions.find((v) => v.planId === "p2")!.plan as {
      phases: { items: unknown[] }[];
    };
    const items = plan.phases.reduce((n, p) => n + p.items.length, 0);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(items / 3));
    for (const share of ink) expect(share).toBeGreaterThan(0.005);
    const text = execFileSync("pdftotext", [join(OUT, "exercise-sheet.pdf"), "-"], { encoding: "utf8" });
    expect(text.match(/Done this week:/g)).toHaveLength(items);
  });

  it("draws an exercise's picture when one is given", async () => {
    const picture: Illustration = {
      id: "glute_bridge",
      kind: "exercise",
      alt: "A square",
      width: 100,
      height: 100,
      frames: [
        {
          label: "Start",
          shapes: [
            { kind: "path", d: "M 0 0 L 100 0 L 100 100 L 0 100 Z", ink: "figure", width: 2, fill: "muscle" },
          ],
        },
      ],
    };
    const without = render(
      "sheet-without",
      await buildExerciseSheet(richRecord(), { generatedAt: GENERATED }),
    );
    const withIt = render(
      "sheet-with",
      await buildExerciseSheet(richRecord(), { generatedAt: GENERATED, illustrationOf: () => picture }),
    );
    expect(withIt.pages).toBe(without.pages);
    expect(withIt.ink[0]!).toBeGreaterThan(without.ink[0]! + 0.01);
  });
});

describe("drawShapes", () => {
  const shapes: Shape[] = [
    { kind: "path", d: "M 10 10 L 90 10", ink: "figure", width: 3 },
    { kind: "path", d: "M 10 50 Q 50 20 90 50", ink: "accent", width: 2, dashed: true },
    { kind: "circle", cx: 50, cy: 80, r: 10, ink: "figure", width: 2, fill: "muscle" },
    { kind: "text", x: 50, y: 95, text: "Start", ink: "muted", size: 8, anchor: "middle" },
  ];

  /** A canvas that records each call and its arguments. */
  function recorder() {
    const calls: [string, ...unknown[]][] = [];
    const canvas = new Proxy<Record<string, unknown>>(
      {},
      {
        get: (_t, name: string) =>
          name === "widthOfString"
            ? () => 20
            : (...args: unknown[]) => {
                calls.push([name, ...args]);
                return canvas;
              },
      },
    );
    return { canvas: canvas as unknown as Canvas, calls };
  }

  it("scales the frame to fit the box, centred, and draws each shape in its ink", () => {
    const { canvas, calls } = recorder();
    drawShapes(canvas, shapes, { x: 100, y: 200, width: 400, height: 200 }, { width: 100, height: 100 });
    // 100×100 into 400×200: scale 2, centred horizontally.
    expect(calls).toContainEqual(["translate", 200, 200]);
    expect(calls).toContainEqual(["scale", 2]);
    expect(calls.filter((c) => c[0] === "path").map((c) => c[1])).toEqual([
      "M 10 10 L 90 10",
      "M 10 50 Q 50 20 90 50",
    ]);
    expect(calls).toContainEqual(["strokeColor", INK_COLOURS.accent]);
    expect(calls).toContainEqual(["dash", 6, { space: 4 }]);
    expect(calls).toContainEqual(["circle", 50, 80, 10]);
    expect(calls).toContainEqual(["fillAndStroke", INK_COLOURS.muscle, INK_COLOURS.figure]);
    // Text centred on its anchor: width 20, so it starts 10 to the left, on its baseline.
    expect(calls).toContainEqual(["text", "Start", 40, 95, { lineBreak: false, baseline: "alphabetic" }]);
    expect(calls.filter((c) => c[0] === "save").length).toBe(calls.filter((c) => c[0] === "restore").length);
  });

  it("puts ink on a real page where the box is, and nowhere else", async () => {
    const doc = new PDFDocument({ size: [200, 200], margin: 0 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on("end", resolve));
    drawShapes(doc, shapes, { x: 0, y: 0, width: 100, height: 100 }, { width: 100, height: 100 });
    doc.end();
    await done;
    const file = join(OUT, "shapes.pdf");
    writeFileSync(file, Buffer.concat(chunks));
    execFileSync("pdftoppm", ["-r", "72", "-gray", file, join(OUT, "shapes")]);
    const { width, pixels } = readPgm(
      join(
        OUT,
        readdirSync(OUT).find((f) => f.startsWith("shapes") && f.endsWith(".pgm"))!,
      ),
    );
    const inked = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[y * width + x]! < 200) n++;
      return n;
    };
    expect(inked(0, 0, 100, 100)).toBeGreaterThan(150);
    expect(inked(110, 0, 200, 200) + inked(0, 110, 110, 200)).toBe(0);
  });
});

/** An RFC 4180 parser, independent of the writer: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) throw new Error("the last row does not end in CRLF");
  return rows;
}

describe("the CSV exports", () => {
  it("round-trips awkward text: commas, quotes, line breaks and accents", () => {
    const cells = ["a,b", 'say "hi"', "two\r\nlines", "café ✓", "", 3.5, -2];
    const [header, row] = parseCsv(toCsv(["h1", "h2", "h3", "h4", "h5", "h6", "h7"], [cells]).slice(1));
    expect(header).toEqual(["h1", "h2", "h3", "h4", "h5", "h6", "h7"]);
    expect(row).toEqual(["a,b", 'say "hi"', "two\r\nlines", "café ✓", "", "3.5", "-2"]);
  });

  it.each(["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("http://x")'])(
    "neutralises a formula at the start of a text cell: %j",
    (text) => {
      const [, [cell]] = parseCsv(toCsv(["note"], [[text]]).slice(1)) as [string[], string[]];
      expect(cell).toBe(`'${text}`);
      expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
    },
  );

  it("starts with a UTF-8 byte-order mark and a header row, one row per session, oldest first", () => {
    const record = richRecord();
    const csv = sessionsCsv(record);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...SESSIONS_HEADER]);
    expect(rows).toHaveLength(record.sessionLogs.length);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0]!)].sort());
    const noted = rows.find((r) => r[7]!.includes("SUM"))!;
    expect(noted[7]).toBe('Calf felt tight, "=SUM(A1)" said the app');
    expect(rows[0]![4]).toBe(String(record.sessionLogs[0]!.painDuring));
  });

  it("has a row per measure, and only the header for a record without measures", () => {
    const record = richRecord();
    const [header, ...rows] = parseCsv(measuresCsv(record).slice(1));
    expect(header).toEqual([...MEASURES_HEADER]);
    expect(rows).toHaveLength(record.measures.length);
    expect(rows.find((r) => r[2] === "start_back")).toEqual([
      "2026-01-05",
      "2026-01-05T19:00:00.000Z",
      "start_back",
      "6",
      "9",
      "3",
      "medium",
      "",
      "Medium risk.",
    ]);
    expect(parseCsv(measuresCsv({ ...record, measures: undefined }).slice(1))).toEqual([
      [...MEASURES_HEADER],
    ]);
  });
});
