// Test runner configuration: one run over every package; packages import each other's sources directly.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const file = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
const src = (pkg: string) => file(`${pkg}/src/index.ts`);

export default defineConfig({
  resolve: {
    // Subpath entries first (the web bundle imports small parts of core on their own), then the packages.
    alias: [
      { find: "@upstream/core/bodymap", replacement: file("core/src/bodymap/index.ts") },
      { find: "@upstream/core/education", replacement: file("core/src/knowledge/education.ts") },
      { find: "@upstream/core/checklists", replacement: file("core/src/knowledge/checklists.ts") },
      { find: "@upstream/core/summary", replacement: file("core/src/summary/index.ts") },
      { find: "@upstream/core/reasons", replacement: file("core/src/triage/show.ts") },
      { find: "@upstream/core", replacement: src("core") },
      { find: "@upstream/store", replacement: src("store") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ["scripts/test/global-setup.ts"],
  },
});
