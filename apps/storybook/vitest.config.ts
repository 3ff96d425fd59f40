import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The fixtures test calls the dashboard's own loaders on the seed's "test" profile in an
// in-memory PGlite, with Next's request modules replaced as dashboard-server's tests replace them.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: [
      fileURLToPath(import.meta.resolve("@payout-styles/dashboard-server/testing/mock-next")),
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      SESSION_SECRET: "test-secret-for-storybook-fixtures-only",
      PAYOUT_NOW: "",
    },
  },
});
