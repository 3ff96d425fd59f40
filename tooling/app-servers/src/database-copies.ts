// Each served app gets its own copy of the seeded template database, in a temp folder named
// after the serving process (`payout-<name>-<pid>-…`). A copy whose process is gone was left by a
// run killed before it could clean up; a live one belongs to a concurrent run and is left alone.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureSeedTemplate } from "./seed-template";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeAbandonedCopies(prefix: string): void {
  for (const entry of readdirSync(tmpdir())) {
    const owner = entry.startsWith(prefix) ? /^(\d+)-/.exec(entry.slice(prefix.length)) : null;
    if (owner && !isAlive(Number(owner[1]))) {
      rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
}

/** A fresh copy of the seeded database (seeding the template first if it is missing or stale). */
export async function copySeededDatabase(name: string): Promise<string> {
  const prefix = `payout-${name}-`;
  removeAbandonedCopies(prefix);
  const template = await ensureSeedTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
  cpSync(template, dataDir, { recursive: true });
  return dataDir;
}
