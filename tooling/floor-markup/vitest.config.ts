import { defineConfig } from "vitest/config";

// The screens are fed by the real loaders, on dashboard-server's in-memory seeded store (the
// seed's small "test" profile) with Next's request modules replaced, as its own tests do.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    setupFiles: ["@payout-styles/dashboard-server/testing/mock-next"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      SESSION_SECRET: "test-secret-for-floor-markup-vitest-only",
      PAYOUT_NOW: "",
    },
  },
});
