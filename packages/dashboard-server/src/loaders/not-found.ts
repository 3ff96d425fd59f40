// A detail page for an id that does not exist, that belongs to another seller, or that is not even
// shaped like an id: all three answer the same 404.
import { NotFoundError, ValidationError } from "@payout-styles/data";
import { notFound } from "next/navigation";

export async function orNotFound<Result>(load: () => Promise<Result>): Promise<Result> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) notFound();
    throw error;
  }
}
