// The CSS a kit's pages hold, analysed by @projectwallace/css-analyzer. What is analysed is every
// distinct top-level rule the browser held after visiting the bench routes, as Chrome serialises
// it: a build's stylesheets, the <style> tags a server render streams and the rules a runtime
// inserts alike (styled-components exists only at run time), each rule once however many
// stylesheets or routes repeated it, so the figures describe the kit's CSS rather than how often
// a page carries it (the bytes dimension counts that).
import { analyze } from "@projectwallace/css-analyzer";

export interface CssFigures {
  /** UTF-8 bytes of the distinct rules, serialised. */
  bytes: number;
  rules: number;
  declarations: number;
  uniqueColours: number;
  /** The highest selector specificity, [ids, classes/attributes/pseudo-classes, elements]. */
  maxSpecificity: readonly [number, number, number];
  importants: number;
}

/** Each rule text once, in the order first seen. */
export function distinctRules(ruleLists: readonly (readonly string[])[]): string[] {
  return [...new Set(ruleLists.flat())];
}

export function analyseCss(css: string): CssFigures {
  const result = analyze(css);
  const [ids = 0, classes = 0, elements = 0] = result.selectors.specificity.max;
  return {
    bytes: Buffer.byteLength(css),
    rules: result.rules.total,
    declarations: result.declarations.total,
    uniqueColours: result.values.colors.totalUnique,
    maxSpecificity: [ids, classes, elements],
    importants: result.declarations.importants.total,
  };
}
