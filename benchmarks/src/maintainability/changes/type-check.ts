// The type check of the packages the patches touch. "per-package" runs `tsc -p` on each one's own
// tsconfig; "combined" checks them as one program, so the sources they share (ui-core, tokens,
// the kits Storybook imports) are checked once instead of once per package: every package whose
// compiler options agree but for `lib`, `types` and `jsx` joins one program, with the union of
// those (its ambient types included by path), and any other package gets its own run.
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface TypeCheckRun {
  /** The packages this run checks, for the outcome's name. */
  packages: string[];
  /** The tsconfig to pass to `tsc -p`, relative to the root. */
  tsconfig: string;
}

interface ParsedPackage {
  dir: string;
  tsconfig: string;
  options: ts.CompilerOptions;
  fileNames: string[];
}

const jsxNames: Partial<Record<ts.JsxEmit, string>> = {
  [ts.JsxEmit.Preserve]: "preserve",
  [ts.JsxEmit.React]: "react",
  [ts.JsxEmit.ReactNative]: "react-native",
  [ts.JsxEmit.ReactJSX]: "react-jsx",
  [ts.JsxEmit.ReactJSXDev]: "react-jsxdev",
};

// Options that may differ within one combined program: their union is taken.
const mergedOptions = new Set(["lib", "types", "jsx", "configFilePath", "pathsBasePath"]);

function parse(root: string, dir: string): ParsedPackage {
  const tsconfig = join(root, dir, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`${tsconfig} cannot be read`);
  return { dir, tsconfig, options: parsed.options, fileNames: parsed.fileNames };
}

function compatibilityKey(options: ts.CompilerOptions): string {
  const kept = Object.entries(options)
    .filter(([name]) => !mergedOptions.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(kept);
}

/** `lib.dom.iterable.d.ts` → `dom.iterable`, the name a tsconfig uses. */
function libName(file: string): string {
  return file.replace(/^lib\./, "").replace(/\.d\.ts$/, "");
}

function typeFiles(pkg: ParsedPackage): string[] {
  return (pkg.options.types ?? []).map((name) => {
    const { resolvedTypeReferenceDirective } = ts.resolveTypeReferenceDirective(
      name,
      pkg.tsconfig,
      pkg.options,
      ts.sys,
    );
    const file = resolvedTypeReferenceDirective?.resolvedFileName;
    if (!file) throw new Error(`${pkg.tsconfig}: the types "${name}" cannot be found`);
    return file;
  });
}

function writeCombined(root: string, group: ParsedPackage[], index: number): string {
  const [first] = group as [ParsedPackage, ...ParsedPackage[]];
  const lib = [...new Set(group.flatMap((pkg) => pkg.options.lib ?? []).map(libName))];
  const jsx = group.map((pkg) => pkg.options.jsx).find((value) => value !== undefined);
  const files = [...new Set(group.flatMap((pkg) => [...pkg.fileNames, ...typeFiles(pkg)]))].sort();
  const name = `tsconfig.change-check-${index}.json`;
  const config = {
    extends: `./${relative(root, first.tsconfig)}`,
    compilerOptions: {
      ...(lib.length > 0 && { lib }),
      types: [],
      ...(jsx !== undefined && { jsx: jsxNames[jsx] }),
    },
    include: [],
    files: files.map((file) => relative(root, file)),
  };
  writeFileSync(join(root, name), `${JSON.stringify(config, null, 2)}\n`);
  return name;
}

/** The `tsc -p` runs that check `packageDirs` (those with a tsconfig.json) under `root`. */
export function planTypeCheck(
  root: string,
  packageDirs: readonly string[],
  mode: "combined" | "per-package",
): TypeCheckRun[] {
  const parsed = packageDirs.map((dir) => parse(root, dir));
  if (mode === "per-package") {
    return parsed.map((pkg) => ({ packages: [pkg.dir], tsconfig: relative(root, pkg.tsconfig) }));
  }
  const groups = new Map<string, ParsedPackage[]>();
  for (const pkg of parsed) {
    const key = compatibilityKey(pkg.options);
    groups.set(key, [...(groups.get(key) ?? []), pkg]);
  }
  return [...groups.values()].map((group, index) => ({
    packages: group.map((pkg) => pkg.dir),
    tsconfig:
      group.length === 1
        ? relative(root, (group[0] as ParsedPackage).tsconfig)
        : writeCombined(root, group, index + 1),
  }));
}
