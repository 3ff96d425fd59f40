// Splitting an integer amount by weights so the parts add up exactly to the whole.
//
// Largest-remainder method: every part first gets the floor of its exact share; the units left
// over go one each to the parts with the largest fractional remainders, and among equal
// remainders to the part listed first. The order of `weights` is therefore the stated order in
// which a remainder is allocated. Integer arithmetic only (BigInt for the products, so no
// floating point touches an amount).

export function allocate(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`amount must be a safe integer: ${amount}`);
  if (weights.length === 0) throw new RangeError("allocate needs at least one weight");
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weights must be non-negative integers: ${weight}`);
    }
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) throw new RangeError("weights must not all be zero");

  const sign = amount < 0 ? -1n : 1n;
  const magnitude = BigInt(amount) * sign;
  const bigTotal = BigInt(total);
  const shares = weights.map((weight, index) => {
    const exact = magnitude * BigInt(weight);
    return { index, floor: exact / bigTotal, remainder: exact % bigTotal };
  });
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }
  return shares.map((share) => Number(share.floor * sign));
}

/**
 * `bps` basis points of `amount`, rounded half away from zero: the single rounding rule for a
 * percentage fee on its own (a split of a whole uses `allocate`).
 */
export function basisPointsOf(amount: number, bps: number): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(bps)) {
    throw new RangeError("basisPointsOf takes integers");
  }
  const product = BigInt(amount) * BigInt(bps);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  const rounded = (magnitude + 5_000n) / 10_000n;
  return Number(rounded * sign);
}
