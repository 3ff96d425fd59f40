// Bytes: what the browser downloads on a first visit to each route, by type, raw, gzip and
// brotli, and how much of the JavaScript is the styling library itself. Exact figures: one visit
// per target and route (the build and the seeded data are the same on every visit).
import { benchRoutes } from "../config/routes";
import type { MeasuredMetric, TargetId } from "../results/schema";
import type { Measurement, RunContext, ServedTarget } from "../run/run-context";
import {
  type ByteCounts,
  byteTypes,
  type Compression,
  compressions,
  countBytes,
  type DownloadedResource,
  totalOf,
} from "./bytes/byte-counts";
import { firstVisit } from "./bytes/first-visit";
import { stylingPackages } from "./bytes/styling-packages";
import { bytesFromPackages, sourceMapUrl } from "./bytes/styling-share";

const typeLabels = { html: "HTML", js: "JS", css: "CSS", fonts: "Fonts", other: "Other" } as const;

async function stylingLibraryBytes(
  served: ServedTarget,
  resources: readonly DownloadedResource[],
  packages: ReadonlySet<string>,
): Promise<number> {
  let bytes = 0;
  for (const script of resources.filter((resource) => resource.resourceType === "script")) {
    const mapUrl = sourceMapUrl(script.url, script.body.toString("utf8"));
    if (!mapUrl) {
      throw new Error(
        `${script.url} names no source map: the apps build with productionBrowserSourceMaps`,
      );
    }
    const response = await fetch(mapUrl, { headers: { cookie: served.cookieHeader } });
    if (!response.ok) throw new Error(`${mapUrl} answered ${response.status}`);
    bytes += await bytesFromPackages(
      script.body,
      Buffer.from(await response.arrayBuffer()),
      packages,
    );
  }
  return bytes;
}

function metric(
  routeId: string,
  routeLabel: string,
  name: string,
  label: string,
  unit: "bytes" | "count",
): MeasuredMetric {
  return {
    id: `bytes/${routeId}/${name}`,
    dimension: "bytes",
    group: routeLabel,
    label,
    unit,
    better: "lower",
    exact: true,
    samples: {},
  };
}

function metricsOf(routeId: string, routeLabel: string): Map<string, MeasuredMetric> {
  const metrics = new Map<string, MeasuredMetric>();
  const put = (m: MeasuredMetric) => metrics.set(m.id, m);
  for (const compression of compressions) {
    for (const type of byteTypes) {
      put(
        metric(
          routeId,
          routeLabel,
          `${type}/${compression}`,
          `${typeLabels[type]}, ${compression}`,
          "bytes",
        ),
      );
    }
    put(metric(routeId, routeLabel, `total/${compression}`, `Total, ${compression}`, "bytes"));
  }
  for (const compression of compressions) {
    // Which prefetches finish before the network is idle depends on timing: one visit's figure
    // is shown, never ranked.
    put({
      ...metric(
        routeId,
        routeLabel,
        `prefetch/${compression}`,
        `Prefetched for the next navigation, ${compression}`,
        "bytes",
      ),
      exact: false,
      note: "timing-dependent: shown, not ranked",
    });
  }
  put(metric(routeId, routeLabel, "requests", "Requests", "count"));
  put(
    metric(
      routeId,
      routeLabel,
      "styling-library/raw",
      "Styling library in the JS, minified",
      "bytes",
    ),
  );
  return metrics;
}

function record(
  metrics: Map<string, MeasuredMetric>,
  routeId: string,
  target: TargetId,
  counts: ByteCounts,
  libraryBytes: number,
): void {
  const set = (name: string, value: number) => {
    const found = metrics.get(`bytes/${routeId}/${name}`);
    if (!found) throw new Error(`No bytes metric ${name}`);
    found.samples[target] = [value];
  };
  for (const compression of compressions as readonly Compression[]) {
    for (const type of byteTypes) set(`${type}/${compression}`, counts[type][compression]);
    set(`total/${compression}`, totalOf(counts, compression));
    set(`prefetch/${compression}`, counts.prefetch[compression]);
  }
  set(
    "requests",
    byteTypes.reduce((sum, type) => sum + counts[type].requests, 0),
  );
  set("styling-library/raw", libraryBytes);
}

export const measureBytes: Measurement = async (context: RunContext) => {
  const packagesByTarget = new Map(
    context.targets.map((served) => [served.target.id, stylingPackages(served.target.appDir)]),
  );
  const all: MeasuredMetric[] = [];
  for (const route of benchRoutes) {
    const metrics = metricsOf(route.id, route.label);
    for (const served of context.targets) {
      context.log(`bytes: ${served.target.id} ${route.path}`);
      const resources = await firstVisit(context, served, route);
      const packages = packagesByTarget.get(served.target.id) ?? new Set<string>();
      const libraryBytes = await stylingLibraryBytes(served, resources, packages);
      record(metrics, route.id, served.target.id, countBytes(resources), libraryBytes);
    }
    all.push(...metrics.values());
  }
  return all;
};
