import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: [
    "@payout-styles/dashboard-server",
    "@payout-styles/data",
    "@payout-styles/ui-core",
    "@payout-styles/ui-tailwind",
  ],
  // PGlite loads its WebAssembly and data files next to its own module at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default nextConfig;
