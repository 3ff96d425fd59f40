import {
  bankAccountKindLabels,
  type MaskedBankAccountView,
  maskedAccountNumber,
  settingsLabels,
} from "@payout-styles/ui-core";
import { DescriptionList } from "../../components/description-list";
import * as styles from "./current-bank-account.css";

const labels = settingsLabels.bankAccount;

/** The saved account, masked: it stays shown while a replacement is being typed or refused. */
export function CurrentBankAccount({ account }: { account: MaskedBankAccountView | null }) {
  if (!account) return <p className={styles.none}>{labels.none}</p>;
  return (
    <section aria-label={labels.current}>
      <DescriptionList
        items={[
          { term: labels.bank, detail: account.bankName },
          { term: labels.holderName, detail: account.holderName },
          {
            term: labels.accountNumber,
            detail: <span className={styles.accountNumber}>{maskedAccountNumber(account)}</span>,
          },
          { term: labels.kind, detail: bankAccountKindLabels[account.kind] },
        ]}
      />
    </section>
  );
}
