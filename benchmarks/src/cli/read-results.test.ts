import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureResults } from "../results/results-fixture";
import { readResults } from "./read-results";

describe("readResults", () => {
  const dir = mkdtempSync(join(tmpdir(), "results-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("reads a valid results file", () => {
    const results = fixtureResults();
    expect(readResults(file("run.json", JSON.stringify(results)))).toEqual(results);
  });

  it("names the file that is missing", () => {
    expect(() => readResults(join(dir, "nope.json"))).toThrow(
      `${join(dir, "nope.json")}: cannot read the results file (no such file)`,
    );
  });

  it("names a file that is not JSON, or not a results file, and says what is wrong", () => {
    expect(() => readResults(file("broken.json", "{"))).toThrow(/broken\.json is not JSON/);
    expect(() => readResults(file("other.json", '{"schemaVersion": 1}'))).toThrow(
      /other\.json is not a valid results file: .*runId/s,
    );
    expect(() => readResults(file("old.json", '{"schemaVersion": 0}'))).toThrow(
      /results schema version 0, this harness reads version 1/,
    );
  });
});
