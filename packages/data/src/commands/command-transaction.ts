// Every command runs in one database transaction. The database has the last word on the rules
// it enforces (the payout state machine trigger, the unique keys that stop a second retry or
// reversal): its refusals come back as InvalidStateError, never as a raw driver error.
import { InvalidStateError } from "../errors";
import type { Queryable } from "../store/open-store";

const restrictViolation = "23001";
const uniqueViolation = "23505";

const conflictMessages: Record<string, string> = {
  payouts_retry_of_key: "This payout has already been retried.",
  payouts_reversal_of_key: "This payout has already been reversed.",
  payout_items_entry_key: "This money is already part of another payout.",
};

interface DatabaseRefusal {
  code?: unknown;
  constraint?: unknown;
  message: string;
}

/** Drizzle wraps the driver's error; pg and PGlite both put the SQLSTATE on it as `code`. */
function refusalOf(error: unknown): DatabaseRefusal | null {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error && "code" in cause ? (cause as DatabaseRefusal) : null;
}

function commandError(error: unknown): unknown {
  const refusal = refusalOf(error);
  if (refusal?.code === restrictViolation) {
    return new InvalidStateError(
      `${refusal.message.charAt(0).toUpperCase()}${refusal.message.slice(1)}.`,
    );
  }
  const conflict =
    refusal?.code === uniqueViolation && typeof refusal.constraint === "string"
      ? conflictMessages[refusal.constraint]
      : undefined;
  return conflict ? new InvalidStateError(conflict) : error;
}

export async function inCommandTransaction<Result>(
  db: Queryable,
  work: (tx: Queryable) => Promise<Result>,
): Promise<Result> {
  try {
    return await db.transaction(work);
  } catch (error) {
    throw commandError(error);
  }
}
