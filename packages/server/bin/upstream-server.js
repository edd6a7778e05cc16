#!/usr/bin/env node
// The Upstream server. The TypeScript is compiled by `npm install` (the root `prepare` script).
let server;
try {
  server = await import("../dist/index.js");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("upstream-server: not built yet; run `npm run build` in the repository root\n");
    process.exit(1);
  }
  throw error;
}
await server.runServerCli();
