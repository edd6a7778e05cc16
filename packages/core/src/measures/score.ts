/** Scoring of one response by the instrument's published rule, and the change between two responses. */
import { INSTRUMENTS, START_BACK } from "./instruments.js";
import type { MeasureAnswers, MeasureChange, MeasureId, MeasureScore } from "./schema.js";

type Risk = "low" | "medium" | "high";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** 1-based numbers of the null entries. */
const missingOf = (items: readonly unknown[]) =>
  items.flatMap((v, i) => (v === null || v === undefined ? [i + 1] : []));
const listed = (items: number[]) => items.join(", ");

/** The published STarT Back rule (Hill et al. 2008): total <= 3 low; subscale >= 4 high; otherwise medium. */
export function startBackRisk(total: number, subscale: number): Risk {
  if (subscale >= 4) return "high";
  if (total <= 3) return "low";
  return "medium";
}

/** What each group means, and the care matched to it in the STarT Back trial (Hill et al. 2011, The Lancet). */
const RISK_MEANING: Record<Risk, string> = {
  low: "low risk of lasting problems; back pain like this usually settles with advice and staying active",
  medium:
    "medium risk of lasting problems; physical factors are getting in the way, and the matched care is guided " +
    "exercise with a physiotherapist",
  high:
    "high risk of lasting problems; worries and mood are adding to the pain, and the matched care addresses both " +
    "(psychologically informed physiotherapy)",
};

function scoreStartBack(
  items: (boolean | null)[],
  bothersome: MeasureAnswers & { instrument: "start_back" },
): MeasureScore {
  const option = START_BACK.bothersome.options.find((o) => o.value === bothersome.bothersome);
  const item9: number | null = option ? option.scores : null;
  const missing = [...missingOf(items), ...(item9 === null ? [9] : [])];
  const agreed = items.filter((v) => v === true).length;
  const agreedPsycho = items.filter((v, i) => v === true && START_BACK.items[i]!.psychosocial).length;
  const low = { total: agreed + (item9 ?? 0), sub: agreedPsycho + (item9 ?? 0) };
  if (missing.length === 0) {
    const risk = startBackRisk(low.total, low.sub);
    return {
      score: low.total,
      max: 9,
      subscale: low.sub,
      risk,
      missing,
      summary: `Total ${low.total} of 9, psychosocial subscale ${low.sub} of 5: ${RISK_MEANING[risk]}.`,
    };
  }
  // Risk is monotone in total and subscale, so if the lowest and highest possible answers to the missing items
  // give the same group, every answer does: the group is known without them. Otherwise no group is given.
  const missingPsycho = missing.filter((n) => n >= 5).length;
  const high = { total: low.total + missing.length, sub: low.sub + missingPsycho };
  const floor = startBackRisk(low.total, low.sub);
  const ceiling = startBackRisk(high.total, high.sub);
  const unanswered = `${plural(missing.length, "item")} unanswered (${listed(missing)})`;
  if (floor === ceiling) {
    return {
      score: null,
      max: 9,
      subscale: null,
      risk: floor,
      missing,
      summary: `${unanswered}, so no total; whatever the answers to them, the result is ${RISK_MEANING[floor]}.`,
    };
  }
  return {
    score: null,
    max: 9,
    subscale: null,
    risk: null,
    missing,
    summary: `${unanswered}: they could change the risk group, so there is no result. Please answer every item.`,
  };
}

/**
 * Scores one response by the instrument's published rule. Pure; the summary is one plain sentence.
 *
 * @example scoreMeasure({ instrument: "nprs", pain: 6 }).summary
 *   // "Pain 6 out of 10 (0 is no pain, 10 the worst pain imaginable)."
 */
export function scoreMeasure(answers: MeasureAnswers): MeasureScore {
  switch (answers.instrument) {
    case "nprs":
      return {
        score: answers.pain,
        max: 10,
        missing: [],
        summary: `Pain ${answers.pain} out of 10 (0 is no pain, 10 the worst pain imaginable).`,
      };
    case "rmdq": {
      const missing = missingOf(answers.items);
      if (missing.length > 0) {
        return {
          score: null,
          max: 24,
          missing,
          summary:
            `${plural(missing.length, "statement")} unanswered (${listed(missing)}), so no score: ` +
            "the Roland-Morris score counts all 24. Please answer every statement.",
        };
      }
      const score = answers.items.filter((v) => v === true).length;
      return {
        score,
        max: 24,
        missing,
        summary:
          `${score} of 24 statements describe you today: the higher the number, the more back pain limits ` +
          "everyday activities.",
      };
    }
    case "psfs": {
      const missing = missingOf(answers.activities.map((a) => a.score));
      const rated = answers.activities.flatMap((a) => (a.score === null ? [] : [a.score]));
      const unrated = missing.length
        ? ` ${plural(missing.length, "activity", "activities")} not rated (${listed(missing)}) ${missing.length === 1 ? "is" : "are"} left out.`
        : "";
      if (rated.length < 3) {
        return {
          score: null,
          max: 10,
          missing,
          summary: `Only ${plural(rated.length, "activity", "activities")} rated, so no score: the average needs at least 3.`,
        };
      }
      const score = round2(rated.reduce((a, b) => a + b, 0) / rated.length);
      return {
        score,
        max: 10,
        missing,
        summary:
          `Your activities average ${score} out of 10 (0 is unable to do them, 10 is as well as before the ` +
          `problem).${unrated}`,
      };
    }
    case "start_back":
      return scoreStartBack(answers.items, answers);
    default: {
      const never: never = answers;
      throw new Error(`unknown instrument ${String(never)}`);
    }
  }
}

/** What a comparison needs of a response: which instrument, and its score. */
export interface Scored {
  instrument: MeasureId;
  result: MeasureScore;
}

// Scores are integers or 2-decimal averages: a hair of tolerance keeps 2.0 from reading as 1.9999.
const EPS = 1e-9;

/**
 * The change from an earlier response to a later one of the same instrument, judged against the instrument's
 * published threshold in either direction (lower is better for NPRS and RMDQ, higher for PSFS). STarT Back is a
 * once-only screen with no change threshold: the change is shown, `meaningful` is null.
 * Throws when the two are different instruments (a caller's bug).
 *
 * @example compareMeasures(nprsOf(7), nprsOf(5)) // change -2, percentChange -28.6, better, meaningful true
 */
export function compareMeasures(earlier: Scored, later: Scored): MeasureChange {
  if (earlier.instrument !== later.instrument)
    throw new Error(`cannot compare ${earlier.instrument} with ${later.instrument}`);
  const instrument = INSTRUMENTS[later.instrument];
  const from = earlier.result.score;
  const to = later.result.score;
  const base = { instrument: later.instrument, from, to };
  if (from === null || to === null) {
    return {
      ...base,
      change: null,
      percentChange: null,
      direction: null,
      meaningful: null,
      summary: "No change can be worked out: one of the two has no score.",
    };
  }
  const change = round2(to - from);
  const percentChange = from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10;
  const threshold = instrument.change;
  const better = threshold?.better ?? "lower";
  const direction =
    Math.abs(change) < EPS ? "same" : change < 0 === (better === "lower") ? "better" : "worse";
  const signed = (x: number) => `${x > 0 ? "+" : ""}${x}`;
  const amount = `${signed(change)} points${percentChange === null ? "" : ` (${signed(percentChange)}%)`}`;
  const size = `${Math.abs(change)} points${percentChange === null ? "" : ` (${Math.abs(percentChange)}%)`}`;
  if (!threshold) {
    return {
      ...base,
      change,
      percentChange,
      direction,
      meaningful: null,
      summary: `${amount} since last time; this screen has no published threshold for change.`,
    };
  }
  const meaningful =
    direction !== "same" &&
    (Math.abs(change) >= threshold.points - EPS ||
      (threshold.percent !== null &&
        percentChange !== null &&
        Math.abs(percentChange) >= threshold.percent - EPS));
  const word = direction === "same" ? "No change" : direction === "better" ? "Better" : "Worse";
  const verdict = meaningful
    ? `a meaningful change (it reaches ${threshold.points} points${threshold.percent === null ? "" : ` or ${threshold.percent}%`})`
    : `smaller than a meaningful change (${threshold.points} points${threshold.percent === null ? "" : ` or ${threshold.percent}%`})`;
  return {
    ...base,
    change,
    percentChange,
    direction,
    meaningful,
    summary: direction === "same" ? "No change since last time." : `${word} by ${size}: ${verdict}.`,
  };
}
