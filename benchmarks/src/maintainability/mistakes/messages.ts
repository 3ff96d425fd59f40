// The first line of what each tool said, for a table cell: the line a developer reads first, without
// colours, stack frames or the wrapper lines a bundler puts around a plugin's error.
import { stripVTControlCharacters } from "node:util";

const maxLength = 160;

function clip(text: string): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function lines(text: string): string[] {
  return stripVTControlCharacters(text)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "TS2551 Property 'surfce' does not exist on type …": the code and the message's first line. */
export function typeScriptMessage(code: number, messageText: string): string {
  return clip(`TS${code} ${lines(messageText)[0] ?? ""}`.trim());
}

/** The part of Biome's JSON report (`--reporter=json`) read here. */
export interface BiomeReport {
  diagnostics: { severity: string; category?: string; message: string }[];
}

/** "useTailwindSortedClasses: These CSS classes should be sorted." and the other rules that fired. */
export function biomeMessage(report: BiomeReport): string | undefined {
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const [first] = errors;
  if (!first) return undefined;
  const rule = (diagnostic: { category?: string }) =>
    diagnostic.category?.split("/").at(-1) ?? "error";
  const others = [...new Set(errors.slice(1).map(rule))].filter((name) => name !== rule(first));
  const also = others.length > 0 ? ` (also ${others.join(", ")})` : "";
  return clip(`${rule(first)}: ${lines(first.message)[0] ?? ""}${also}`);
}

// Lines a bundler wraps a plugin's error in: the count, and the plugin with the file alone.
const wrapperLine = /^(Build failed with \d+ errors?:?|\[plugin [^\]]+\]\s+\S+)$/;
const errorPrefix = /^[A-Za-z]*Error:\s*/;

/** The plugin's own message from a failed Vite build (Rolldown lists each error in `errors`). */
export function buildErrorMessage(error: unknown): string {
  const { errors, message } = error as { errors?: { message?: string }[]; message?: string };
  const text = errors?.[0]?.message ?? message ?? String(error);
  const line = lines(text).find((candidate) => !wrapperLine.test(candidate)) ?? "build failed";
  return clip(line.replace(errorPrefix, ""));
}

// Lines of `next build`'s output that name an error without saying it.
const nextWrapper = /^(Turbopack build failed|Error evaluating|Failed to|Build failed)/;

/** The first error `next build` printed: "Cannot apply unknown utility class `bg-cnavas`". */
export function nextBuildMessage(output: string): string {
  for (const line of lines(output)) {
    const said = /^(?:[A-Za-z]*Error|Type error):\s*(.+)$/.exec(line)?.[1];
    if (said && !nextWrapper.test(said)) return clip(said);
  }
  return "next build failed";
}
