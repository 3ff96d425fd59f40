// The dashboard apps, one per kit, and the fixed port each is served on: `npm start`, the
// end-to-end suite and the benchmarks all read this list, so a kit is added in one place.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const dashboardApps = [
  {
    kit: "tailwind",
    label: "Tailwind CSS",
    dir: join(root, "apps/dashboard-tailwind"),
    port: 3001,
  },
  {
    kit: "vanilla",
    label: "vanilla-extract",
    dir: join(root, "apps/dashboard-vanilla"),
    port: 3002,
  },
  {
    kit: "styled",
    label: "styled-components",
    dir: join(root, "apps/dashboard-styled"),
    port: 3003,
  },
];

/**
 * The floor: the same routes with no styling at all, so every benchmark figure can say what
 * styling adds over it. Not one of the kits above: `npm start` and the end-to-end suite serve
 * those three, and the benchmarks read this one beside them.
 */
export const floorApp = {
  kit: "floor",
  label: "floor (no styling)",
  dir: join(root, "apps/dashboard-floor"),
  port: 3004,
};

/** The apps that exist in this checkout (kits arrive one issue at a time). */
export function existingDashboardApps() {
  return dashboardApps.filter((app) => existsSync(join(app.dir, "package.json")));
}

/**
 * The bundlers every app builds with. Each build has its own folder (next.config.ts reads
 * NEXT_DIST_DIR), so the Turbopack and webpack builds of one app sit side by side.
 */
export const bundlers = {
  turbopack: { distDir: ".next", buildArgs: [] },
  webpack: { distDir: ".next-webpack", buildArgs: ["--webpack"] },
};
