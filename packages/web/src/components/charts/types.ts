/** The charts' public data shapes: dated series and bars, markers on the date axis, and threshold lines. */

export interface Point {
  /** YYYY-MM-DD */
  x: string;
  y: number | null;
}

export interface Series {
  id: string;
  label: string;
  points: Point[];
  tone?: "primary" | "secondary" | "tertiary";
  unit?: string;
}

/** A day to mark on the date axis (a weekly review, say). */
export interface Marker {
  x: string;
  label: string;
}

/** A horizontal line at a value, with what it means. */
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
  /** The heading level of the title inside the caption (default: not a heading). */
  headingLevel?: 2 | 3 | 4;
}

export interface Bar {
  /** YYYY-MM-DD: the day the bar is about (a week's first day, say). */
  x: string;
  label: string;
  value: number;
  /** More words for the table ("4 of 6 sessions"). */
  detail?: string;
}

export interface BarChartProps {
  title: string;
  description?: string;
  bars: Bar[];
  yLabel: string;
  yMax?: number;
  unit?: string;
  thresholds?: Threshold[];
  /** The heading level of the title inside the caption (default: not a heading). */
  headingLevel?: 2 | 3 | 4;
}
