/** Every exercise and self-test has a picture with alt text, drawn inside its frames, rendered as well-formed SVG. */
import { describe, expect, test } from "vitest";
import { EXERCISES, SELF_TESTS } from "../knowledge/index.js";
import { translate } from "./draw.js";
import { escapeXml, ILLUSTRATIONS, illustrationOf, illustrationSvg } from "./index.js";
import { INKS, type Illustration, type Shape } from "./shapes.js";

/** The coordinate pairs of path data (all pairs of M L C Q, the end point of A), or an error for anything else. */
function pathPoints(d: string): { points: [number, number][]; error?: string } {
  const points: [number, number][] = [];
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  if (tokens.join("").length !== d.replace(/[\s,]/g, "").length)
    return { points, error: `stray characters in "${d}"` };
  let i = 0;
  const arity: Record<string, number> = { M: 2, L: 2, C: 6, Q: 4, A: 7, Z: 0 };
  while (i < tokens.length) {
    const cmd = tokens[i++]!;
    if (!(cmd in arity)) return { points, error: `command ${cmd} is not an absolute M, L, C, Q, A or Z` };
    const n = arity[cmd]!;
    const args = tokens.slice(i, i + n).map(Number);
    if (args.length !== n || args.some((a) => !Number.isFinite(a)))
      return { points, error: `${cmd} needs ${n} numbers in "${d}"` };
    i += n;
    if (cmd === "A") points.push([args[5]!, args[6]!]);
    else for (let k = 0; k < n; k += 2) points.push([args[k]!, args[k + 1]!]);
  }
  return { points };
}

function outside(ill: Illustration, shape: Shape): string[] {
  const inBox = ([x, y]: [number, number]) => x >= 0 && x <= ill.width && y >= 0 && y <= ill.height;
  switch (shape.kind) {
    case "path": {
      const { points, error } = pathPoints(shape.d);
      if (error) return [error];
      return points.filter((p) => !inBox(p)).map((p) => `path point ${p.join(",")}`);
    }
    case "circle":
      return inBox([shape.cx - shape.r, shape.cy - shape.r]) &&
        inBox([shape.cx + shape.r, shape.cy + shape.r])
        ? []
        : [`circle at ${shape.cx},${shape.cy} r ${shape.r}`];
    case "text":
      return inBox([shape.x, shape.y]) ? [] : [`text at ${shape.x},${shape.y}`];
  }
}

describe("every knowledge item has a picture", () => {
  test.each(EXERCISES.map((e) => [e.id]))("exercise %s", (id) => {
    const ill = illustrationOf(id, "exercise");
    expect(ill, `no picture for exercise ${id}`).toBeDefined();
    expect(ill!.alt.trim().length).toBeGreaterThan(30);
    expect(ill!.frames.length).toBeGreaterThanOrEqual(2);
  });
  test.each(SELF_TESTS.map((t) => [t.id]))("self-test %s", (id) => {
    const ill = illustrationOf(id, "self_test");
    expect(ill, `no picture for self-test ${id}`).toBeDefined();
    expect(ill!.alt.trim().length).toBeGreaterThan(30);
    expect(ill!.frames.length).toBeGreaterThanOrEqual(2);
  });
  test("no picture without a matching knowledge item, and no two for one item", () => {
    const known = new Set([
      ...EXERCISES.map((e) => `exercise:${e.id}`),
      ...SELF_TESTS.map((t) => `self_test:${t.id}`),
    ]);
    const keys = ILLUSTRATIONS.map((i) => `${i.kind}:${i.id}`);
    expect(keys.filter((k) => !known.has(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(known.size);
  });
  test("illustrationOf prefers the exercise when an id names both, and knows nothing else", () => {
    expect(illustrationOf("single_leg_bridge")?.kind).toBe("exercise");
    expect(illustrationOf("single_leg_bridge", "self_test")?.kind).toBe("self_test");
    expect(illustrationOf("not_an_exercise")).toBeUndefined();
  });
});

describe.each(ILLUSTRATIONS.map((i) => [`${i.kind}:${i.id}`, i] as const))("%s", (_key, ill) => {
  test("alt text is one or two plain sentences and every frame has a short label", () => {
    expect(ill.alt).toMatch(/^[A-Z].*\.$/);
    expect(ill.alt.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length).toBeLessThanOrEqual(2);
    for (const frame of ill.frames) {
      expect(frame.label.length).toBeGreaterThan(2);
      expect(frame.label.length, `label "${frame.label}" fits under a frame`).toBeLessThanOrEqual(24);
    }
  });
  test("every shape is inside its frame, in a known ink, with absolute path commands", () => {
    const problems: string[] = [];
    ill.frames.forEach((frame, f) => {
      expect(frame.shapes.length).toBeGreaterThan(3);
      for (const shape of frame.shapes) {
        for (const p of outside(ill, shape)) problems.push(`frame ${f} "${frame.label}": ${p}`);
        expect(INKS).toContain(shape.ink);
        if (shape.kind !== "text" && shape.fill !== undefined) expect(INKS).toContain(shape.fill);
      }
    });
    expect(problems).toEqual([]);
  });
  test("shows a figure and, in some frame, movement or the muscle worked", () => {
    const all = ill.frames.flatMap((f) => f.shapes);
    expect(all.some((s) => s.ink === "figure")).toBe(true);
    expect(all.some((s) => s.ink === "accent" || s.ink === "muscle" || ill.id === "relief_positions")).toBe(
      true,
    );
  });
  test("renders to a well-formed SVG with its alt text as the title", () => {
    const svg = illustrationSvg(ill);
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/\sstyle=/);
    const title = svg.match(/<title[^>]*>([^<]*)<\/title>/)?.[1];
    expect(title).toBe(escapeXml(ill.alt));
    // Balanced tags: every opening tag is closed in order, self-closing ones close themselves.
    const stack: string[] = [];
    for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = m;
      if (selfClosing) continue;
      if (closing) expect(stack.pop(), `</${name}> closes the last open tag`).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    for (const frame of ill.frames) expect(svg).toContain(`>${escapeXml(frame.label)}</text>`);
  });
});

describe("the renderer and the helpers", () => {
  test("text is escaped, so a label or alt text cannot break out of the document", () => {
    const svg = illustrationSvg({
      id: "x",
      kind: "exercise",
      alt: `A <b>"bold"</b> & 'odd' alt.`,
      width: 100,
      height: 80,
      frames: [
        { label: "</text><script>", shapes: [] },
        { label: "b", shapes: [{ kind: "text", x: 1, y: 2, text: "<&>", ink: "muted", size: 10 }] },
      ],
    });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;&amp;&gt;");
    expect(svg).toContain("A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &apos;odd&apos; alt.");
  });
  test("the path checker catches relative commands and points outside the frame", () => {
    expect(pathPoints("M1 2 l3 4").error).toMatch(/absolute/);
    const ill = { width: 10, height: 10 } as Illustration;
    expect(outside(ill, { kind: "path", d: "M1 1 L11 5", ink: "figure", width: 1 })).toHaveLength(1);
    expect(outside(ill, { kind: "path", d: "M1 1 A5 5 0 0 1 9 9 Z", ink: "figure", width: 1 })).toEqual([]);
  });
  test("translate moves every coordinate of a path, and only the end point of an arc", () => {
    const [moved] = translate(
      [{ kind: "path", d: "M1 2 Q3 4 5 6 A7 7 0 0 1 8 9 Z", ink: "figure", width: 1 }],
      10,
      -1,
    );
    expect(moved).toMatchObject({ d: "M11 1 Q13 3 15 5 A7 7 0 0 1 18 8 Z" });
  });
});
