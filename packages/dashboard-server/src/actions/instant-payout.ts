// "Pay out now": the fee preview, then the payout itself under the idempotency key the dialog
// made when it opened, so a double click or a replayed request pays once and answers the same.
import {
  createInstantPayout,
  InsufficientBalanceError,
  quoteInstantPayout as priceInstantPayout,
} from "@payout-styles/data";
import {
  type FormState,
  formatMoney,
  type InstantPayoutQuoteView,
  type InstantPayoutResultView,
  instantPayoutFields,
  type SellerView,
} from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { actionMessages } from "../messages";
import { requireSeller } from "../session";
import { parseTypedAmount } from "./major-amount";
import {
  type FormContext,
  failedForm,
  fieldText,
  refreshDashboard,
  submittedValues,
} from "./submitted-form";

const amountField = instantPayoutFields.amount;

function amountForm(values: Record<string, string>): FormContext {
  return {
    fields: [amountField, instantPayoutFields.currency],
    values,
    // The data layer words amount issues to follow the field's name ("must be more than …").
    describe: (field, message) =>
      field === amountField && /^[a-z]/.test(message) ? `The amount ${message}.` : message,
  };
}

function aboveInstantBalance(available: number, seller: SellerView): string {
  return actionMessages.amountAboveInstantBalance(
    formatMoney(available, seller.currency, seller.locale),
  );
}

export async function quoteInstantPayout(
  _state: FormState<InstantPayoutQuoteView>,
  formData: FormData,
): Promise<FormState<InstantPayoutQuoteView>> {
  const { store, seller } = await requireSeller();
  const values = submittedValues(formData, [amountField, instantPayoutFields.currency]);
  const parsed = parseTypedAmount(values.amount, seller.currency);
  if (!parsed.ok)
    return { status: "error", fieldErrors: { [amountField]: parsed.message }, values };
  try {
    const quote = await priceInstantPayout(store.db, {
      sellerId: seller.id,
      amount: parsed.amount,
      asOf: appNow(),
    });
    const result = { ...quote, currency: seller.currency };
    if (quote.amount > quote.availableForInstant) {
      const message = aboveInstantBalance(quote.availableForInstant, seller);
      return { status: "error", fieldErrors: { [amountField]: message }, values, result };
    }
    return { status: "success", values, result };
  } catch (error) {
    return failedForm(error, amountForm(values));
  }
}

export async function payOutNow(
  _state: FormState<InstantPayoutResultView>,
  formData: FormData,
): Promise<FormState<InstantPayoutResultView>> {
  const { store, seller } = await requireSeller();
  const values = submittedValues(formData, [amountField, instantPayoutFields.currency]);
  const parsed = parseTypedAmount(values.amount, seller.currency);
  if (!parsed.ok)
    return { status: "error", fieldErrors: { [amountField]: parsed.message }, values };
  try {
    const payout = await createInstantPayout(store.db, {
      sellerId: seller.id,
      idempotencyKey: fieldText(formData, instantPayoutFields.idempotencyKey),
      amount: parsed.amount,
      currency: values.currency || seller.currency,
      now: appNow(),
    });
    refreshDashboard();
    return {
      status: "success",
      result: {
        payoutId: payout.id,
        amount: payout.grossAmount,
        net: payout.amount,
        fee: payout.fee,
        currency: payout.currency,
      },
    };
  } catch (error) {
    if (error instanceof InsufficientBalanceError) {
      const message = aboveInstantBalance(error.available, seller);
      return { status: "error", fieldErrors: { [amountField]: message }, values };
    }
    return failedForm(error, amountForm(values));
  }
}
