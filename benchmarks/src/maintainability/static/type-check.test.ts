import { describe, expect, test } from "vitest";
import { parseDiagnostics, typeCheckFigures } from "./type-check";

// tsc 5.9's --extendedDiagnostics output for packages/ui-styled, as printed.
const output = `Files:                         402
Lines of Library:            51739
Lines of Definitions:       105925
Lines of TypeScript:         12285
Identifiers:                131604
Symbols:                    285480
Types:                       59931
Instantiations:             728450
Memory used:               389713K
Assignability cache size:    15212
I/O Read time:               0.03s
Parse time:                  1.54s
Program time:                1.98s
Bind time:                   0.48s
Check time:                  4.58s
printTime time:              0.00s
Total time:                  7.04s
`;

describe("typeCheckFigures", () => {
  test("reads check time in ms, instantiations, types and memory in MB", () => {
    expect(typeCheckFigures(output)).toEqual({
      checkTimeMs: 4580,
      instantiations: 728450,
      types: 59931,
      memoryMB: 389.713,
    });
  });

  test("names with spaces and slashes are read whole", () => {
    const table = parseDiagnostics(output);
    expect(table.get("I/O Read time")).toBe("0.03s");
    expect(table.get("Lines of Definitions")).toBe("105925");
  });

  test("an output without the figures (a failed check) is an error, not a zero", () => {
    expect(() => typeCheckFigures("src/a.ts(1,1): error TS2304: Cannot find name 'x'.")).toThrow(
      /Check time/,
    );
  });
});
