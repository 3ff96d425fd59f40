// The markup a seller's browser ends up with, as a plain tree read out of the page, and the same
// tree with what styling may change taken out: classes, and the ids React's useId makes (they
// depend on how many components sit above an element, which a styling library may add to),
// renamed in order of appearance. Left out as well, because they differ between two loads of one
// app: the empty hidden containers React's streaming leaves behind (how many depends on how the
// HTML was cut into chunks), the build's server-action ids and hidden inputs' values (per-request
// idempotency keys). The floor must equal every kit after this; so must the kits.

export interface MarkupNode {
  tag: string;
  attributes: [string, string][];
  children: (MarkupNode | string)[];
}

/** Runs in the page: the body as a tree, without scripts, styles and other non-content. */
export function readBodyMarkup(): MarkupNode {
  const skipped = new Set([
    "SCRIPT",
    "STYLE",
    "LINK",
    "NOSCRIPT",
    "TEMPLATE",
    "NEXT-ROUTE-ANNOUNCER",
  ]);
  const read = (element: Element): MarkupNode => ({
    tag: element.tagName.toLowerCase(),
    attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
    children: [...element.childNodes].flatMap((child): (MarkupNode | string)[] => {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent ?? "";
        return text.trim() ? [text.replace(/\s+/g, " ")] : [];
      }
      if (child.nodeType !== Node.ELEMENT_NODE) return [];
      const element = child as Element;
      if (skipped.has(element.tagName)) return [];
      const emptyHidden = element.hasAttribute("hidden") && !element.textContent?.trim();
      return emptyHidden ? [] : [read(element)];
    }),
  });
  return read(document.body);
}

/** The ids React's useId makes, as React 19 writes them (older majors: «r1», :r1:). */
const reactId = /_R_[0-9a-zA-Z]+_|«[0-9a-zA-Z]+»|:[rR][0-9a-zA-Z]+:/g;
/** Attributes styling owns. */
const stylingAttributes = new Set(["class"]);

/** One line per element, text and attribute, indented by depth, ids renamed. */
export function normalizedMarkup(root: MarkupNode): string[] {
  const ids = new Map<string, string>();
  const renamed = (value: string) =>
    value.replace(reactId, (id) => {
      if (!ids.has(id)) ids.set(id, `#${ids.size + 1}`);
      return ids.get(id) as string;
    });
  const lines: string[] = [];
  const walk = (node: MarkupNode | string, depth: number) => {
    const indent = "  ".repeat(depth);
    if (typeof node === "string") {
      lines.push(`${indent}"${node}"`);
      return;
    }
    const hiddenInput =
      node.tag === "input" && node.attributes.some(([n, v]) => n === "type" && v === "hidden");
    const attributes = node.attributes
      .filter(([name]) => !stylingAttributes.has(name))
      .map(([name, value]) => {
        if (name === "value" && hiddenInput) return [name, "…"];
        if (name === "name" && value.startsWith("$ACTION_ID_")) return [name, "$ACTION_ID_…"];
        return [name, renamed(value)];
      })
      .sort(([a], [b]) => (a ?? "").localeCompare(b ?? ""))
      .map(([name, value]) => `${name}="${value}"`);
    lines.push(`${indent}<${[node.tag, ...attributes].join(" ")}>`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines;
}

/** Null when the two are the same; else where they first part, with a few lines around it. */
export function firstDifference(a: readonly string[], b: readonly string[]): string | null {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if (a[index] === b[index]) continue;
    const around = (lines: readonly string[]) =>
      lines
        .slice(Math.max(0, index - 2), index + 3)
        .map((line) => `    ${line}`)
        .join("\n");
    return `line ${index + 1} of ${a.length} vs ${b.length}:\n${around(a)}\n  ---\n${around(b)}`;
  }
  return null;
}
