import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { kits } from "../kits";
import { type AppUnderCheck, appDifferences } from "./same-app";

const apps: AppUnderCheck[] = kits.map((kit) => ({ kit: kit.name, dir: kit.appDir }));

// The floor is no kit of the suite's, but it is the same app as well: its own entry in the list.
const appsModule = new URL("../../tooling/dashboard-apps.mjs", import.meta.url);
const { floorApp } = (await import(appsModule.href)) as { floorApp: AppUnderCheck };

test("the three dashboard apps are the same app but for their styling configuration", () => {
  expect(apps.map((app) => app.kit)).toEqual(["tailwind", "vanilla", "styled"]);
  expect(appDifferences(apps)).toEqual([]);
});

test("the floor app is the Tailwind app but for its styling configuration", () => {
  const tailwind = apps.find((app) => app.kit === "tailwind");
  if (!tailwind) throw new Error("the Tailwind app is the reference");
  expect(appDifferences([tailwind, { kit: floorApp.kit, dir: floorApp.dir }])).toEqual([]);
});

test.describe("a drifted app is caught", () => {
  let scratch: string;
  let copies: AppUnderCheck[];
  let driftedDir: string;

  test.beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "payout-same-app-"));
    copies = apps.slice(0, 2).map((app) => {
      const dir = join(scratch, app.kit);
      cpSync(join(app.dir, "app"), join(dir, "app"), { recursive: true });
      cpSync(join(app.dir, "package.json"), join(dir, "package.json"));
      return { kit: app.kit, dir };
    });
    driftedDir = join(scratch, "vanilla");
  });

  test.afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  test("a route file changed in one app", () => {
    writeFileSync(join(driftedDir, "app", "signin", "page.tsx"), "export default null;\n");
    expect(appDifferences(copies)).toEqual([
      "app/signin/page.tsx differs between tailwind and vanilla",
    ]);
  });

  test("a route file only one app has", () => {
    writeFileSync(join(driftedDir, "app", "extra.tsx"), "export {};\n");
    expect(appDifferences(copies)).toEqual(["vanilla has app/extra.tsx, tailwind does not"]);
  });

  test("a dependency that is not styling", () => {
    const manifest = join(driftedDir, "package.json");
    writeFileSync(manifest, JSON.stringify({ name: "x", dependencies: { lodash: "4" } }));
    expect(appDifferences(copies)).toEqual(["package.json differs between tailwind and vanilla"]);
  });
});
