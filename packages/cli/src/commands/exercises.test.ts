// upstream exercises ID --picture FILE.svg: the picture saved as a file, where to find it, and one-line errors.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { illustrationOf } from "@upstream/core";
import { main } from "../main.js";
import { fakeIo } from "../testing/fake-io.js";

const dir = mkdtempSync(join(tmpdir(), "upstream-pictures-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("upstream exercises and pictures", () => {
  it("the text of an exercise says how to get its picture and where the web app serves it", async () => {
    const io = fakeIo();
    expect(await main(["exercises", "glute_bridge", "--format", "text"], io)).toBe(0);
    expect(io.out()).toMatch(/Picture\n─+\n/);
    expect(io.out()).toContain("upstream exercises glute_bridge --picture glute_bridge.svg");
    expect(io.out()).toContain("/api/pictures/glute_bridge.svg");
  });

  it("--picture FILE.svg writes the SVG with its alt text and says so", async () => {
    const file = join(dir, "bridge.svg");
    const io = fakeIo();
    expect(await main(["exercises", "glute_bridge", "--picture", file, "--format", "text"], io)).toBe(0);
    const svg = readFileSync(file, "utf8");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("Lying on your back with knees bent");
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(io.out()).toContain(`Saved the picture of Glute bridge to ${file}`);
    expect(io.err()).toBe("");
  });

  it("in json, --picture prints one document naming the file and the alt text", async () => {
    const file = join(dir, "calf.svg");
    const io = fakeIo();
    expect(await main(["exercises", "calf_raise_bent_knee", "--picture", file, "--format", "json"], io)).toBe(
      0,
    );
    expect(JSON.parse(io.out())).toEqual({
      id: "calf_raise_bent_knee",
      picture: file,
      alt: illustrationOf("calf_raise_bent_knee")!.alt,
    });
  });

  it("--picture - writes the SVG to standard output", async () => {
    const io = fakeIo();
    expect(await main(["exercises", "bird_dog", "--picture", "-"], io)).toBe(0);
    expect(io.out()).toMatch(/^<svg [^>]*role="img"/);
  });

  const folder = join(dir, "a-folder.svg");
  mkdirSync(folder);
  it.each([
    [
      ["exercises", "bird_dog", "--picture", join(dir, "bird.png")],
      /--picture: ".*bird\.png" must be a file name ending in \.svg/,
    ],
    [
      ["exercises", "bird_dog", "--picture", join(dir, "missing", "bird.svg")],
      /--picture: .*bird\.svg: its folder does not exist/,
    ],
    [["exercises", "bird_dog", "--picture", folder], /--picture: .*a-folder\.svg: is a directory/],
    [["exercises", "--picture", join(dir, "x.svg")], /--picture: name the exercise/],
    [
      ["exercises", "plank_to_failure", "--picture", join(dir, "x.svg")],
      /exercise id "plank_to_failure": not in the library/,
    ],
    [["exercises", "bird_dog", "--picture"], /--picture/],
  ])("a bad --picture exits 2 with one line: %s", async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")).toHaveLength(1);
    expect(io.out()).toBe("");
  });
});
