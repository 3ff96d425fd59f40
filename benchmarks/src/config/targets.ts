// What the harness measures: the kits' apps (tooling/dashboard-apps.mjs is the one list of apps)
// and the floor. Each is served for the run on its app's port + 2000, so a run sits beside
// `npm start` (+0) and the e2e suite (+1000).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TargetId } from "../results/schema";

interface DashboardApp {
  kit: string;
  label: string;
  dir: string;
  port: number;
}

export interface BenchTarget {
  id: TargetId;
  label: string;
  appDir: string;
  port: number;
  isFloor: boolean;
}

export const repoRoot = join(import.meta.dirname, "..", "..", "..");

const appsModule = new URL("../../../tooling/dashboard-apps.mjs", import.meta.url);
const { dashboardApps, floorApp, bundlers } = (await import(appsModule.href)) as {
  dashboardApps: DashboardApp[];
  floorApp: DashboardApp;
  bundlers: Record<Bundler, { distDir: string; buildArgs: string[] }>;
};

export type Bundler = "turbopack" | "webpack";
export { bundlers };

const benchPortOffset = 2000;

function toTarget(app: DashboardApp, isFloor: boolean): BenchTarget {
  return {
    id: app.kit as TargetId,
    label: app.label,
    appDir: app.dir,
    port: app.port + benchPortOffset,
    isFloor,
  };
}

export const kitTargets: readonly BenchTarget[] = dashboardApps.map((app) => toTarget(app, false));
export const floorTarget: BenchTarget = toTarget(floorApp, true);

/** The kits asked for (every kit whose app exists, by default), then the floor. */
export function selectTargets(kitNames?: readonly string[]): BenchTarget[] {
  const known = kitTargets.map((target) => target.id);
  for (const name of kitNames ?? []) {
    if (!known.includes(name as TargetId)) {
      throw new Error(`Unknown kit "${name}"; known: ${known.join(", ")}`);
    }
  }
  const kits = kitTargets.filter((target) =>
    kitNames ? kitNames.includes(target.id) : existsSync(join(target.appDir, "package.json")),
  );
  return [...kits, floorTarget];
}
