// `tsc -p packages/ui-<kit> --extendedDiagnostics`: how long TypeScript takes to check a kit
// (with everything it imports: ui-core, React's types, the styling library's types) and how much
// work that is. Check time is a timing (sampled); instantiations and types are the same on every
// run; the memory figure moves with garbage collection, so it is sampled too.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface TypeCheckFigures {
  checkTimeMs: number;
  instantiations: number;
  types: number;
  memoryMB: number;
}

/** tsc's diagnostics table, `Name:   value` per line, as name → value. */
export function parseDiagnostics(output: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /^([A-Za-z][\w /-]*?):\s+(\S+)\s*$/.exec(line);
    if (match) table.set(match[1] as string, match[2] as string);
  }
  return table;
}

function figure(table: Map<string, string>, name: string, unit: RegExp): number {
  const raw = table.get(name);
  const match = raw === undefined ? null : unit.exec(raw);
  if (!match) {
    throw new Error(`tsc --extendedDiagnostics printed no "${name}" (${raw ?? "missing"})`);
  }
  return Number(match[1]);
}

export function typeCheckFigures(output: string): TypeCheckFigures {
  const table = parseDiagnostics(output);
  return {
    checkTimeMs: figure(table, "Check time", /^(\d+(?:\.\d+)?)s$/) * 1000,
    instantiations: figure(table, "Instantiations", /^(\d+)$/),
    types: figure(table, "Types", /^(\d+)$/),
    // tsc prints the heap used in thousands of bytes ("389713K").
    memoryMB: figure(table, "Memory used", /^(\d+)K$/) / 1000,
  };
}

const run = promisify(execFile);

/** One check of a package with the workspace's tsc; fails with tsc's output if the check fails. */
export async function checkTypes(tscPath: string, packageDir: string): Promise<TypeCheckFigures> {
  try {
    const { stdout } = await run(tscPath, ["-p", packageDir, "--extendedDiagnostics"], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return typeCheckFigures(stdout);
  } catch (error) {
    const { stdout = "", message } = error as { stdout?: string; message: string };
    throw new Error(`tsc -p ${packageDir} failed: ${message}\n${stdout.slice(0, 2000)}`);
  }
}
