// What the server tells a seller in words: why an action could not be done, and why a retry must
// wait. Field-level wording for the data layer's own validation is the data layer's.
export const retryBlockedReasons = {
  no_bank_account:
    "Add a bank account in Settings first: a retry needs somewhere to send the money.",
  bank_account_failed:
    "Replace your bank account in Settings first: this payout failed on the current one, and a retry would fail the same way.",
} as const;

export const actionMessages = {
  signInFields: {
    email: "Enter the email address you sign in with.",
    password: "Enter your password.",
  },
  scheduleFields: {
    interval: "Choose how often you want to be paid.",
    weekday: "Choose the day of the week payouts are made on.",
    monthDay: "Choose a day of the month from 1 to 31.",
  },
  amount: "Enter an amount like 12.50, without a currency sign.",
  amountTooPrecise: (decimals: number) =>
    decimals === 0
      ? "Enter a whole amount: this currency has no minor unit."
      : `Enter an amount with at most ${decimals} decimals.`,
  amountAboveInstantBalance: (available: string) => `The most you can pay out now is ${available}.`,
  retryAboveBalance: (available: string, requested: string) =>
    `Your available balance (${available}) no longer covers this payout (${requested}).`,
  idempotencyKeyReused:
    "This form was already sent with other values. Close it, open it again and retry.",
  payoutNotFound: "This payout was not found.",
  formIncomplete: "This form is incomplete: reload the page and try again.",
} as const;
