import { mkdirSync } from "node:fs";
import { profiles } from "./config/profiles";
import { kitTargets } from "./config/targets";
import { measureBytes } from "./measure/bytes";
import { measureServer } from "./measure/server-load";
import { checkParity } from "./parity/check-parity";
import { launchBrowser } from "./run/browser";
import { serveTargets } from "./run/serve-targets";

const which = process.argv[2] ?? "bytes";
const kits = (process.argv[3] ?? "tailwind").split(",");
const { browser, executablePath, args } = await launchBrowser();
const targets = kitTargets.filter((t) => kits.includes(t.id));
const started = Date.now();
const served = await serveTargets(targets, "turbopack", browser);
console.log("served in", (Date.now() - started) / 1000);
const outDir = "/tmp/bench-dev";
mkdirSync(outDir, { recursive: true });
const ctx = {
  profile: profiles.quick,
  browser,
  chromiumPath: executablePath,
  chromiumArgs: args,
  targets: served.served,
  outDir,
  log: (m: string) => console.log(m),
};
try {
  const t = Date.now();
  if (which === "bytes") {
    const metrics = await measureBytes(ctx);
    for (const m of metrics.filter((m) => /brotli|styling|requests/.test(m.id)))
      console.log(m.id, JSON.stringify(m.samples));
  } else if (which === "server") {
    const metrics = await measureServer(ctx);
    for (const m of metrics) console.log(m.id, JSON.stringify(m.samples));
  } else {
    const out = await checkParity(ctx);
    for (const c of out.checks)
      console.log(c.check, c.target, c.against, c.route, c.passed, c.passed ? "" : c.detail);
    console.log(out.refused);
  }
  console.log(which, "took", (Date.now() - t) / 1000, "s");
} finally {
  await served.stop();
  await browser.close();
}
