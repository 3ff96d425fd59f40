// Public ids look like Stripe's: a prefix naming the thing and random base-32 characters.
// The seed makes the same shape from its seeded generator so that its data is reproducible.
import { randomBytes } from "node:crypto";

export const idPrefixes = {
  seller: "sel",
  bankAccount: "ba",
  order: "ord",
  refund: "re",
  chargeback: "dp",
  adjustment: "adj",
  payout: "po",
} as const;

export type IdKind = keyof typeof idPrefixes;

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
export const idBodyLength = 14;

export function idFromBytes(kind: IdKind, bytes: Uint8Array): string {
  let body = "";
  for (let index = 0; index < idBodyLength; index += 1) {
    body += alphabet[(bytes[index] ?? 0) % alphabet.length];
  }
  return `${idPrefixes[kind]}_${body}`;
}

export function newId(kind: IdKind): string {
  return idFromBytes(kind, randomBytes(idBodyLength));
}

export function isIdOf(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[${alphabet}]{${idBodyLength}}$`).test(value);
}
