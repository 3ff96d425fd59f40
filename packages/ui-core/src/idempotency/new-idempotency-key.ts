// A client idempotency key: 128 random bits in hex, within the data layer's idempotencyKeySchema
// (8 to 255 of [A-Za-z0-9_-]). crypto.getRandomValues rather than randomUUID: randomUUID exists
// only in secure contexts, and the app may be served over plain HTTP on a non-localhost host.
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
