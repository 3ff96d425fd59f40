// One suite, a project per kit: the same specs run against each kit's production app, served by
// servers/serve-kit.ts on a fresh copy of the seeded database. Build the apps first (`next build`).
import { join } from "node:path";
import { chromiumArgs, findChromium } from "@payout-styles/chromium";
import { defineConfig, type Project } from "@playwright/test";
import { selectedKits } from "./kits";

const kits = selectedKits();
const tsx = join(import.meta.dirname, "node_modules", ".bin", "tsx");
const browser = kits.length > 0 ? { executablePath: findChromium(), args: chromiumArgs } : {};

// E2E_BUNDLER=webpack serves each app's webpack build (.next-webpack) for the smoke projects;
// by default the suite runs on the Turbopack builds (.next).
const bundler = process.env.E2E_BUNDLER === "webpack" ? "webpack" : "turbopack";

const kitProjects: Project[] =
  bundler === "webpack"
    ? kits.map((kit) => ({
        name: `webpack-${kit.name}`,
        testDir: "smoke",
        use: { baseURL: kit.baseURL },
      }))
    : kits.flatMap((kit) => [
        { name: kit.name, testDir: "specs", use: { baseURL: kit.baseURL } },
        { name: `screenshots-${kit.name}`, testDir: "screenshots", use: { baseURL: kit.baseURL } },
      ]);
const visualParity: Project[] =
  bundler === "webpack"
    ? []
    : [
        // Compares the kits' screenshots pairwise once every kit's screenshot project has run.
        {
          name: "visual-parity",
          testDir: "visual",
          dependencies: kits.map((kit) => `screenshots-${kit.name}`),
        },
      ];

export default defineConfig({
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 2,
  // Flaky tests are fixed, not retried.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 45_000,
  expect: { timeout: 10_000 },
  outputDir: `.test-results/artifacts-${bundler}`,
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: `.test-results/html-${bundler}` }],
    ["json", { outputFile: `.test-results/playwright-${bundler}.json` }],
  ],
  use: {
    launchOptions: browser,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    ...(bundler === "webpack"
      ? []
      : [{ name: "tooling", testDir: ".", testMatch: "**/*.test.ts" }]),
    ...kitProjects,
    ...visualParity,
  ],
  webServer: kits.map((kit) => ({
    command: `${tsx} servers/serve-kit.ts ${kit.name} ${bundler}`,
    url: `${kit.baseURL}/signin`,
    // The first run seeds the template database (~30 s) before the server starts.
    timeout: 240_000,
    // Opt-in for debugging one spec against a server left running (its data may have changed).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  })),
});
