import { createVanillaExtractPlugin } from "@vanilla-extract/next-plugin";
import type { NextConfig } from "next";

// vanilla-extract compiles the kit's .css.ts files at build time. Its Turbopack support is
// experimental (the plugin calls it unstable_turbopack): turned on explicitly, so all three apps
// build with the same bundler; `next build --webpack` uses the plugin's webpack half.
const withVanillaExtract = createVanillaExtractPlugin({ unstable_turbopack: { mode: "on" } });

const nextConfig: NextConfig = {
  // .next for Turbopack (the default), .next-webpack for `next build --webpack`: see
  // tooling/dashboard-apps.mjs.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Browser source maps, so the benchmarks can attribute each chunk's bytes to the package they
  // come from (the styling library's share of the JS). A browser fetches a map only for its
  // developer tools: what a seller downloads is one comment line per chunk.
  productionBrowserSourceMaps: true,
  // The workspace packages ship TypeScript source.
  transpilePackages: [
    "@payout-styles/dashboard-server",
    "@payout-styles/data",
    "@payout-styles/ui-core",
    "@payout-styles/ui-vanilla",
  ],
  // PGlite loads its WebAssembly and data files next to its own module at run time. webpack
  // leaves a package external only when the app itself can resolve it: hence the app's own
  // dependency on @electric-sql/pglite.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default withVanillaExtract(nextConfig);
