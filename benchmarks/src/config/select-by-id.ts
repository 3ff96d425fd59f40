// A profile may run part of a list (some interaction cases, some routes): picked by id, and a
// mistyped id is refused with the ids there are rather than running nothing.
export function selectById<Item extends { id: string }>(
  items: readonly Item[],
  ids: readonly string[] | undefined,
  kind: string,
): readonly Item[] {
  if (!ids) return items;
  const known = items.map((item) => item.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new Error(`Unknown ${kind} ${unknown.join(", ")}; known: ${known.join(", ")}`);
  }
  return items.filter((item) => ids.includes(item.id));
}
