// One CSV record per call, quoted as RFC 4180 says (CRLF line ends; fields with a comma, quote or
// line break quoted, quotes doubled), so a file streams record by record.
import { stringify } from "csv-stringify/sync";
import { z } from "zod";

export function csvLine(fields: readonly (string | number | null)[]): string {
  return stringify([fields.map((field) => field ?? "")], { record_delimiter: "windows" });
}

/** Rows read from the database per batch: memory stays flat however many rows a file has. */
export const csvBatchSizeSchema = z
  .number()
  .int()
  .min(1, "must be at least 1")
  .max(5_000, "must be at most 5000")
  .default(1_000);
