/**
 * Charts: a minimal stand-in with the charts branch's exact API (LineChart, BarChart), rendering each as a
 * captioned table. The real SVG charts replace this file at merge; callers need not change.
 */
import { createElement as h, type JSX } from "react";

export interface Point {
  x: string /* YYYY-MM-DD */;
  y: number | null;
}
export interface Series {
  id: string;
  label: string;
  points: Point[];
  tone?: "primary" | "secondary" | "tertiary";
  unit?: string;
}
export interface Marker {
  x: string;
  label: string;
}
export interface Threshold {
  y: number;
  label: string;
}
export interface LineChartProps {
  title: string;
  description?: string;
  series: Series[];
  yLabel: string;
  yMin?: number;
  yMax?: number;
  markers?: Marker[];
  thresholds?: Threshold[];
}
export interface Bar {
  x: string;
  label: string;
  value: number;
}
export interface BarChartProps {
  title: string;
  description?: string;
  bars: Bar[];
  yLabel: string;
  yMax?: number;
  unit?: string;
  thresholds?: Threshold[];
}

const cell = (text: string, header = false) => h(header ? "th" : "td", { key: text }, text);
const notes = (thresholds?: Threshold[], markers?: Marker[]) =>
  [
    ...(thresholds ?? []).map((t) => `${t.label}: ${t.y}`),
    ...(markers ?? []).map((m) => `${m.x}: ${m.label}`),
  ].join("; ");

/** A line chart, shown here as a table: one row per day, one column per series. */
export function LineChart(props: LineChartProps): JSX.Element {
  const days = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const value = (s: Series, x: string) => {
    const y = s.points.find((p) => p.x === x)?.y;
    return y === null || y === undefined ? "–" : `${y}${s.unit ? ` ${s.unit}` : ""}`;
  };
  const extra = notes(props.thresholds, props.markers);
  return h(
    "figure",
    { className: "chart-stub" },
    h(
      "table",
      null,
      h("caption", null, props.title, props.description ? ` (${props.description})` : ""),
      h("thead", null, h("tr", null, cell("Day", true), ...props.series.map((s) => cell(s.label, true)))),
      h(
        "tbody",
        null,
        ...days.map((x) => h("tr", { key: x }, cell(x), ...props.series.map((s) => cell(value(s, x))))),
      ),
    ),
    extra ? h("figcaption", { className: "muted small" }, `${props.yLabel}. ${extra}`) : null,
  );
}

/** A bar chart, shown here as a table: one row per bar. */
export function BarChart(props: BarChartProps): JSX.Element {
  const extra = notes(props.thresholds);
  return h(
    "figure",
    { className: "chart-stub" },
    h(
      "table",
      null,
      h("caption", null, props.title, props.description ? ` (${props.description})` : ""),
      h("thead", null, h("tr", null, cell("Day", true), cell(props.yLabel, true))),
      h(
        "tbody",
        null,
        ...props.bars.map((b) =>
          h(
            "tr",
            { key: `${b.x}-${b.label}` },
            cell(`${b.x} ${b.label}`),
            cell(`${b.value}${props.unit ? ` ${props.unit}` : ""}`),
          ),
        ),
      ),
    ),
    extra ? h("figcaption", { className: "muted small" }, extra) : null,
  );
}
