// The web app's files: pre-compressed copies sent to browsers that take them, the plain file to the rest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@upstream/store";
import { pgliteBackend } from "../../store/src/testing/backends.js";
import { readConfig } from "./config.js";
import { createServer } from "./server.js";

const JS = `export const answer = ${"42 + ".repeat(400)}0;\n`;
const HTML = `<!doctype html><html lang="en"><head><title>t</title></head><body>${"<p>x</p>".repeat(200)}</body></html>`;
let root: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "upstream-web-"));
  mkdirSync(join(root, "assets"));
  for (const [path, text] of [
    ["assets/app-abc123.js", JS],
    ["index.html", HTML],
  ] as const) {
    writeFileSync(join(root, path), text);
    writeFileSync(join(root, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${path}.gz`), gzipSync(text));
  }
  store = await openStore(await pgliteBackend.fresh());
  const config = readConfig({ LOG_LEVEL: "silent" });
  if (!config.ok) throw new Error(config.message);
  app = await createServer(store, config.config, { webRoot: root });
});
afterAll(async () => {
  await app.close();
  await store.close();
  await pgliteBackend.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe("static files", () => {
  it("sends the brotli copy of an asset to a browser that accepts it, with its own type and caching", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(JS);
  });

  it("gzip when that is all the browser takes, the plain file when it takes neither", async () => {
    const gz = await app.inject({
      method: "GET",
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(JS);
    const plain = await app.inject({
      method: "GET",
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(JS);
  });

  it("the app's page at / comes compressed too, and is revalidated rather than cached", async () => {
    const res = await app.inject({ method: "GET", url: "/", headers: { "accept-encoding": "br" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(HTML);
  });
});
