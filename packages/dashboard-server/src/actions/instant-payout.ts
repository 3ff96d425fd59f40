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
    // Currency is a hidden field: an issue with it (a tampered form) is told as the form's message.
    fields: [amountField],
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

/** Who asks, what they typed, and the amount in minor units, or the answer to a bad amount. */
async function readAmountForm(formData: FormData) {
  const { store, seller } = await requireSeller();
  const values = submittedValues(formData, [amountField, instantPayoutFields.currency]);
  const parsed = parseTypedAmount(values.amount, seller.currency);
  if (!parsed.ok) {
    const fieldErrors = { [amountField]: parsed.message };
    return { ok: false as const, answer: { status: "error" as const, fieldErrors, values } };
  }
  return { ok: true as const, store, seller, values, amount: parsed.amount };
}

export async function quoteInstantPayout(
  _state: FormState<InstantPayoutQuoteView>,
  formData: FormData,
): Promise<FormState<InstantPayoutQuoteView>> {
  const form = await readAmountForm(formData);
  if (!form.ok) return form.answer;
  const { store, seller, values, amount } = form;
  try {
    const quote = await priceInstantPayout(store.db, {
      sellerId: seller.id,
      amount,
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
  const form = await readAmountForm(formData);
  if (!form.ok) return form.answer;
  const { store, seller, values, amount } = form;
  try {
    const payout = await createInstantPayout(store.db, {
      sellerId: seller.id,
      idempotencyKey: fieldText(formData, instantPayoutFields.idempotencyKey),
      amount,
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
