// A Markdown (GFM) table, written by hand: a row is a join of cells, which a library would not
// shorten. Cells are escaped so no pipe or line break in a label ends a cell early.
/**
 * A table cell's text: no pipe or line break may end the cell early, and `<` is escaped outside
 * code spans (inside one it shows as written).
 */
function escapeCell(text: string): string {
  return text
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ")
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith("`") ? part : part.replace(/</g, "&lt;")))
    .join("");
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(" | ")} |`;
}

export function markdownTable(
  header: readonly string[],
  rows: readonly string[][],
  alignRight = 0,
): string {
  const rule = header.map((_, index) => (index >= header.length - alignRight ? "---:" : "---"));
  return [row(header), `| ${rule.join(" | ")} |`, ...rows.map(row)].join("\n");
}
