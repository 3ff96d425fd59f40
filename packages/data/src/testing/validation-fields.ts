// The fields a ValidationError names: what a form or URL test asserts on. Any other error is
// rethrown, and an accepted input names none.
import { ValidationError } from "../errors";

function fieldsOf(error: unknown): string[] {
  if (error instanceof ValidationError) return error.issues.map((issue) => issue.field);
  throw error;
}

export function validationFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return fieldsOf(error);
  }
  return [];
}

export async function validationFieldsAsync(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    return fieldsOf(error);
  }
  return [];
}
