// The code lines of a TypeScript or TSX file, as cloc counts them (a line holding anything but
// whitespace and comments), with their text: the styling-lines rule compares them line by line.
// Read from the compiler's own tokens rather than a regular expression, so a `//` inside a string,
// a template literal or JSX text is never taken for a comment.
import ts from "typescript";

function markTokens(node: ts.Node, file: ts.SourceFile, marked: Set<number>): void {
  // The parser hangs doc comments on the nodes they document: they are comments all the same.
  if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
  const children = node.getChildren(file);
  if (children.length > 0) {
    for (const child of children) markTokens(child, file, marked);
    return;
  }
  if (ts.isJsxText(node) && node.containsOnlyTriviaWhiteSpaces) return;
  const start = node.getStart(file);
  const end = node.getEnd();
  if (start === end) return;
  const first = file.getLineAndCharacterOfPosition(start).line;
  const last = file.getLineAndCharacterOfPosition(end - 1).line;
  // A token may span lines (a template literal, JSX text): every line it covers holds code.
  for (let line = first; line <= last; line++) marked.add(line);
}

// A line that is one whole block comment inside a template literal (a CSS comment in a styled
// template) is a comment to cloc too; outside templates the tokens already leave such lines out.
const cssCommentLine = /^\/\*.*\*\/$/;

/** Each code line's text, trimmed, in file order. */
export function codeLines(fileName: string, text: string): string[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const marked = new Set<number>();
  markTokens(file, file, marked);
  const lines = text.split(/\r?\n/);
  return [...marked]
    .sort((a, b) => a - b)
    .map((line) => (lines[line] ?? "").trim())
    .filter((line) => line !== "" && !cssCommentLine.test(line));
}
