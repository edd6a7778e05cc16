// Benchmark of the patient web app: what a phone downloads on first load (index.html, its CSS, and the entry chunk with its static imports), gzipped.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Buffer } from "node:buffer";

const DIST = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));
const BUDGET_JS_KB = 150;
const KB = 1000;

const gzipped = (bytes) => gzipSync(bytes).length;

/** The dist-relative path of a URL referenced from the file at `from` (dist-relative), or undefined if outside. */
function resolveRef(ref, from) {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith("data:")) return undefined;
  const clean = ref.split(/[?#]/)[0];
  const path = clean.startsWith("/") ? normalize(clean.slice(1)) : normalize(join(dirname(from), clean));
  if (path.startsWith("..")) return undefined;
  return path.split(sep).join("/");
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`); dynamic import() is not first load. */
function staticImports(code) {
  const found = [];
  const re = /\b(?:from|import)\s*["']([^"']+\.m?js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    // `import("x")` is dynamic: the character before the quote is "(", which this pattern never matches.
    found.push(m[1]);
  }
  return found;
}

/** The files of the first load: index.html, its stylesheets and module scripts, and their static imports. */
export function firstLoad(dist = DIST) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const js = new Set();
  const css = new Set();
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const src = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!src) continue;
    const path = resolveRef(src, "index.html");
    if (!path || !existsSync(join(dist, path))) continue;
    if (/^<script/i.test(tag) && /\.m?js$/.test(path)) js.add(path);
    else if (/rel\s*=\s*["']modulepreload["']/i.test(tag)) js.add(path);
    else if (/rel\s*=\s*["']stylesheet["']/i.test(tag) || path.endsWith(".css")) {
      if (path.endsWith(".css")) css.add(path);
    }
  }
  // Follow the static imports of every module reached so far.
  const queue = [...js];
  while (queue.length) {
    const file = queue.shift();
    for (const ref of staticImports(readFileSync(join(dist, file), "utf8"))) {
      const path = resolveRef(ref, file);
      if (path && !js.has(path) && existsSync(join(dist, path))) {
        js.add(path);
        queue.push(path);
      }
    }
  }
  const size = (files) => [...files].reduce((n, f) => n + gzipped(readFileSync(join(dist, f))), 0);
  const htmlBytes = gzipped(Buffer.from(html));
  return { js: [...js], css: [...css], jsBytes: size(js), cssBytes: size(css), htmlBytes };
}

/** Returns the rows to print: first-load JavaScript and CSS, gzipped, with the JavaScript budget beside it. */
export async function runWebBench() {
  if (!existsSync(join(DIST, "index.html")))
    return [
      [
        "web: first-load JavaScript (gzip, KB)",
        `not measured: ${relative(process.cwd(), DIST)} is not built`,
      ],
    ];
  const load = firstLoad();
  const kb = (bytes) => (bytes / KB).toFixed(1);
  return [
    [
      `web: first-load JavaScript (gzip, KB) (budget ${BUDGET_JS_KB})`,
      `${kb(load.jsBytes)}  (${load.js.length} files)`,
    ],
    ["web: first-load CSS (gzip, KB)", `${kb(load.cssBytes)}  (${load.css.length} files)`],
    ["web: first load in all, with index.html (gzip, KB)", kb(load.jsBytes + load.cssBytes + load.htmlBytes)],
    ["web: within the JavaScript budget", load.jsBytes / KB <= BUDGET_JS_KB ? "yes" : "NO"],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, value] of await runWebBench()) console.log(`  ${name.padEnd(76)} ${value}`);
}
