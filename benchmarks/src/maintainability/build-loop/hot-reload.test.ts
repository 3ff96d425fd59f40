import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../../config/targets";
import { applyEdit } from "./hot-reload";
import { type StyleEdit, styleEdits } from "./style-edits";

const edit: StyleEdit = {
  file: "x.css.ts",
  from: "color: vars.color.fg,",
  to: "color: vars.color.accent,",
  selector: "h1",
  property: "color",
  fromValue: "var(--color-fg)",
  toValue: "var(--color-accent)",
};

describe("applyEdit", () => {
  const text = "export const title = style({\n  color: vars.color.fg,\n});\n";

  test("goes to the new value and back to the file as it was", () => {
    const changed = applyEdit(text, edit, true);
    expect(changed).toContain("color: vars.color.accent,");
    expect(applyEdit(changed, edit, false)).toBe(text);
  });

  test("refuses a file where the text is missing or not unique", () => {
    expect(() => applyEdit("nothing here", edit, true)).toThrow(/found it 0 times/);
    expect(() => applyEdit(text + text, edit, true)).toThrow(/found it 2 times/);
  });
});

describe("styleEdits", () => {
  test.each(Object.entries(styleEdits))(
    "the %s kit's change applies to its file as committed, and back",
    (_kit, kitEdit) => {
      const text = readFileSync(join(repoRoot, kitEdit.file), "utf8");
      expect(applyEdit(applyEdit(text, kitEdit, true), kitEdit, false)).toBe(text);
    },
  );
});
