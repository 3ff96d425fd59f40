// Serves one kit's production build for the suite: `tsx servers/serve-kit.ts <kit> [bundler]`,
// on a fresh copy of the seeded database (removed when the server stops) and a random session
// secret, so runs never share state.
import { startAppServer } from "@payout-styles/app-servers";
import { type Bundler, distDirOf, kitNamed } from "../kits";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const kit = (() => {
  try {
    return kitNamed(process.argv[2] ?? "");
  } catch (error) {
    return fail(`Usage: tsx servers/serve-kit.ts <kit>. ${(error as Error).message}`);
  }
})();
const bundler = process.argv[3] ?? "turbopack";
if (bundler !== "turbopack" && bundler !== "webpack") {
  fail(`Usage: tsx servers/serve-kit.ts <kit> [turbopack|webpack]; got bundler "${bundler}".`);
}

const server = await startAppServer({
  name: `e2e-${kit.name}`,
  appDir: kit.appDir,
  distDir: distDirOf(bundler as Bundler),
  port: kit.port,
}).catch((error: Error) => fail(error.message));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.stop(signal));
}
const code = await server.exited;
process.exit(code ?? 0);
