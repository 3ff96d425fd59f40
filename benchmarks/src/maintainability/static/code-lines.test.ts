import { describe, expect, test } from "vitest";
import { codeLines } from "./code-lines";

describe("codeLines", () => {
  test("leaves out blank lines, line comments, block comments and doc comments", () => {
    const text = [
      "// a file comment",
      "",
      "/** Documented. */",
      "export const a = 1; // trailing",
      "/*",
      "  a block",
      "*/",
      "   ",
      "export function f() {",
      "  return a;",
      "}",
    ].join("\n");
    expect(codeLines("a.ts", text)).toEqual([
      "export const a = 1; // trailing",
      "export function f() {",
      "return a;",
      "}",
    ]);
  });

  test("a // inside a string, a template or JSX text is code, not a comment", () => {
    const text = [
      'const url = "http://example.test";',
      "const css = `",
      "  // not a comment",
      "`;",
      "const link = <p>",
      "  see http://example.test",
      "</p>;",
    ].join("\n");
    expect(codeLines("a.tsx", text)).toHaveLength(7);
  });

  test("every line of a multi-line template is code, a whole-line CSS comment in it is not", () => {
    const text = [
      "const Title = styled.h1`",
      "  /* 16 px on phones */",
      "  color: red;",
      "",
      "  margin: 0;",
      "`;",
    ].join("\n");
    expect(codeLines("a.ts", text)).toEqual([
      "const Title = styled.h1`",
      "color: red;",
      "margin: 0;",
      "`;",
    ]);
  });

  test("JSX text that is only the whitespace between elements does not make a line code", () => {
    const text = ["const x = (", "  <div>", "", "    <span />", "  </div>", ");"].join("\n");
    expect(codeLines("a.tsx", text)).toEqual(["const x = (", "<div>", "<span />", "</div>", ");"]);
  });
});
