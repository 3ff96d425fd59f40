// The type check stage: the kit package's own TypeScript on its own tsconfig, kept in memory between
// mistakes as `tsc --watch` keeps it. The first check builds the program (a cold `tsc -p` of a kit
// takes 12-18 s here); each later one reuses every unchanged source file and re-checks only the
// files a change can affect (0.2-2 s), which is what makes a check per mistake affordable. Files are
// compared by content, so a reset to HEAD is seen as a change like any other.
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as TypeScript from "typescript";
import type { StageVerdict } from "./first-catch";
import { typeScriptMessage } from "./messages";

export interface TypeChecker {
  /** Every error of the package as it is on disk now; caught when there is one. */
  check(): StageVerdict & { errors: number };
}

export function createTypeChecker(packageDir: string): TypeChecker {
  // The kit's own compiler, as `tsc -p` in that package would run it.
  const ts = createRequire(join(packageDir, "package.json"))("typescript") as typeof TypeScript;
  const configFile = join(packageDir, "tsconfig.json");
  const sources = new Map<string, { text: string; file: TypeScript.SourceFile }>();
  let builder: TypeScript.SemanticDiagnosticsBuilderProgram | undefined;

  function readConfig(): TypeScript.ParsedCommandLine {
    const config = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    });
    if (!config) throw new Error(`${configFile} could not be read`);
    return config;
  }

  return {
    check() {
      const config = readConfig();
      // The incremental host gives each source file the content hash the builder compares.
      const host = ts.createIncrementalCompilerHost(config.options);
      const parse = host.getSourceFile.bind(host);
      host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
        const text = host.readFile(fileName);
        const cached = sources.get(fileName);
        if (text !== undefined && cached?.text === text) return cached.file;
        const file = parse(fileName, languageVersion, onError, shouldCreate);
        if (file && text !== undefined) sources.set(fileName, { text, file });
        return file;
      };
      builder = ts.createSemanticDiagnosticsBuilderProgram(
        config.fileNames,
        config.options,
        host,
        builder,
        config.errors,
      );
      const errors = [
        ...builder.getConfigFileParsingDiagnostics(),
        ...builder.getOptionsDiagnostics(),
        ...builder.getGlobalDiagnostics(),
        ...builder.getSyntacticDiagnostics(),
        ...builder.getSemanticDiagnostics(),
      ].filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
      const [first] = errors;
      if (!first) return { caught: false, errors: 0 };
      const text = ts.flattenDiagnosticMessageText(first.messageText, "\n");
      return { caught: true, message: typeScriptMessage(first.code, text), errors: errors.length };
    },
  };
}
