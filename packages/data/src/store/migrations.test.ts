import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "payout-migrations-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("migrations", () => {
  it("are in step with the schema: generating from schema.ts adds nothing", () => {
    const out = join(scratch, "migrations");
    cpSync(join(packageDir, "migrations"), out, { recursive: true });
    const before = readdirSync(out).filter((name) => name.endsWith(".sql"));
    // drizzle-kit resolves --out against the working directory, and exits 0 even on errors: the
    // test therefore also reads what it printed.
    const printed = execFileSync(
      join(packageDir, "node_modules", ".bin", "drizzle-kit"),
      [
        "generate",
        "--dialect=postgresql",
        "--schema=./src/schema.ts",
        `--out=${relative(packageDir, out)}`,
      ],
      { cwd: packageDir, encoding: "utf8", stdio: "pipe" },
    );
    const after = readdirSync(out).filter((name) => name.endsWith(".sql"));
    expect(after, "schema.ts changed without a migration: run `pnpm db:generate`").toEqual(before);
    expect(printed).toContain("No schema changes");
  });
});
