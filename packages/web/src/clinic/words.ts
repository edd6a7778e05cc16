/** The portal's words for codes: attention reasons (with an icon that does not rely on colour), trends, phases. */
import type { AttentionCodeId, OverviewRowView } from "@upstream/core";
import { words } from "../lib/knowledge";

export const REASON: Record<AttentionCodeId, { icon: string; label: string }> = {
  red_flag: { icon: "⚑", label: "Red flag" },
  escalation: { icon: "▲", label: "Escalation" },
  flare: { icon: "✱", label: "Flare" },
  falling_adherence: { icon: "↘", label: "Falling adherence" },
};

/** Pain's direction over a week, in whole points of the 0-10 scale (the scale a person answers in). */
export function painTrend(pain: OverviewRowView["pain"]): { arrow: string; text: string } {
  if (pain.last7 === null) return { arrow: "–", text: "no check-ins this week" };
  const now = `${pain.last7}/10`;
  if (pain.change === null) return { arrow: "•", text: `${now} this week` };
  if (pain.change >= 1) return { arrow: "↑", text: `${now}, up ${pain.change} on last week` };
  if (pain.change <= -1) return { arrow: "↓", text: `${now}, down ${-pain.change} on last week` };
  return { arrow: "→", text: `${now}, steady` };
}

export function planText(plan: OverviewRowView["plan"]): string {
  if (!plan) return "No plan";
  if (plan.status === "stopped") return `Stopped (week ${plan.week})`;
  return `${plan.phase ? words(plan.phase) : "Plan"} · week ${plan.week}`;
}

export const percent = (n: number | null) => (n === null ? "–" : `${n} %`);

export function shortDate(iso: string | null): string {
  if (!iso) return "–";
  return new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}
