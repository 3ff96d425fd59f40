// The key session cookies are signed with: SESSION_SECRET, or else a random key made on first use
// and kept in the data directory (mode 0600), so sessions survive a restart and no secret is ever
// written into the code.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { localDataDir } from "./data-dir";

const minimumSecretLength = 32;

let secret: Promise<Uint8Array> | undefined;

export function sessionSecret(): Promise<Uint8Array> {
  secret ??= loadSessionSecret();
  return secret;
}

async function loadSessionSecret(): Promise<Uint8Array> {
  const configured = process.env.SESSION_SECRET;
  if (configured !== undefined && configured !== "") {
    if (configured.length < minimumSecretLength) {
      throw new RangeError(`SESSION_SECRET must be at least ${minimumSecretLength} characters`);
    }
    return new TextEncoder().encode(configured);
  }
  return new TextEncoder().encode(await storedSecret(localDataDir()));
}

async function storedSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, "session-secret");
  await mkdir(dataDir, { recursive: true });
  try {
    // "wx": of two processes starting at once, one writes and the other reads what it wrote.
    const generated = randomBytes(32).toString("base64url");
    await writeFile(file, generated, { flag: "wx", mode: 0o600 });
    return generated;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const stored = (await readFile(file, "utf8")).trim();
    if (stored.length < minimumSecretLength) throw new RangeError(`${file} holds no usable secret`);
    return stored;
  }
}
