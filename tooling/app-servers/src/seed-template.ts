// A pristine seeded database that every test run copies, so no run sees another's changes and
// only the first run pays for the seed (~30 s). The template is reseeded when the data layer's
// source (schema, migrations, seed, domain) changes, which its fingerprint records.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "./repo-root";

const dataPackage = join(repoRoot, "packages", "data");
export const seedTemplateDir = join(repoRoot, ".data", "seed-template");
const fingerprintFile = `${seedTemplateDir}.fingerprint`;
const lockDir = `${seedTemplateDir}.lock`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.test\.ts$/.test(entry.name) ? [] : [path];
    })
    .sort();
}

/** A hash of every file the seeded data depends on. */
function dataSourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of [
    ...sourceFiles(join(dataPackage, "src")),
    ...sourceFiles(join(dataPackage, "migrations")),
  ]) {
    hash.update(relative(dataPackage, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function templateIsCurrent(fingerprint: string): boolean {
  return (
    existsSync(seedTemplateDir) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, "utf8") === fingerprint
  );
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lockHolder(): number | undefined {
  try {
    return Number(readFileSync(join(lockDir, "pid"), "utf8")) || undefined;
  } catch {
    return undefined;
  }
}

/** Takes the seeding lock, or answers false while another live process holds it. */
function tryLock(): boolean {
  mkdirSync(dirname(lockDir), { recursive: true });
  try {
    mkdirSync(lockDir);
  } catch {
    const holder = lockHolder();
    // A lock without a pid is being taken right now; one whose holder died is stale.
    if (holder === undefined || processIsAlive(holder)) return false;
    rmSync(lockDir, { recursive: true, force: true });
    return tryLock();
  }
  writeFileSync(join(lockDir, "pid"), String(process.pid));
  return true;
}

function seedInto(dir: string): void {
  const tsx = join(dataPackage, "node_modules", ".bin", "tsx");
  const { DATABASE_URL: _server, ...env } = process.env;
  console.log(`Seeding the e2e template database into ${dir} (full profile, about 30 s)…`);
  const result = spawnSync(tsx, ["src/cli/seed.ts", "--profile", "full", "--data-dir", dir], {
    cwd: dataPackage,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`Seeding the template failed (exit ${result.status})`);
}

/** The template's path, seeding it first when it is missing or stale. */
export async function ensureSeedTemplate(): Promise<string> {
  const fingerprint = dataSourceFingerprint();
  while (!templateIsCurrent(fingerprint)) {
    if (!tryLock()) {
      await sleep(1_000);
      continue;
    }
    try {
      if (templateIsCurrent(fingerprint)) break;
      const partial = `${seedTemplateDir}.partial`;
      rmSync(partial, { recursive: true, force: true });
      seedInto(partial);
      rmSync(seedTemplateDir, { recursive: true, force: true });
      renameSync(partial, seedTemplateDir);
      writeFileSync(fingerprintFile, fingerprint);
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
  return seedTemplateDir;
}
