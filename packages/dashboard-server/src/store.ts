// The one payout store of the server process: PostgreSQL when DATABASE_URL is set, else PGlite in
// the local data directory. Kept on globalThis so that every route bundle, and a development
// server's reloaded modules, share one connection (PGlite allows one process per directory).
import { openStore, type PayoutStore } from "@payout-styles/data";
import { localDataDir } from "./data-dir";

const storeKey = Symbol.for("@payout-styles/dashboard-server/store");

type StoreHolder = { [storeKey]?: Promise<PayoutStore> };

const holder = globalThis as StoreHolder;

export function getStore(): Promise<PayoutStore> {
  holder[storeKey] ??= openStore(process.env.DATABASE_URL ? {} : { dataDir: localDataDir() });
  return holder[storeKey];
}

/** Serves an already open store instead (a test's seeded in-memory store, a script's). */
export function provideStore(store: PayoutStore): void {
  holder[storeKey] = Promise.resolve(store);
}
