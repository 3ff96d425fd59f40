// The three dashboard apps are one app: their route files are the same, file for file, but for
// the kit package they import. What may differ is the configuration each styling approach needs,
// listed here so any new difference is a decision, not drift.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Files each app may shape to its kit's needs (the comparison's findings, kept minimal). */
export const stylingConfigFiles: readonly string[] = [
  "next.config.ts", // the kit's build integration (Tailwind: none; vanilla-extract: its plugin; styled-components: the SWC transform)
  "postcss.config.mjs", // Tailwind only: its PostCSS plugin
  "app/globals.css", // Tailwind only: the one stylesheet
  "app/style-root.tsx", // how the kit's global styles enter the root layout
];

/** Dependencies that belong to a kit's styling; every other dependency must be the same. */
const stylingDependency =
  /^(@payout-styles\/ui-[a-z]+|tailwindcss|@tailwindcss\/.+|@vanilla-extract\/.+|styled-components)$/;

const ignoredNames = new Set([
  "node_modules",
  ".next",
  ".next-webpack",
  ".test-results",
  "next-env.d.ts",
  "tsconfig.tsbuildinfo",
]);

export interface AppUnderCheck {
  kit: string;
  dir: string;
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (ignoredNames.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

function withoutKitName(source: string, kit: string): string {
  return source.replaceAll(`@payout-styles/ui-${kit}`, "@payout-styles/ui-<kit>");
}

function comparableManifest(source: string): string {
  const manifest = JSON.parse(source) as Record<string, unknown>;
  const { name: _name, description: _description, ...rest } = manifest;
  for (const field of ["dependencies", "devDependencies"] as const) {
    const entries = Object.entries((rest[field] ?? {}) as Record<string, string>);
    rest[field] = Object.fromEntries(entries.filter(([dep]) => !stylingDependency.test(dep)));
  }
  return JSON.stringify(rest, null, 2);
}

function comparable(app: AppUnderCheck, file: string): string {
  const source = readFileSync(join(app.dir, file), "utf8");
  return file === "package.json" ? comparableManifest(source) : withoutKitName(source, app.kit);
}

/**
 * Every way the apps differ outside their styling configuration, as readable lines; empty when
 * they are the same app. The first app is the reference.
 */
export function appDifferences(apps: readonly AppUnderCheck[]): string[] {
  const [reference, ...others] = apps;
  if (!reference) return [];
  const allowed = new Set(stylingConfigFiles);
  const shared = (app: AppUnderCheck) => filesUnder(app.dir).filter((file) => !allowed.has(file));
  const referenceFiles = new Set(shared(reference));
  const differences: string[] = [];
  for (const app of others) {
    const files = new Set(shared(app));
    for (const file of referenceFiles) {
      if (!files.has(file)) differences.push(`${app.kit} lacks ${file} (${reference.kit} has it)`);
      else if (comparable(app, file) !== comparable(reference, file)) {
        differences.push(`${file} differs between ${reference.kit} and ${app.kit}`);
      }
    }
    for (const file of files) {
      if (!referenceFiles.has(file))
        differences.push(`${app.kit} has ${file}, ${reference.kit} does not`);
    }
  }
  return differences;
}
