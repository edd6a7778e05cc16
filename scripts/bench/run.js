// `npm run bench`: every benchmark in one run, printed as figures (no pass/fail: targets are printed beside them).
import { runEngineBench } from "./engine.js";
import { runStoreBench } from "./store.js";
import { runServerBench } from "./server.js";
import { runWebBench } from "./web.js";
import { runPortalBench } from "./portal.js";
import { runLighthouseBench } from "./lighthouse.js";

const sections = [
  ["Engine (packages/core)", runEngineBench],
  ["Store (packages/store)", runStoreBench],
  ["HTTP (packages/server)", runServerBench],
  ["Web app (packages/web)", runWebBench],
  ["Clinician portal (PostgreSQL)", runPortalBench],
  ["Lighthouse, mobile preset (packages/web on the real server)", runLighthouseBench],
];

for (const [title, run] of sections) {
  console.log(`\n${title}`);
  for (const [name, value] of await run()) console.log(`  ${name.padEnd(76)} ${value}`);
}
