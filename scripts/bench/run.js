// `npm run bench`: every benchmark in one run, printed as figures (no pass/fail: targets are printed beside them).
import { runEngineBench } from "./engine.js";
import { runStoreBench } from "./store.js";

const sections = [
  ["Engine (packages/core)", runEngineBench],
  ["Store (packages/store)", runStoreBench],
];

for (const [title, run] of sections) {
  console.log(`\n${title}`);
  for (const [name, value] of await run()) console.log(`  ${name.padEnd(76)} ${value}`);
}
