/** Plain-language formatting shared by the pages: doses, dates. */
const n = (v: number | undefined) =>
  v === undefined ? undefined : Number.isInteger(v) ? String(v) : v.toFixed(1);

/** "each side", "left side only" (a plan item's one side), or "" for an exercise not done side by side. */
export function sidesText(perSide: boolean, side?: "left" | "right"): string {
  if (!perSide) return "";
  return side ? `${side} side only` : "each side";
}

/** "3 × 10 reps, 8 s holds" */
export function formatDose(
  dose: Record<string, number | undefined>,
  perSide = false,
  side?: "left" | "right",
): string {
  const parts: string[] = [];
  const { sets, reps, holdSeconds, minutes, timesPerDay, loadKg } = dose;
  if (sets !== undefined && reps !== undefined) parts.push(`${sets} × ${reps} reps`);
  else if (sets !== undefined) parts.push(`${sets} sets`);
  else if (reps !== undefined) parts.push(`${reps} reps`);
  if (holdSeconds !== undefined)
    parts.push(`${n(holdSeconds)} s hold${sets !== undefined || reps !== undefined ? "s" : ""}`);
  if (minutes !== undefined) parts.push(minutes < 1 ? `${Math.round(minutes * 60)} s` : `${n(minutes)} min`);
  if (loadKg !== undefined) parts.push(`${n(loadKg)} kg`);
  if (timesPerDay !== undefined) parts.push(`${timesPerDay} times a day`);
  if (perSide) parts.push(sidesText(perSide, side));
  return parts.join(", ");
}
