// The CSV exports as route-handler responses: streamed line by line from the data layer's export
// (never built in memory), as a download. Another seller's payout answers 404 exactly like a
// missing one, and a malformed filter 400, each with a plain-text reason instead of a 500.
import {
  exportPayoutsCsv,
  exportPayoutTransactionsCsv,
  NotFoundError,
  ValidationError,
} from "@payout-styles/data";
import { appNow } from "./clock";
import { searchParamsRecord } from "./loaders/search-params";
import { requireSeller } from "./session";

/** Lines are sent in chunks of about this many bytes rather than one network write each. */
const chunkBytes = 16 * 1024;

export async function payoutsCsvResponse(request: Request): Promise<Response> {
  const { store, seller } = await requireSeller();
  const params = searchParamsRecord(new URL(request.url).searchParams);
  const filename = `payouts-${appNow().toISOString().slice(0, 10)}.csv`;
  return csvResponse(filename, () => exportPayoutsCsv(store.db, { sellerId: seller.id, params }));
}

export async function payoutTransactionsCsvResponse(payoutId: string): Promise<Response> {
  const { store, seller } = await requireSeller();
  const filename = `payout-${payoutId}-transactions.csv`;
  return csvResponse(filename, () =>
    exportPayoutTransactionsCsv(store.db, { sellerId: seller.id, payoutId }),
  );
}

async function csvResponse(
  filename: string,
  exportLines: () => Promise<AsyncIterable<string>>,
): Promise<Response> {
  let lines: AsyncIterable<string>;
  try {
    lines = await exportLines();
  } catch (error) {
    if (error instanceof NotFoundError)
      return textResponse(404, "Not found: there is no such payout.");
    if (error instanceof ValidationError) {
      // A payout id that is not even shaped like one is a payout that does not exist.
      if (error.issues.some((issue) => issue.field === "payoutId")) {
        return textResponse(404, "Not found: there is no such payout.");
      }
      return textResponse(400, `This export's parameters are not valid: ${error.message}`);
    }
    throw error;
  }
  return new Response(csvStream(lines), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

function csvStream(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      let chunk = "";
      while (chunk.length < chunkBytes) {
        const { value, done } = await iterator.next();
        if (done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function textResponse(status: number, body: string): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
