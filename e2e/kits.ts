// The kits the suite runs against: tooling/dashboard-apps.mjs is the one list of apps and ports
// (`npm start`, this suite and the benchmarks read it), so a kit joins by one line there.
// The suite serves each app on its port + 1000, so it can run next to `npm start`.
import { existsSync } from "node:fs";
import { join } from "node:path";

interface DashboardApp {
  kit: string;
  label: string;
  dir: string;
  port: number;
}

export interface Kit {
  name: string;
  label: string;
  appDir: string;
  port: number;
  baseURL: string;
}

export const repoRoot = join(import.meta.dirname, "..");

const appsModule = new URL("../tooling/dashboard-apps.mjs", import.meta.url);
const { dashboardApps, bundlers } = (await import(appsModule.href)) as {
  dashboardApps: DashboardApp[];
  bundlers: Record<Bundler, { distDir: string; buildArgs: string[] }>;
};

export type Bundler = "turbopack" | "webpack";

/** The folder each bundler's production build is written to (next.config.ts reads NEXT_DIST_DIR). */
export function distDirOf(bundler: Bundler): string {
  return bundlers[bundler].distDir;
}

export const kits: readonly Kit[] = dashboardApps.map((app) => ({
  name: app.kit,
  label: app.label,
  appDir: app.dir,
  port: app.port + 1000,
  baseURL: `http://127.0.0.1:${app.port + 1000}`,
}));

export function kitNamed(name: string): Kit {
  const kit = kits.find((candidate) => candidate.name === name);
  if (!kit) throw new Error(`Unknown kit "${name}"; known: ${kits.map((k) => k.name).join(", ")}`);
  return kit;
}

/**
 * The kits to serve and test. Playwright starts every configured web server whatever projects
 * are selected, so the selection is made here: E2E_KITS (comma-separated, "none" for none) when
 * set, else every kit whose app exists in this checkout.
 */
export function selectedKits(env: NodeJS.ProcessEnv = process.env): Kit[] {
  const wanted = env.E2E_KITS?.trim();
  if (wanted === undefined || wanted === "") {
    return kits.filter((kit) => existsSync(join(kit.appDir, "package.json")));
  }
  if (wanted === "none") return [];
  return wanted.split(",").map((name) => kitNamed(name.trim()));
}
