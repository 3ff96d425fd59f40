// The load dimension: Lighthouse's performance category on every route, with its mobile preset
// (the default config: a mid-range phone, simulated slow 4G and 4× CPU) and its desktop preset,
// the targets interleaved in each round. One Chromium, the machine's, started by chrome-launcher
// for all the runs; each run is a cold first visit (Lighthouse clears the origin's cache) with the
// large seller's session sent as a Cookie header.
import { type LaunchedChrome, launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import type { Profile } from "../config/profiles";
import { type BenchRoute, benchRoutes } from "../config/routes";
import { selectById } from "../config/select-by-id";
import { forEachRound } from "../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../run/run-context";
import { type LighthouseReport, loadFigures, readLoadFigures } from "./lighthouse-figures";
import { MetricSamples } from "./metric-samples";

type Preset = Profile["lighthouse"]["presets"][number];

const presets: Record<Preset, { label: string; config: Parameters<typeof lighthouse>[2] }> = {
  mobile: { label: "mobile, simulated slow 4G and 4× CPU", config: undefined },
  desktop: { label: "desktop", config: desktopConfig },
};

const metricId = (preset: Preset, route: BenchRoute, figure: string) =>
  `load/${preset}/${route.id}/${figure}`;

/** One Lighthouse run; throws when it failed or did not land on the route (signed out). */
async function audit(
  chrome: LaunchedChrome,
  served: ServedTarget,
  route: BenchRoute,
  preset: Preset,
): Promise<Record<string, number>> {
  const url = new URL(route.path, served.url).href;
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: ["performance"],
      disableFullPageScreenshot: true,
      extraHeaders: { Cookie: served.cookieHeader },
    },
    presets[preset].config,
  );
  if (!result) throw new Error("Lighthouse returned no result");
  const report = result.lhr as unknown as LighthouseReport;
  const landed = new URL(report.finalDisplayedUrl);
  if (landed.pathname !== route.path) {
    throw new Error(`Lighthouse landed on ${landed.pathname}, not ${route.path}: signed out?`);
  }
  return readLoadFigures(report);
}

/** A first request to every route on every server, so no run pays for a route's cold server. */
async function warmServers(run: RunContext, routes: readonly BenchRoute[]): Promise<void> {
  for (const served of run.targets) {
    for (const route of routes) {
      const response = await fetch(new URL(route.path, served.url), {
        headers: { Cookie: served.cookieHeader },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${served.target.id} ${route.path}: ${response.status}`);
    }
  }
}

export const measureLoad: Measurement = async (run) => {
  const { runs, presets: wanted } = run.profile.lighthouse;
  const routes = selectById(benchRoutes, run.profile.lighthouse.routes, "route");
  const samples = new MetricSamples();
  for (const preset of wanted) {
    for (const route of routes) {
      for (const { figure, label, unit, better } of loadFigures) {
        samples.define({
          id: metricId(preset, route, figure),
          dimension: "load",
          group: `${route.label}, ${preset}`,
          label,
          unit,
          better,
          exact: false,
          note: `Lighthouse ${preset} (${presets[preset].label}), median of ${runs} run${runs === 1 ? "" : "s"}`,
        });
      }
    }
  }
  await warmServers(run, routes);
  const chrome = await launch({
    chromePath: run.chromiumPath,
    chromeFlags: [...run.chromiumArgs, "--headless=new"],
  });
  try {
    for (const preset of wanted) {
      for (const route of routes) {
        await forEachRound(run.targets, { rounds: runs }, async (served, round) => {
          const target = served.target.id;
          const where = `load/${preset}/${route.id} on ${target}, run ${round.index}`;
          const started = performance.now();
          const figures = await audit(chrome, served, route, preset).catch((error: Error) => {
            throw new Error(`${where}: ${error.message}`, { cause: error });
          });
          run.log(
            `${where}: score ${figures["performance-score"]}, LCP ${figures.lcp?.toFixed(0)} ms, ` +
              `TBT ${figures.tbt?.toFixed(0)} ms (${((performance.now() - started) / 1000).toFixed(1)} s)`,
          );
          for (const [figure, value] of Object.entries(figures)) {
            samples.add(metricId(preset, route, figure), target, value);
          }
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return samples.list();
};
