// Which installed packages are a kit's styling library: the app's styling dependencies and the
// third-party dependencies of its kit package (cva, clsx, tailwind-merge; @vanilla-extract/*;
// styled-components), with everything they depend on that the rest of the app does not also
// use (styled-components' tslib, say, is shared with Radix, so it is not counted as styling).
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

/** The same rule the same-app check uses for an app's styling dependencies. */
const appStylingDependency =
  /^(tailwindcss|@tailwindcss\/.+|@vanilla-extract\/.+|styled-components)$/;
const kitPackage = /^@payout-styles\/ui-(?!core$)[a-z]+$/;
const workspacePackage = /^@payout-styles\//;

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

/** The folder of `name` as resolved from `fromDir`, following node's lookup (pnpm symlinks). */
function packageDir(name: string, fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function runtimeDependencies(manifest: Manifest): string[] {
  return Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies });
}

/** Every package reachable from `roots` (name → folder), each resolved from its dependant. */
function closure(roots: readonly { name: string; from: string }[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...roots];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.name)) continue;
    const dir = packageDir(next.name, next.from);
    if (!dir) continue;
    seen.set(next.name, dir);
    for (const dependency of runtimeDependencies(readManifest(dir))) {
      queue.push({ name: dependency, from: dir });
    }
  }
  return seen;
}

/** The names of the packages that are the app's styling library alone. */
export function stylingPackages(appDir: string): Set<string> {
  const stylingRoots: { name: string; from: string }[] = [];
  const otherRoots: { name: string; from: string }[] = [];
  const visitedWorkspace = new Set<string>();
  const visit = (dir: string) => {
    const manifest = readManifest(dir);
    if (visitedWorkspace.has(manifest.name)) return;
    visitedWorkspace.add(manifest.name);
    const isKit = kitPackage.test(manifest.name);
    for (const dependency of runtimeDependencies(manifest)) {
      if (workspacePackage.test(dependency)) {
        const dependencyDir = packageDir(dependency, dir);
        if (dependencyDir) visit(dependencyDir);
      } else if (isKit || appStylingDependency.test(dependency)) {
        stylingRoots.push({ name: dependency, from: dir });
      } else {
        otherRoots.push({ name: dependency, from: dir });
      }
    }
  };
  visit(appDir);
  const shared = closure(otherRoots);
  return new Set([...closure(stylingRoots).keys()].filter((name) => !shared.has(name)));
}

/** The package a bundled source file comes from (the last node_modules/<name> in its path). */
export function packageOfSource(source: string): string | undefined {
  const matches = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
  return matches.at(-1)?.[1];
}
