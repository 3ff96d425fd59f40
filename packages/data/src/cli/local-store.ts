// Where the command-line tools keep the embedded database: `<repo>/.data/pglite`, unless
// DATABASE_URL names a PostgreSQL server or PAYOUT_DATA_DIR names another folder.
import { fileURLToPath } from "node:url";
import { openStore, type PayoutStore } from "../store/open-store";

export const defaultDataDir = fileURLToPath(new URL("../../../../.data/pglite", import.meta.url));

export function localDataDir(): string {
  return process.env.PAYOUT_DATA_DIR || defaultDataDir;
}

export function describeLocalStore(): string {
  return process.env.DATABASE_URL
    ? `PostgreSQL server at ${new URL(process.env.DATABASE_URL).host}`
    : `PGlite (embedded) in ${localDataDir()}`;
}

export function openLocalStore(): Promise<PayoutStore> {
  return openStore(process.env.DATABASE_URL ? {} : { dataDir: localDataDir() });
}
