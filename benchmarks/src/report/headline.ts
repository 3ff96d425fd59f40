// Which figures the short outputs (the Markdown summary, each dimension's verdict and chart) show.
// Bytes come in four types × three compressions per route and interactions in five measures per
// case; the summary keeps what a reader decides on (brotli bytes, total duration) and leaves the
// rest to the HTML report's full tables. A dimension the patterns do not cover shows everything.
import picomatch from "picomatch";
import type { Dimension, Metric } from "../results/schema";

const headlinePatterns: Partial<Record<Dimension, string>> = {
  bytes: "bytes/*/*/brotli",
  interactions: "interactions/*/total",
};

export function headlineMetrics(dimension: Dimension, metrics: readonly Metric[]): Metric[] {
  const ofDimension = metrics.filter((metric) => metric.dimension === dimension);
  const pattern = headlinePatterns[dimension];
  if (!pattern) return ofDimension;
  const isHeadline = picomatch(pattern);
  const headline = ofDimension.filter((metric) => isHeadline(metric.id));
  return headline.length > 0 ? headline : ofDimension;
}
