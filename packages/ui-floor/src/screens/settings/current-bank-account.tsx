import {
  bankAccountKindLabels,
  type MaskedBankAccountView,
  maskedAccountNumber,
  settingsLabels,
} from "@payout-styles/ui-core";
import { DescriptionList } from "../../components/description-list";

const labels = settingsLabels.bankAccount;

/** The saved account, masked: it stays shown while a replacement is being typed or refused. */
export function CurrentBankAccount({ account }: { account: MaskedBankAccountView | null }) {
  if (!account) return <p>{labels.none}</p>;
  return (
    <section aria-label={labels.current}>
      <DescriptionList
        items={[
          { term: labels.bank, detail: account.bankName },
          { term: labels.holderName, detail: account.holderName },
          {
            term: labels.accountNumber,
            detail: <span>{maskedAccountNumber(account)}</span>,
          },
          { term: labels.kind, detail: bankAccountKindLabels[account.kind] },
        ]}
      />
    </section>
  );
}
