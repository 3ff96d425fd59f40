import { defineConfig } from "vitest/config";

// Every test runs on the embedded default. When DATABASE_URL names a PostgreSQL server, the
// database tests (*.db.test.ts) run a second time against it.
const onServer = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true as const,
        test: {
          name: "embedded",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts"],
          env: { PAYOUT_TEST_TARGET: "pglite" },
        },
      },
      ...(onServer
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: ["src/**/*.db.test.ts"],
                env: { PAYOUT_TEST_TARGET: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
