// A fresh, migrated store for one test file. The embedded default (PGlite in memory) always;
// when the "postgres" test project runs (DATABASE_URL set), a throwaway database on that server,
// dropped again on close.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openStore, type PayoutStore } from "../store/open-store";

export type TestTarget = "pglite" | "postgres";

export function testTarget(): TestTarget {
  return process.env.PAYOUT_TEST_TARGET === "postgres" ? "postgres" : "pglite";
}

export async function openTestStore(): Promise<PayoutStore> {
  if (testTarget() === "pglite") return openStore({ url: "" });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("The postgres test project needs DATABASE_URL.");
  const name = `payout_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString() });
  return {
    ...store,
    async close() {
      await store.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
