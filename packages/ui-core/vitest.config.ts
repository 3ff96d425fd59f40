import { defineConfig } from "vitest/config";

// jsdom is not installed: tests cover the pure modules; hooks stay thin over them.
export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
