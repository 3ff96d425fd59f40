// Which workspace packages a set of changed files belongs to: the nearest folder with a
// package.json above each file (the repository's root package is left out: it has no sources).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function touchedPackages(
  root: string,
  files: readonly string[],
  isPackage: (dir: string) => boolean = (dir) => existsSync(join(root, dir, "package.json")),
): string[] {
  const packages = new Set<string>();
  for (const file of files) {
    let dir = dirname(file);
    while (dir !== "." && dir !== "/" && !isPackage(dir)) dir = dirname(dir);
    if (dir !== "." && dir !== "/") packages.add(dir);
  }
  return [...packages].sort();
}
