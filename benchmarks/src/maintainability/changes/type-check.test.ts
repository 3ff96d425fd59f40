import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planTypeCheck } from "./type-check";

let root: string;

function writePackage(dir: string, compilerOptions: object) {
  mkdirSync(join(root, dir, "src"), { recursive: true });
  writeFileSync(join(root, dir, "src", "index.ts"), "export const x = 1;\n");
  writeFileSync(
    join(root, dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, ...compilerOptions } }),
  );
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "payout-type-check-"));
  writePackage("packages/tokens", { lib: ["ES2023"], types: [] });
  writePackage("packages/ui-core", { lib: ["ES2023", "DOM"], jsx: "react-jsx", types: [] });
  writePackage("tooling/loose", { lib: ["ES2023"], strict: false, types: [] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("planTypeCheck", () => {
  it("checks packages alike but for lib, types and jsx as one program, with the union of those", () => {
    const runs = planTypeCheck(root, ["packages/tokens", "packages/ui-core"], "combined");
    expect(runs).toEqual([
      {
        packages: ["packages/tokens", "packages/ui-core"],
        tsconfig: "tsconfig.change-check-1.json",
      },
    ]);
    const combined = JSON.parse(readFileSync(join(root, runs[0]?.tsconfig ?? ""), "utf8"));
    expect(combined.compilerOptions).toEqual({
      lib: ["es2023", "dom"],
      types: [],
      jsx: "react-jsx",
    });
    expect(combined.files).toEqual([
      "packages/tokens/src/index.ts",
      "packages/ui-core/src/index.ts",
    ]);
  });

  it("gives a package with other compiler options its own run, on its own tsconfig", () => {
    const runs = planTypeCheck(root, ["packages/tokens", "tooling/loose"], "combined");
    expect(runs.map((run) => run.tsconfig)).toEqual([
      "packages/tokens/tsconfig.json",
      "tooling/loose/tsconfig.json",
    ]);
  });

  it("runs each package's own tsconfig per package", () => {
    const runs = planTypeCheck(root, ["packages/tokens", "packages/ui-core"], "per-package");
    expect(runs).toEqual([
      { packages: ["packages/tokens"], tsconfig: "packages/tokens/tsconfig.json" },
      { packages: ["packages/ui-core"], tsconfig: "packages/ui-core/tsconfig.json" },
    ]);
  });
});
