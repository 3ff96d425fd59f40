import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sellers } from "../schema";
import { openStore } from "./open-store";

const scratch = mkdtempSync(join(tmpdir(), "payout-store-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the embedded store on a data directory", () => {
  it("creates missing parent folders, migrates, and keeps its data across opens", async () => {
    const dataDir = join(scratch, "not", "yet", "there");
    const first = await openStore({ url: "", dataDir });
    expect(first.engine).toBe("pglite");
    await first.db.insert(sellers).values({
      id: "sel_kept000000000",
      name: "Kept Kitchen",
      email: "kept@example.test",
      passwordHash: "scrypt$1$1$1$AA==$AA==",
      currency: "USD",
      locale: "en-US",
      timeZone: "America/New_York",
      country: "US",
      scheduleInterval: "manual",
      holdDays: 2,
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    await first.close();
    const second = await openStore({ url: "", dataDir });
    expect(await second.db.$count(sellers)).toBe(1);
    await second.close();
  });
});
