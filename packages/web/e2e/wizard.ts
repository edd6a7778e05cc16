/// <reference types="node" />
/// <reference lib="dom" />
/**
 * Drives the assessment wizard as a person would: reads each screen's questions by their visible labels,
 * answers them from a persona's rules, and presses "Next" (or "See my results") until a result shows.
 */
import type { Page, Response } from "playwright-core";

/** How a persona answers: each rule is matched against a question's visible text. */
export interface Persona {
  name: string;
  /** Yes/no questions answered "Yes"; every other yes/no question is answered "No". */
  yes: RegExp[];
  /** Checkbox options to tick (matched against the option's label). */
  tick: RegExp[];
  /** Other radio questions: [question, option]. */
  choose: [RegExp, RegExp][];
  /** Text and number fields: [label, value]. */
  fill: [RegExp, string][];
}

interface Option {
  type: string;
  label: string;
  checked: boolean;
  disabled: boolean;
}
interface Group {
  index: number;
  legend: string;
  options: Option[];
}
interface Field {
  index: number;
  label: string;
  type: string;
  value: string;
}
interface Screen {
  signature: string;
  text: string;
  done: "results" | "red" | null;
  groups: Group[];
  fields: Field[];
  lone: Option[];
  buttons: string[];
}

/** Reads the current wizard screen: its questions (fieldsets), fields, lone checkboxes and buttons. */
function readScreen(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const main = doc.querySelector<HTMLElement>("main")!;
    const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const labelOf = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) =>
      clean(
        el.getAttribute("aria-label") ??
          (el.labels && el.labels.length ? Array.from(el.labels, (l) => l.textContent).join(" ") : "") ??
          "",
      );
    const h1 = clean(main.querySelector("h1")?.textContent);
    const done = /^your results/i.test(h1) ? "results" : /get medical help now/i.test(h1) ? "red" : null;
    const fieldsets = Array.from(main.querySelectorAll("fieldset"));
    const groups = fieldsets.map((fs, index) => ({
      index,
      legend: clean(fs.querySelector("legend")?.textContent) || clean(fs.getAttribute("aria-label")),
      options: Array.from(
        fs.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]"),
      ).map((i) => ({ type: i.type, label: labelOf(i), checked: i.checked, disabled: i.disabled })),
    }));
    const all = Array.from(
      main.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        "input, select, textarea",
      ),
    );
    const fields = all
      .map((el, index) => ({ el, index }))
      .filter(
        ({ el }) => !(el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")),
      )
      .filter(({ el }) => !(el instanceof HTMLInputElement && el.type === "hidden"))
      .map(({ el, index }) => {
        const fs = el.closest("fieldset");
        const legend = fs ? clean(fs.querySelector("legend")?.textContent) : "";
        return {
          index,
          label: `${legend ? `${legend} ` : ""}${labelOf(el)}`.trim(),
          type: el.type,
          value: el.value,
        };
      });
    const lone = all
      .filter(
        (el): el is HTMLInputElement =>
          el instanceof HTMLInputElement && el.type === "checkbox" && !el.closest("fieldset"),
      )
      .map((i) => ({ type: i.type, label: labelOf(i), checked: i.checked, disabled: i.disabled }));
    const buttons = Array.from(main.querySelectorAll("button"))
      .filter((b) => !b.disabled)
      .map((b) => clean(b.textContent));
    const progress = main.querySelector("progress");
    const headings = Array.from(main.querySelectorAll("h1, h2, legend, label"), (h) =>
      clean(h.textContent),
    ).join(" | ");
    return {
      signature: `${h1} | ${headings} | ${progress ? progress.getAttribute("value") : ""}`,
      text: clean(main.innerText).slice(0, 600),
      done,
      groups,
      fields,
      lone,
      buttons,
    } satisfies Screen;
  });
}

const isYesNo = (g: Group) =>
  g.options.length === 2 &&
  g.options.every((o) => o.type === "radio") &&
  g.options[0]!.label === "Yes" &&
  g.options[1]!.label === "No";

/** Checks the option with this exact label inside the n-th fieldset of main. */
async function pick(page: Page, group: number, label: string) {
  await page.locator("main fieldset").nth(group).getByLabel(label, { exact: true }).check();
}

/** Answers one screen from the persona's rules. Returns what was answered, for messages. */
async function answer(page: Page, screen: Screen, persona: Persona): Promise<string[]> {
  const done: string[] = [];
  for (const g of screen.groups) {
    if (!g.options.length) continue;
    if (isYesNo(g)) {
      const want = persona.yes.some((r) => r.test(g.legend)) ? "Yes" : "No";
      if (!g.options.find((o) => o.label === want)!.checked) await pick(page, g.index, want);
      done.push(`${g.legend} → ${want}`);
      continue;
    }
    if (g.options.every((o) => o.type === "checkbox")) {
      for (const o of g.options)
        if (!o.checked && !o.disabled && persona.tick.some((r) => r.test(o.label))) {
          await pick(page, g.index, o.label);
          done.push(`${g.legend} ✓ ${o.label}`);
        }
      continue;
    }
    const rule = persona.choose.find(([q]) => q.test(g.legend));
    const wanted = rule ? g.options.find((o) => rule[1].test(o.label)) : undefined;
    if (wanted) {
      if (!wanted.checked) await pick(page, g.index, wanted.label);
      done.push(`${g.legend} → ${wanted.label}`);
    } else if (!g.options.some((o) => o.checked)) {
      // No rule: the neutral answer if there is one, else the first.
      const neutral =
        g.options.find((o) => /not sure|don.t know|skip|none|never|^no\b/i.test(o.label)) ?? g.options[0]!;
      await pick(page, g.index, neutral.label);
      done.push(`${g.legend} → ${neutral.label} (default)`);
    }
  }
  for (const f of screen.fields) {
    const rule = persona.fill.find(([label]) => label.test(f.label));
    if (!rule) continue;
    const el = page.locator("main").locator("input, select, textarea").nth(f.index);
    if (f.type === "select-one")
      await el.selectOption({ label: rule[1] }).catch(() => el.selectOption(rule[1]));
    else if (f.value !== rule[1]) await el.fill(rule[1]);
    done.push(`${f.label} = ${rule[1]}`);
  }
  for (const o of screen.lone)
    if (!o.checked && !o.disabled && persona.tick.some((r) => r.test(o.label))) {
      await page.locator("main").getByLabel(o.label, { exact: true }).check();
      done.push(`✓ ${o.label}`);
    }
  return done;
}

export interface WizardRun {
  outcome: "results" | "red";
  screens: number;
  log: string[];
}

/**
 * Starts the wizard at #/assess (or goes on from where it is) and answers screens until a result shows.
 * Fails with the stuck screen's text when "Next" does not move on.
 */
export async function runWizard(
  page: Page,
  persona: Persona,
  options: { start?: boolean; maxScreens?: number } = {},
): Promise<WizardRun> {
  if (options.start !== false) await page.goto("/#/assess");
  const log: string[] = [];
  const max = options.maxScreens ?? 80;
  // API refusals go into the log: a wizard that sends an invalid input says so in the failure message.
  const refused = (res: Response) => {
    if (res.url().includes("/api/") && res.status() >= 400)
      void res.text().then(
        (body) =>
          log.push(
            `   ${res.request().method()} ${new URL(res.url()).pathname} → ${res.status()} ${body.slice(0, 300)}`,
          ),
        () => undefined,
      );
  };
  page.on("response", refused);
  try {
    return await walk(page, persona, log, max);
  } finally {
    page.off("response", refused);
  }
}

async function walk(page: Page, persona: Persona, log: string[], max: number): Promise<WizardRun> {
  for (let n = 0; n < max; n++) {
    await page.locator("main h1").first().waitFor();
    let screen = await readScreen(page);
    if (screen.done) return { outcome: screen.done, screens: n, log };
    const answered = await answer(page, screen, persona);
    log.push(
      `[${n + 1}] ${screen.signature.split(" | ")[0]}: ${answered.join("; ") || "(nothing to answer)"}`,
    );
    screen = await readScreen(page);
    const finish = screen.buttons.find((b) => /^see my results$/i.test(b));
    // A "choose all that apply" question left empty is skipped, as a person with nothing to tick would.
    const nothingTicked = screen.groups.some(
      (g) => g.options.length > 0 && g.options.every((o) => o.type === "checkbox" && !o.checked),
    );
    const skip = screen.buttons.find((b) => /^skip\b/i.test(b));
    const next =
      finish ??
      (nothingTicked && skip ? skip : undefined) ??
      screen.buttons.find((b) => /^next$/i.test(b)) ??
      skip ??
      screen.buttons.find((b) => /^start/i.test(b));
    if (!next)
      throw new Error(
        `wizard screen ${n + 1} has no enabled "Next" or "See my results" button (buttons: ${screen.buttons.join(", ") || "none"}); screen: ${screen.text}`,
      );
    await page.locator("main").getByRole("button", { name: next, exact: true }).first().click();
    log[log.length - 1] += ` [${next}]`;
    const before = screen.signature;
    const moved = await page
      .waitForFunction(
        (sig) => {
          const doc = (globalThis as unknown as { document: Document }).document;
          const main = doc.querySelector("main");
          if (!main) return false;
          const h1 = (main.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
          if (/^your results|get medical help now/i.test(h1)) return true;
          const clean = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
          const headings = Array.from(main.querySelectorAll("h1, h2, legend, label"), (h) =>
            clean(h.textContent),
          ).join(" | ");
          const progress = main.querySelector("progress");
          return `${h1} | ${headings} | ${progress ? progress.getAttribute("value") : ""}` !== sig;
        },
        before,
        { timeout: 10_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!moved) {
      const stuck = await readScreen(page);
      throw new Error(
        `wizard stuck on screen ${n + 1} after pressing "${next}" (answers: ${answered.join("; ") || "none"}); screen: ${stuck.text}`,
      );
    }
  }
  throw new Error(`wizard did not reach a result in ${max} screens; answers so far:\n${log.join("\n")}`);
}

/** A 35-year-old runner with a cramping right calf for two weeks, nothing else: green. */
export const GREEN_RUNNER: Persona = {
  name: "green runner",
  yes: [/walk.*10 ?min|10 ?min.*walk/i, /eases?.*mov|better.*mov/i],
  tick: [/^running$/i, /^calf\b/i, /^cramp/i],
  choose: [
    [/which side|what side|side/i, /^right/i],
    [/where|which part|region|area/i, /calf/i],
    [/what.*(feel|kind)|feel like/i, /cramp/i],
    [/worst|how bad|how much.*hurt|pain.*0.*10/i, /^3$/],
    [/how long|weeks/i, /2|week/i],
    [/stretch/i, /brief|short|a little/i],
  ],
  fill: [
    [/your age/i, "35"],
    [/upstream plan/i, "0"],
    [/how long|how many weeks|weeks has/i, "2"],
    [/hours.*sit|sit.*hours/i, "4"],
    [/hours.*sleep|sleep.*hours/i, "8"],
    [/minutes.*stiff|stiff.*minutes/i, "0"],
    [/weigh/i, "70"],
  ],
};

/** A 29-year-old desk worker: left neck tightness and shoulder pain, worse reaching overhead, eased by arching the upper back; pain limits sleep: yellow. */
export const YELLOW_DESK_WORKER: Persona = {
  name: "yellow desk worker",
  yes: [/walk.*10 ?min|10 ?min.*walk/i, /sleep/i],
  tick: [
    /desk|computer|office/i,
    /^neck\b/i,
    /^shoulder\b/i,
    /tight/i,
    /^pain$/i,
    /overhead|reach/i,
    /upper back|thoracic/i,
  ],
  choose: [
    [/which side|what side|side/i, /^left/i],
    [/where|which part|region|area/i, /neck/i],
    [/worst|how bad|how much.*hurt|pain.*0.*10/i, /^3$/],
    [/how long|weeks/i, /1|week/i],
    [/upper back|thoracic|arch/i, /eases|better|less/i],
  ],
  fill: [
    [/your age/i, "29"],
    [/upstream plan/i, "0"],
    [/how long|how many weeks|weeks has/i, "1"],
    [/hours.*sit|sit.*hours/i, "10"],
    [/hours.*sleep|sleep.*hours/i, "6"],
    [/minutes.*stiff|stiff.*minutes/i, "0"],
    [/weigh/i, "65"],
  ],
};

/** A 50-year-old with low back pain and a change in bladder or bowel control: red. */
export const RED_CASE: Persona = {
  name: "red case",
  yes: [/bladder or bowel/i],
  tick: [/lower back|low back/i, /^pain$/i, /^walking$/i],
  choose: [
    [/which side|what side|side/i, /middle|central|both/i],
    [/where|which part|region|area/i, /low(er)? back/i],
    [/worst|how bad|how much.*hurt|pain.*0.*10/i, /^6$/],
  ],
  fill: [
    [/your age/i, "50"],
    [/upstream plan/i, "0"],
    [/how long|how many weeks|weeks has/i, "1"],
  ],
};
