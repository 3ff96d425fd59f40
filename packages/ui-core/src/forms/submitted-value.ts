import type { FormState } from "../screens/form-state";

/** What a field shows: what was typed when the last submission failed, else the saved value. */
export function submittedOr(state: FormState, name: string, saved: string): string {
  return state.values?.[name] ?? saved;
}
