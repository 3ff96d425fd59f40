// Server: what rendering the overview and payouts routes costs on `next start`, under a fixed
// load from autocannon on loopback (a fixed number of connections for a fixed time, every round
// and target alike): requests per second, p50 and p99 latency, and the HTML's size.
import autocannon from "autocannon";
import { type BenchRoute, serverLoadRoutes } from "../config/routes";
import { addSample } from "../results/samples";
import type { MeasuredMetric } from "../results/schema";
import { forEachRound } from "../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../run/run-context";

interface LoadRun {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

async function load(
  served: ServedTarget,
  route: BenchRoute,
  seconds: number,
  connections: number,
): Promise<LoadRun> {
  const result = await autocannon({
    url: `${served.url}${route.path}`,
    connections,
    duration: seconds,
    headers: { cookie: served.cookieHeader },
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `${served.target.id} ${route.path} under load: ${result.requests.total} requests, ` +
        `${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

async function htmlBytes(served: ServedTarget, route: BenchRoute): Promise<number> {
  const response = await fetch(`${served.url}${route.path}`, {
    headers: { cookie: served.cookieHeader },
  });
  if (!response.ok) throw new Error(`${served.url}${route.path} answered ${response.status}`);
  return Buffer.byteLength(await response.text());
}

type ServerFigure = "requestsPerSecond" | "p50" | "p99" | "html";

function metricsFor(route: BenchRoute, note: string): Record<ServerFigure, MeasuredMetric> {
  const metric = (
    name: string,
    label: string,
    unit: MeasuredMetric["unit"],
    better: MeasuredMetric["better"],
  ): MeasuredMetric => ({
    id: `server/${route.id}/${name}`,
    dimension: "server",
    group: route.label,
    label,
    unit,
    better,
    exact: unit === "bytes",
    note,
    samples: {},
  });
  return {
    requestsPerSecond: metric("requests-per-second", "Requests per second", "requests/s", "higher"),
    p50: metric("p50", "Latency p50", "ms", "lower"),
    p99: metric("p99", "Latency p99", "ms", "lower"),
    html: metric("html-bytes", "HTML, raw", "bytes", "lower"),
  };
}

export const measureServer: Measurement = async (context: RunContext) => {
  const { rounds, seconds, connections, warmupSeconds } = context.profile.server;
  const note = `${connections} connections for ${seconds} s a round`;
  const all: MeasuredMetric[] = [];
  for (const route of serverLoadRoutes) {
    const metrics = metricsFor(route, note);
    for (const served of context.targets) {
      await load(served, route, warmupSeconds, connections);
      addSample(metrics.html, served.target.id, await htmlBytes(served, route));
    }
    await forEachRound(context.targets, { rounds }, async (served) => {
      context.log(`server: ${served.target.id} ${route.path}`);
      const run = await load(served, route, seconds, connections);
      const id = served.target.id;
      addSample(metrics.requestsPerSecond, id, run.requestsPerSecond);
      addSample(metrics.p50, id, run.p50);
      addSample(metrics.p99, id, run.p99);
    });
    all.push(...Object.values(metrics));
  }
  return all;
};
