/** Charts in plain SVG, each a figure with a caption, a spoken summary and its numbers in a table. */
export type { Point, Series, Marker, Threshold, LineChartProps, Bar, BarChartProps } from "./types";
export { LineChart } from "./line-chart";
export { BarChart } from "./bar-chart";
