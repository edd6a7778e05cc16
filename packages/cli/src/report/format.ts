/** Small text helpers shared by the reports: wrapping, headings (doses are core's `formatDoseText`). */

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

/** The closing hint of a list of exercises: the command for their steps, with the ids to give it. */
export function exerciseHint(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  if (!unique.length) return "Steps for any exercise: upstream exercises ID";
  return wrap(`How to do an exercise: upstream exercises ID, where ID is one of ${unique.join(", ")}.`, 78);
}
