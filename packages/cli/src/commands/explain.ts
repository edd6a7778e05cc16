/** `upstream explain <driver-id>`: the chain, the signs, the first moves and the sources of one driver. */
import { DRIVER_BY_ID, DRIVER_IDS, SEED_TITLES, type DriverId } from "@upstream/core";
import { CliError, EXIT, write, type Io } from "../io.js";
import type { Options } from "../main.js";
import { REGION_LABELS } from "../interactive/questionnaire.js";
import { bullet, heading, wrap } from "../report/format.js";

export function runExplain(args: string[], options: Options, io: Io): number {
  const [id, extra] = args;
  if (extra !== undefined) throw new CliError(`unexpected argument "${extra}" (see upstream --help)`);
  if (id === undefined)
    throw new CliError(`invalid argument driver id: required, one of ${DRIVER_IDS.join(", ")}`);
  const driver = DRIVER_BY_ID.get(id as DriverId);
  if (!driver)
    throw new CliError(`invalid argument driver id "${id}": must be one of ${DRIVER_IDS.join(", ")}`);
  if (options.format === "json") {
    write(io.stdout, JSON.stringify(driver, null, 2));
    return EXIT.ok;
  }
  const out = [
    `${driver.name} (${driver.id})`,
    "",
    wrap(driver.explanation),
    heading("The chain, upstream first"),
  ];
  driver.chain.forEach((link, i) => out.push(`  ${"  ".repeat(i)}${i === 0 ? "" : "↳ "}${link}`));
  out.push(heading("Where it can drive the complaint"));
  out.push(`  ${wrap(driver.regions.map((r) => REGION_LABELS[r]).join("; "), 78, "  ")}`);
  if (driver.nerveLimb) out.push(`  and nerve symptoms in the ${driver.nerveLimb}`);
  out.push(heading("Signs that point to it"));
  for (const sign of driver.signs) out.push(bullet("-", sign));
  out.push(heading("First moves"));
  for (const move of driver.firstMoves) out.push(bullet("-", move));
  out.push(heading("Sources"));
  for (const s of driver.source) out.push(bullet("-", `${SEED_TITLES[s.doc]} (${s.doc}), ${s.section}`));
  out.push("", "Upstream gives self-care guidance, not a diagnosis.");
  write(io.stdout, out.join("\n"));
  return EXIT.ok;
}
