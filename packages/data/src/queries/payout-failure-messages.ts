// Bank failure codes (the ones Stripe documents for payouts) in words a seller can act on.
const messages: Record<string, string> = {
  account_closed: "The bank account has been closed. Add a new bank account, then retry.",
  account_frozen: "The bank account has been frozen. Contact your bank, then retry.",
  bank_account_restricted:
    "The bank account has restrictions on incoming payments. Contact your bank or add another account.",
  bank_ownership_changed: "The bank account changed owner. Add the bank account again, then retry.",
  could_not_process: "The bank could not process this payout. Retry, or contact your bank.",
  debit_not_authorized: "The bank refused the transfer. Contact your bank, then retry.",
  declined: "The bank declined this payout. Contact your bank, then retry.",
  incorrect_account_holder_name:
    "The account holder's name does not match the bank's records. Update your bank account, then retry.",
  insufficient_funds: "The payout could not be completed. Retry later.",
  invalid_account_number:
    "The account number is not valid. Check your bank account details, then retry.",
  invalid_currency:
    "The bank account cannot receive this currency. Add an account in this currency.",
  no_account: "The bank could not find this account. Check your bank account details, then retry.",
};

/** A human message for a failure code; a stored message, then a generic one, when unknown. */
export function failureMessage(code: string | null, stored?: string | null): string {
  return (
    (code ? messages[code] : undefined) ?? stored ?? "The payout failed. Retry, or contact support."
  );
}
