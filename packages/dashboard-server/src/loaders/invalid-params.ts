// A list screen's URL that the data layer refused (a hand-edited link, a stale cursor): the
// screen's title, each refused parameter by its URL key, and a link to the screen without any.
import { type FieldIssue, ValidationError } from "@payout-styles/data";
import type { InvalidParamsScreenProps } from "@payout-styles/ui-core";

export type ListScreenResult<Props> =
  | { ok: true; props: Props }
  | { ok: false; invalid: InvalidParamsScreenProps };

/** Runs a list screen's loader, turning its ValidationError into the invalid-params answer. */
export async function loadListScreen<Props>(
  screen: { title: string; resetHref: string },
  load: () => Promise<Props>,
): Promise<ListScreenResult<Props>> {
  try {
    return { ok: true, props: await load() };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, invalid: { ...screen, issues: error.issues.map(toParamIssue) } };
  }
}

/** Named by its URL key: "status", not "status.0" for the first of several statuses. */
function toParamIssue({ field, message }: FieldIssue) {
  return { field: field.split(".")[0] ?? field, message };
}
