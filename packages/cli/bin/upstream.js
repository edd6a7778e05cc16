#!/usr/bin/env node
// The `upstream` command. The TypeScript is compiled by `npm install` (the root `prepare` script).
let cli;
try {
  cli = await import("../dist/main.js");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("upstream: not built yet; run `npm run build` in the repository root\n");
    process.exit(1);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo());
