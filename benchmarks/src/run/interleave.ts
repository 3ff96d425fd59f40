// Rounds that take every target once, each round starting one target further on (A B C D,
// B C D A, C D A B, …), so slow drift of a shared machine falls on every target alike.
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const start = round % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** Runs `fn` once per target per round, interleaved; warm-up rounds come first and are marked. */
export async function forEachRound<T>(
  items: readonly T[],
  { rounds, warmups = 0 }: { rounds: number; warmups?: number },
  fn: (item: T, round: { index: number; warmup: boolean }) => Promise<void>,
): Promise<void> {
  for (let index = 0; index < warmups + rounds; index++) {
    for (const item of roundOrder(items, index)) {
      await fn(item, { index, warmup: index < warmups });
    }
  }
}
