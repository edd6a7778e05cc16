/** The text report of an assessment: traffic light first, then drivers, escalations, today's plan, avoid list. */
import type { AssessmentResult } from "@upstream/core";
import {
  AVOID_BY_ID,
  DRIVER_BY_ID,
  formatDoseText,
  getExercise,
  reasonsToShow,
  urgentAction,
} from "@upstream/core";
import { bullet, exerciseHint, heading, wrap } from "./format.js";

const LIGHT = {
  red: "RED: get medical help now",
  yellow: "YELLOW: start self-care, and see a clinician soon",
  green: "GREEN: a self-care plan is a good place to start",
} as const;

const PERSONA_WORD = {
  desk_worker: "desk worker",
  runner: "runner",
  lifter: "lifter",
  older_adult: "older adult",
  field_athlete: "field-sport athlete",
  general: "general",
} as const;

/** A green light beside a "See a clinician" block says so under its headline, so the two do not read as at odds. */
function alsoSee(r: AssessmentResult): string[] {
  const n = r.escalations.length;
  if (r.triage.level !== "green" || n === 0) return [];
  return [`  and see a clinician about ${n === 1 ? "one thing" : `${n} things`} (below)`];
}

function renderRed(r: AssessmentResult): string[] {
  return [
    "",
    `  ${wrap(
      `What to do now: ${urgentAction(r.triage.reasons.map((x) => x.id))} ` +
        "Do not start an exercise plan until a clinician has checked you.",
      78,
      "  ",
    )}`,
    "",
    "  Why:",
    // The escalations ("book a clinician visit", "book a medical review") are superseded by the urgent action
    // (the contract), so a red report does not show a second, gentler urgency.
    ...reasonsToShow(r.triage.reasons.filter((x) => x.level === "red")).map((x) => bullet("!", x.text, "  ")),
  ];
}

function renderDrivers(r: AssessmentResult): string[] {
  const out = [
    heading("What may be driving it (most likely first)"),
    wrap(
      "Each is scored on its own, by how well your answers fit it, so the figures do not add up to 100 %.",
    ),
  ];
  r.drivers.forEach((d, i) => {
    const info = DRIVER_BY_ID.get(d.id);
    const levels = d.levels ? ` [${d.levels.join(", ")}]` : "";
    const headline = `${i + 1}. ${info?.name ?? d.id}${levels}: fits ${Math.round(d.confidence * 100)} %`;
    out.push(wrap(headline, 78, "   "));
    if (info && info.chain.length > 1)
      out.push(`   Chain: ${wrap(info.chain.join(" → "), 78, "          ")}`);
    for (const finding of d.findings) out.push(bullet("-", finding, "   "));
    if (i === 0) out.push(`   ${wrap(d.explanation, 78, "   ")}`);
  });
  return out;
}

function renderPlan(r: AssessmentResult): string[] {
  const plan = r.plan;
  if (!plan) return [];
  const out = [heading("Your plan")];
  plan.phases.forEach((phase, i) => {
    out.push(`${i + 1}. ${phase.title}`);
    out.push(`   ${wrap(phase.why, 78, "   ")}`);
    for (const item of phase.items) {
      const exercise = getExercise(item.exercise);
      out.push(
        bullet(
          "•",
          `${exercise.name}: ${formatDoseText(item.dose, item.exercise, item.side)}; ${item.frequency}`,
          "   ",
        ),
      );
      if (item.note) out.push(bullet(" ", item.note, "     "));
    }
    for (const note of phase.guidance ?? []) out.push(bullet("·", note, "   "));
  });
  out.push(heading("Avoid for now"));
  for (const a of plan.avoid) out.push(bullet("✗", `${AVOID_BY_ID.get(a.id)?.title ?? a.id}: ${a.reason}`));
  out.push(heading("Pain rules"));
  out.push(bullet("-", `During exercise, pain up to ${plan.rules.painDuringMax}/10 is fine.`));
  out.push(bullet("-", "At 4/10, finish gently and keep the same dose next time."));
  out.push(bullet("-", "The next day, pain should be no worse than your usual."));
  out.push(
    bullet(
      "-",
      `If pain spikes to ${plan.rules.regressAt}/10 or more, or lingers, cut the load or use the easier version.`,
    ),
  );
  out.push(
    bullet(
      "-",
      `After a clean week (every session within these rules), raise the volume (reps, sets, time) or the ` +
        `intensity (weight) by ${plan.rules.weeklyIncreasePercent.join("-")} %, never both.`,
    ),
  );
  out.push("", exerciseHint(plan.phases.flatMap((p) => p.items.map((item) => item.exercise))));
  return out;
}

/** Renders the whole report. */
export function renderAssessment(r: AssessmentResult): string {
  const out = ["UPSTREAM self-care assessment", "", LIGHT[r.triage.level], ...alsoSee(r)];
  if (r.triage.level === "red") {
    out.push(...renderRed(r), "", wrap(r.notice, 78));
    return out.join("\n");
  }
  if (r.triage.reasons.length) {
    out.push("", "  Why:");
    for (const reason of reasonsToShow(r.triage.reasons)) out.push(bullet("-", reason.text, "  "));
  }
  out.push("", `Persona: ${PERSONA_WORD[r.persona]}`);
  out.push(...renderDrivers(r));
  if (r.escalations.length) {
    out.push(heading("See a clinician"));
    for (const e of r.escalations) {
      out.push(
        bullet("!", `${e.action === "medical_review" ? "Medical review" : "See a clinician"}: ${e.text}`),
      );
    }
  }
  out.push(...renderPlan(r), "", wrap(r.notice, 78));
  return out.join("\n");
}
