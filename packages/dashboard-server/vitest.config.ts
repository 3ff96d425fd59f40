import { defineConfig } from "vitest/config";

// The database tests seed an in-memory PGlite with the seed's small "test" profile; the session
// secret is fixed so signed cookies can be made and checked.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/testing/mock-next.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      SESSION_SECRET: "test-secret-for-dashboard-server-vitest-only",
      PAYOUT_NOW: "",
    },
  },
});
