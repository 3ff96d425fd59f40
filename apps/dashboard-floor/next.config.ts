import type { NextConfig } from "next";

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
    "@payout-styles/ui-floor",
  ],
  // PGlite loads its WebAssembly and data files next to its own module at run time. webpack
  // leaves a package external only when the app itself can resolve it: hence the app's own
  // dependency on @electric-sql/pglite.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default nextConfig;
