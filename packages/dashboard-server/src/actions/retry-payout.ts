// "Retry" on a failed payout: a new payout linked to the failed one, once per idempotency key.
import { InsufficientBalanceError, retryFailedPayout } from "@payout-styles/data";
import { type FormState, formatMoney, retryPayoutFields } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { actionMessages } from "../messages";
import { requireSeller } from "../session";
import { failedForm, fieldText, refreshDashboard } from "./submitted-form";

export async function retryPayout(
  _state: FormState<{ payoutId: string }>,
  formData: FormData,
): Promise<FormState<{ payoutId: string }>> {
  const { store, seller } = await requireSeller();
  const payoutId = fieldText(formData, retryPayoutFields.payoutId);
  try {
    const retry = await retryFailedPayout(store.db, {
      sellerId: seller.id,
      payoutId,
      idempotencyKey: fieldText(formData, retryPayoutFields.idempotencyKey),
      now: appNow(),
    });
    refreshDashboard();
    return { status: "success", result: { payoutId: retry.id } };
  } catch (error) {
    if (error instanceof InsufficientBalanceError) {
      const format = (amount: number) => formatMoney(amount, seller.currency, seller.locale);
      const message = actionMessages.retryAboveBalance(
        format(error.available),
        format(error.requested),
      );
      return { status: "error", message };
    }
    return failedForm(error, { fields: [], values: {} });
  }
}
