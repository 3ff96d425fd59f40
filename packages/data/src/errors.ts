// The typed errors every public function of this package may throw. An app maps each to a clear
// message and status (400, 404, 409, 422), never to a 500.
import type { z } from "zod";

export abstract class PayoutDataError extends Error {
  abstract readonly code: string;
}

export interface FieldIssue {
  /** Dotted path of the offending field, "" for the input as a whole. */
  field: string;
  message: string;
}

/** Input failed validation at the boundary; nothing was read or written. */
export class ValidationError extends PayoutDataError {
  readonly code = "validation_failed";
  constructor(readonly issues: FieldIssue[]) {
    super(
      issues
        .map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
        .join("; "),
    );
    this.name = "ValidationError";
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
    );
  }
}

/** The row does not exist, or belongs to another seller: the two are indistinguishable. */
export class NotFoundError extends PayoutDataError {
  readonly code = "not_found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
    this.name = "NotFoundError";
  }
}

/** The same idempotency key was sent with different parameters. */
export class IdempotencyKeyReusedError extends PayoutDataError {
  readonly code = "idempotency_key_reused";
  constructor(readonly key: string) {
    super(`idempotency key ${key} was already used with different parameters`);
    this.name = "IdempotencyKeyReusedError";
  }
}

/** A payout would take more than the available balance. */
export class InsufficientBalanceError extends PayoutDataError {
  readonly code = "insufficient_balance";
  constructor(
    readonly requested: number,
    readonly available: number,
  ) {
    super(`requested ${requested} but only ${available} is available`);
    this.name = "InsufficientBalanceError";
  }
}

/** The command does not apply to the row's current state (retrying a paid payout, say). */
export class InvalidStateError extends PayoutDataError {
  readonly code = "invalid_state";
  constructor(message: string) {
    super(message);
    this.name = "InvalidStateError";
  }
}

/** Parses input with a schema, turning a failure into a ValidationError. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
