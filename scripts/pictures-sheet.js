// Contact sheet of every exercise and self-test picture: writes pictures-sheet.html and a PNG screenshot of it.
// Usage: npm run build -w @upstream/core && node scripts/pictures-sheet.js [out-dir] [id-filter]
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { ILLUSTRATIONS, illustrationSvg } from "@upstream/core";

const out = process.argv[2] ?? "packages/web/e2e/screenshots";
const filter = process.argv[3];
mkdirSync(out, { recursive: true });
const [from, to] = (process.env.RANGE ?? "0:999").split(":").map(Number);
const items = ILLUSTRATIONS.filter((ill) => !filter || ill.id.includes(filter)).slice(from, to);
const cells = items
  .map(
    (ill) =>
      `<figure><figcaption><b>${ill.id}</b> — ${ill.alt}</figcaption><img alt="" src="data:image/svg+xml;base64,${Buffer.from(illustrationSvg(ill)).toString("base64")}"></figure>`,
  )
  .join("\n");
const html = `<!doctype html><meta charset="utf-8"><title>Pictures</title><style>:root{--cols:${process.env.COLS ?? 2}}
body{font:12px system-ui;margin:8px;display:grid;grid-template-columns:repeat(var(--cols),1fr);gap:10px}
figure{margin:0;border:1px solid #ddd;padding:4px} img{width:100%;height:auto}</style>${cells}`;
const htmlPath = join(out, "pictures-sheet.html");
writeFileSync(htmlPath, html);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
await page.goto(`file://${resolve(htmlPath)}`);
const png = join(
  out,
  `pictures-sheet${filter ? `-${filter}` : ""}${process.env.RANGE ? `-${from}` : ""}.png`,
);
await page.screenshot({ path: png, fullPage: true });
await browser.close();
console.log(`${items.length} pictures → ${png}`);
