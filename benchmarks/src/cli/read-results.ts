// Reads a results file for a command, with an error that names the file and what is wrong with it.
import { readFileSync } from "node:fs";
import { type BenchResults, parseResults } from "../results/schema";

export function readResults(file: string): BenchResults {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new Error(`${file}: cannot read the results file (${reason})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  return parseResults(json, file);
}
