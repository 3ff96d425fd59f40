// The seed's only source of randomness: xoroshiro128+ from pure-rand, seeded from a stream name.
// Each demo seller draws from its own stream, so adding orders to one seller never shifts another.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { JumpableRandomGenerator } from "pure-rand/types/JumpableRandomGenerator";
import { type IdKind, idBodyLength, idFromBytes } from "../ids";

const seedVersion = "payout-styles/seed/v1";

/** FNV-1a: turns a stream name into a 32-bit seed. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seedVersion}/${name}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export class SeedRandom {
  private readonly generator: JumpableRandomGenerator;

  constructor(streamName: string) {
    this.generator = xoroshiro128plus(seedOf(streamName));
    // The first outputs after seeding from a small integer are poorly mixed.
    for (let step = 0; step < 16; step += 1) this.generator.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** A float in [0, 1): for probabilities and shapes, never for amounts. */
  float(): number {
    return uniformFloat64(this.generator);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new RangeError("cannot pick from an empty list");
    return item;
  }

  /** Picks by integer weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let ticket = this.int(1, total);
    for (const [value, weight] of choices) {
      ticket -= weight;
      if (ticket <= 0) return value;
    }
    throw new RangeError("weighted choices need a positive total weight");
  }

  bytes(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index += 1) bytes[index] = this.int(0, 255);
    return bytes;
  }

  digits(length: number): string {
    let digits = "";
    for (let index = 0; index < length; index += 1) digits += String(this.int(0, 9));
    return digits;
  }

  id(kind: IdKind): string {
    return idFromBytes(kind, this.bytes(idBodyLength));
  }
}
