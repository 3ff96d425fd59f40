// The figures read from a kit package's source (tests left out): files and code lines by cloc;
// styling lines by the rule in styling-lines.ts, against the floor package's file of the same
// path; React components and styling-library calls from each file's syntax tree.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LineCount } from "./cloc";
import { codeLines } from "./code-lines";
import { countDefinitions } from "./definitions";
import { unmatchedLines } from "./styling-lines";

export interface SourceFigures {
  files: number;
  lines: number;
  stylingLines: number;
  reactComponents: number;
  stylingCalls: number;
}

export interface PackageSource {
  srcDir: string;
  lines: LineCount;
  stylingPackages: ReadonlySet<string>;
}

const typeScript = /\.tsx?$/;

export function sourceFigures(kit: PackageSource, floor: PackageSource): SourceFigures {
  const figures: SourceFigures = {
    files: kit.lines.codeByFile.size,
    lines: kit.lines.code,
    stylingLines: 0,
    reactComponents: 0,
    stylingCalls: 0,
  };
  for (const [path, code] of kit.lines.codeByFile) {
    const inFloor = floor.lines.codeByFile.has(path);
    if (!typeScript.test(path)) {
      // A stylesheet: the floor has none, so every line of it is styling.
      if (inFloor) throw new Error(`${path} is in the floor too, and only TypeScript is diffed`);
      figures.stylingLines += code;
      continue;
    }
    const text = readFileSync(join(kit.srcDir, path), "utf8");
    const floorLines = inFloor
      ? codeLines(path, readFileSync(join(floor.srcDir, path), "utf8"))
      : undefined;
    figures.stylingLines += unmatchedLines(codeLines(path, text), floorLines);
    const definitions = countDefinitions(path, text, kit.stylingPackages);
    figures.reactComponents += definitions.reactComponents;
    figures.stylingCalls += definitions.stylingCalls;
  }
  return figures;
}
