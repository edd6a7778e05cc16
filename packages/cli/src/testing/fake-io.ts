/** An in-memory Io for running the CLI inside a test: scripted stdin, captured stdout and stderr. */
import { readFile } from "node:fs/promises";
import { Readable, Writable } from "node:stream";
import type { Io } from "../io.js";

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

/** `files` stands in for the file system; without it, files are read from disk. */
export function fakeIo(stdinText = "", files?: Record<string, string>, tty = false): FakeIo {
  let out = "";
  let err = "";
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        out += chunk.toString();
        cb();
      },
    }),
    { isTTY: tty },
  );
  const stderr = new Writable({
    write(chunk: Buffer, _enc, cb) {
      err += chunk.toString();
      cb();
    },
  });
  const stdin = Object.assign(Readable.from([Buffer.from(stdinText)]), { isTTY: tty });
  return {
    stdin,
    stdout,
    stderr,
    env: {},
    readFile: (path) => {
      if (!files) return readFile(path, "utf8");
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }));
      return Promise.resolve(text);
    },
    out: () => out,
    err: () => err,
  };
}
