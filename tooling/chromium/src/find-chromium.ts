// The Chromium the suite drives: whatever the machine has (Debian's package, Chrome, a snap, or
// Playwright's own download), so no browser download is needed. tooling/ensure-chromium.sh
// installs Debian's package when none is found; this finder looks in the same places.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const noChromiumMessage =
  "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH";

const systemPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

/** Playwright's own Chromium downloads, newest revision first. */
function playwrightCachePaths(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .filter((entry) => /^chromium-\d+$/.test(entry))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
    .flatMap((entry) => [
      join(cacheDir, entry, "chrome-linux64", "chrome"),
      join(cacheDir, entry, "chrome-linux", "chrome"),
    ]);
}

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  playwrightCacheDir?: string;
}

export function findChromium({
  env = process.env,
  exists = existsSync,
  playwrightCacheDir = env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright"),
}: ChromiumLookup = {}): string {
  const override = env.CHROME_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (override) {
    if (!exists(override)) throw new Error(`${noChromiumMessage} (${override} does not exist)`);
    return override;
  }
  const found = [...systemPaths, ...playwrightCachePaths(playwrightCacheDir)].find(exists);
  if (!found) throw new Error(noChromiumMessage);
  return found;
}

/**
 * Quiet, reproducible runs: no background traffic, updates or sync, no GPU (software rendering
 * is the same on every machine, which the screenshots rely on). Playwright adds its own
 * headless flag.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
