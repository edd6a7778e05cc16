/** Small text helpers shared by the reports: doses, wrapping, headings. */
import type { Dose, ExerciseId } from "@upstream/core";
import { getExercise } from "@upstream/core";

/** "3 × 10 reps, 8 s holds, each side" style dose text. */
export function formatDose(dose: Dose, exercise?: ExerciseId): string {
  const parts: string[] = [];
  const { sets, reps, holdSeconds, minutes, timesPerDay, loadKg } = dose;
  if (sets !== undefined && reps !== undefined) parts.push(`${sets} × ${reps} reps`);
  else if (sets !== undefined) parts.push(`${sets} set${sets === 1 ? "" : "s"}`);
  else if (reps !== undefined) parts.push(`${reps} reps`);
  if (holdSeconds !== undefined)
    parts.push(`${holdSeconds} s hold${reps !== undefined || sets !== undefined ? "s" : ""}`);
  if (minutes !== undefined) parts.push(minutes < 1 ? `${Math.round(minutes * 60)} s` : `${minutes} min`);
  if (loadKg !== undefined) parts.push(`${loadKg} kg`);
  if (timesPerDay !== undefined) parts.push(`${timesPerDay}× a day`);
  if (exercise && getExercise(exercise).perSide) parts.push("each side");
  return parts.join(", ");
}

/** Wraps text to a width, indenting continuation lines. */
export function wrap(text: string, width = 78, indent = ""): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}

export function heading(text: string): string {
  return `\n${text}\n${"─".repeat(Math.min(text.length, 78))}`;
}

/** A bullet line wrapped under its marker. */
export function bullet(marker: string, text: string, indent = "  "): string {
  const pad = " ".repeat(indent.length + marker.length + 1);
  return `${indent}${marker} ${wrap(text, 78, pad)}`;
}
