// The story tests: every story of the static build (`storybook build`), rendered in each kit and
// each theme in the machine's Chromium, its play function run and its a11y report read. A project
// per kit and theme, so a failure names both; the static site is served by `vite preview`.
import { join } from "node:path";
import { chromiumArgs, findChromium } from "@payout-styles/chromium";
import { defineConfig } from "@playwright/test";
import { type StoryTestOptions, storyKits, storyThemes } from "./story-options";

const appDir = join(import.meta.dirname, "..");
const port = Number(process.env.STORYBOOK_TEST_PORT ?? 6107);

export default defineConfig<StoryTestOptions>({
  testDir: ".",
  testMatch: "*.spec.ts",
  fullyParallel: false,
  workers: 2,
  // Flaky tests are fixed, not retried.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  outputDir: join(appDir, ".test-results", "story-artifacts"),
  reporter: [
    ["list"],
    ["json", { outputFile: join(appDir, ".test-results", "playwright-stories.json") }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    timezoneId: "UTC",
  },
  projects: storyKits.flatMap((kit) =>
    storyThemes.map((theme) => ({ name: `${kit}-${theme}`, use: { kit, theme } })),
  ),
  webServer: {
    command: `${join(appDir, "node_modules", ".bin", "vite")} preview --outDir storybook-static --port ${port} --strictPort`,
    cwd: appDir,
    url: `http://127.0.0.1:${port}/index.json`,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
