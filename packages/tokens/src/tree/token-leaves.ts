/** A tree of the same keys as `Tree`, with every string leaf replaced by a `Leaf`. */
export type MapLeaves<Tree, Leaf> = {
  [Key in keyof Tree]: Tree[Key] extends string ? Leaf : MapLeaves<Tree[Key], Leaf>;
};

export interface TokenLeaf {
  path: readonly string[];
  value: string;
}

// The token trees are plain data: objects whose leaves are strings.
type TokenNode = string | { readonly [key: string]: TokenNode };

function children(node: object): [string, TokenNode][] {
  return Object.entries(node);
}

/** Every leaf of a token tree with its path from the root, in declaration order. */
export function tokenLeaves(tree: object, parentPath: readonly string[] = []): TokenLeaf[] {
  return children(tree).flatMap(([key, node]) => {
    const path = [...parentPath, key];
    return typeof node === "string" ? [{ path, value: node }] : tokenLeaves(node, path);
  });
}

/** The same tree with each leaf replaced by `leaf(value, path)`. */
export function mapLeaves<Tree extends object, Leaf>(
  tree: Tree,
  leaf: (value: string, path: readonly string[]) => Leaf,
  parentPath: readonly string[] = [],
): MapLeaves<Tree, Leaf> {
  const mapped = children(tree).map(([key, node]) => {
    const path = [...parentPath, key];
    return [key, typeof node === "string" ? leaf(node, path) : mapLeaves(node, leaf, path)];
  });
  return Object.fromEntries(mapped) as MapLeaves<Tree, Leaf>;
}
