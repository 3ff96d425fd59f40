// Client idempotency keys (the Stripe model): the first response to a key is stored with a hash
// of the request, in the same transaction as the command's writes, and replayed for the same key;
// the same key with other parameters is refused. A command that throws stores nothing, since its
// transaction rolls back with the key row.
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { instantSchema } from "../boundary-schemas";
import { IdempotencyKeyReusedError, parseInput } from "../errors";
import { idempotencyKeys } from "../schema";
import type { Queryable } from "../store/open-store";

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export const idempotencyKeySchema = z
  .string({ error: "must be an idempotency key" })
  .regex(/^[A-Za-z0-9_-]{8,255}$/, "must be 8 to 255 letters, digits, '-' or '_'");

const idempotencyInputSchema = z.object({
  sellerId: z.string().min(1),
  key: idempotencyKeySchema,
  operation: z.string().min(1),
  now: instantSchema,
});

export interface IdempotentRequest {
  sellerId: string;
  key: string;
  /** The command's name: a key used for one command is refused for another. */
  operation: string;
  /** The parameters that must match on replay (not the clock: a replay comes later). */
  request: JsonValue;
  now: Date;
}

/** JSON with object keys sorted at every level, so equal requests hash alike. */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(request: JsonValue): string {
  return createHash("sha256").update(canonicalJson(request)).digest("hex");
}

/** A 64-bit advisory lock id for one seller's key: two requests with it run one after the other. */
function advisoryLockId(sellerId: string, key: string): string {
  const digest = createHash("sha256").update(`${sellerId}\u0000${key}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * Runs `perform` once per (seller, key). Call it inside the command's transaction: the lock is
 * transaction-scoped, and the stored response commits or rolls back with the command's writes.
 */
export async function withIdempotency<Response extends JsonValue>(
  tx: Queryable,
  request: IdempotentRequest,
  perform: () => Promise<Response>,
): Promise<Response> {
  const { sellerId, key, operation, now } = parseInput(idempotencyInputSchema, request);
  const hash = requestHash(request.request);
  await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLockId(sellerId, key)}::bigint)`);
  const [stored] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.sellerId, sellerId), eq(idempotencyKeys.key, key)));
  if (stored) {
    if (stored.operation !== operation || stored.requestHash !== hash) {
      throw new IdempotencyKeyReusedError(key);
    }
    return stored.response as Response;
  }
  // Through JSON once, so the first answer is exactly what a replay will return.
  const response = JSON.parse(JSON.stringify(await perform())) as Response;
  await tx
    .insert(idempotencyKeys)
    .values({ sellerId, key, operation, requestHash: hash, response, createdAt: now });
  return response;
}
