/**
 * Reads the custom properties declared in a stylesheet back, grouped by the prelude of the
 * block that declares them (`@theme static`, `:root`, `[data-theme="dark"]`). Enough for the
 * flat stylesheets this package writes: no strings containing braces or semicolons.
 */
export function cssVariablesBySelector(css: string): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  const preludes: string[] = [];
  let buffer = "";
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, "")) {
    if (char === "{") {
      preludes.push(buffer.trim());
      buffer = "";
    } else if (char === ";" || char === "}") {
      const declaration = buffer.trim();
      const prelude = preludes.at(-1);
      buffer = "";
      if (declaration.startsWith("--") && prelude !== undefined) {
        const colon = declaration.indexOf(":");
        const name = declaration.slice(0, colon).trim();
        const value = declaration
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, " ");
        const block = blocks.get(prelude) ?? new Map<string, string>();
        block.set(name, value);
        blocks.set(prelude, block);
      }
      if (char === "}") preludes.pop();
    } else {
      buffer += char;
    }
  }
  return blocks;
}
