import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdempotencyKeyReusedError, ValidationError } from "../errors";
import { idempotencyKeys } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { insertTestSeller } from "../testing/fixtures";
import { openTestStore } from "../testing/test-store";
import { inCommandTransaction } from "./command-transaction";
import { type IdempotentRequest, type JsonValue, withIdempotency } from "./idempotency";
import { newKey } from "./testing/seeded-commands";

let store: PayoutStore;
let sellerId: string;
const now = new Date("2026-11-17T06:00:00Z");

beforeAll(async () => {
  store = await openTestStore();
  sellerId = await insertTestSeller(store.db);
});
afterAll(() => store.close());

/** Runs a keyed command in its own transaction; `perform` counts how often it really ran. */
function keyedCommand(request: IdempotentRequest, perform: () => Promise<JsonValue>) {
  return inCommandTransaction(store.db, (tx) => withIdempotency(tx, request, perform));
}

const keyRows = (key: string) =>
  store.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));

describe("withIdempotency", () => {
  it("performs once for two identical requests that arrive at the same time", async () => {
    let performed = 0;
    const request = {
      sellerId,
      key: newKey("race"),
      operation: "test",
      request: { amount: 1 },
      now,
    };
    const perform = async () => {
      performed += 1;
      return { payoutId: `po_${performed}`, at: now.toISOString() };
    };
    const [first, second] = await Promise.all([
      keyedCommand(request, perform),
      keyedCommand(request, perform),
    ]);
    expect(performed).toBe(1);
    expect(second).toEqual(first);
  });

  it("replays the stored response later, and refuses the key for other parameters or commands", async () => {
    const request = {
      sellerId,
      key: newKey("replay"),
      operation: "test",
      request: { amount: 1 },
      now,
    };
    const first = await keyedCommand(request, async () => ({ n: 1 }));
    expect(await keyedCommand(request, async () => ({ n: 2 }))).toEqual(first);
    await expect(
      keyedCommand({ ...request, request: { amount: 2 } }, async () => ({ n: 3 })),
    ).rejects.toThrow(IdempotencyKeyReusedError);
    await expect(
      keyedCommand({ ...request, operation: "other" }, async () => ({ n: 4 })),
    ).rejects.toThrow(IdempotencyKeyReusedError);
  });

  it("stores nothing when the command fails, so the key can be used again", async () => {
    const request = { sellerId, key: newKey("fails"), operation: "test", request: {}, now };
    await expect(
      keyedCommand(request, async () => {
        throw new ValidationError([{ field: "amount", message: "is wrong" }]);
      }),
    ).rejects.toThrow(ValidationError);
    expect(await keyRows(request.key)).toEqual([]);
    expect(await keyedCommand(request, async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it("checks the key's format before anything is stored", async () => {
    let performed = false;
    await expect(
      keyedCommand({ sellerId, key: "bad key", operation: "test", request: {}, now }, async () => {
        performed = true;
        return null;
      }),
    ).rejects.toThrow(ValidationError);
    expect(performed).toBe(false);
    expect(await keyRows("bad key")).toEqual([]);
  });
});
