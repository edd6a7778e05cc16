// `npm run bench`: every benchmark in one run, printed as figures (no pass/fail: targets are printed beside them).
// Each section runs in a child process of its own, one after another: what one leaves behind (the store
// section's PGlite instances hold hundreds of MB until collected) does not weigh on the next one's timings.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const sections = [
  ["Engine (packages/core)", "engine.js", "runEngineBench"],
  ["Store (packages/store)", "store.js", "runStoreBench"],
  ["HTTP (packages/server)", "server.js", "runServerBench"],
  ["Web app (packages/web)", "web.js", "runWebBench"],
  ["Clinician portal (PostgreSQL)", "portal.js", "runPortalBench"],
  ["Lighthouse, mobile preset (packages/web on the real server)", "lighthouse.js", "runLighthouseBench"],
];

/** In a child: runs one section and prints its rows. */
async function runSection(file, name) {
  const run = (await import(new URL(file, import.meta.url).href))[name];
  for (const [label, value] of await run()) console.log(`  ${label.padEnd(76)} ${value}`);
}

const [file, name] = process.argv.slice(2);
if (file && name) {
  await runSection(file, name);
} else {
  let failed = 0;
  for (const [title, sectionFile, sectionName] of sections) {
    console.log(`\n${title}`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), sectionFile, sectionName], {
      stdio: "inherit",
    });
    if (child.status !== 0) {
      failed++;
      console.log(`  (this section failed: exit ${child.status ?? child.signal})`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
