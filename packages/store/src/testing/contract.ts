/** The contract's example documents, for tests: found in the nearest `shared/contract` up from this checkout. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the shared contract: `../shared/contract` beside the repository, or a level further up. */
export function contractDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "shared", "contract");
    if (existsSync(join(candidate, "examples"))) return candidate;
    const up = dirname(dir);
    if (up === dir)
      throw new Error("the shared contract (shared/contract/examples) is not found above this checkout");
    dir = up;
  }
}

/** The `input` of an example, e.g. contractInput("assess/e02-yellow-cyclist-S1-calf-weakness"). */
export function contractInput(name: string): unknown {
  const doc = JSON.parse(readFileSync(join(contractDir(), "examples", `${name}.json`), "utf8")) as {
    input: unknown;
  };
  return doc.input;
}
