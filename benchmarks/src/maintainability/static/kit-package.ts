// The package a target's app takes its components from (packages/ui-<kit>, or ui-floor), found
// from the app's own dependencies, and the third-party packages that package uses itself: its
// styling library (cva, clsx and tailwind-merge; @vanilla-extract/*; styled-components).
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";

export interface KitPackage {
  name: string;
  dir: string;
  /** The package's own third-party dependencies and peers, React aside. */
  stylingPackages: ReadonlySet<string>;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const kitPackageName = /^@payout-styles\/ui-(?!core$)[a-z]+$/;
const notStyling = /^(@payout-styles\/.+|react|react-dom)$/;

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

export function kitPackageOf(appDir: string): KitPackage {
  const names = Object.keys(readManifest(appDir).dependencies ?? {}).filter((name) =>
    kitPackageName.test(name),
  );
  if (names.length !== 1) {
    throw new Error(`${appDir} should depend on one kit package, found ${names.length}`);
  }
  const name = names[0] as string;
  const dir = realpathSync(join(appDir, "node_modules", name));
  const manifest = readManifest(dir);
  const stylingPackages = new Set(
    Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
      (dependency) => !notStyling.test(dependency),
    ),
  );
  return { name, dir, stylingPackages };
}
