import {
  bankAccountKindLabels,
  type MaskedBankAccountView,
  maskedAccountNumber,
  settingsLabels,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { DescriptionList } from "../../components/description-list";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const labels = settingsLabels.bankAccount;

const NoAccount = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const AccountNumber = styled.span`
  font-family: ${theme.fontFamily.mono};
`;

/** The saved account, masked: it stays shown while a replacement is being typed or refused. */
export function CurrentBankAccount({ account }: { account: MaskedBankAccountView | null }) {
  if (!account) return <NoAccount>{labels.none}</NoAccount>;
  return (
    <section aria-label={labels.current}>
      <DescriptionList
        items={[
          { term: labels.bank, detail: account.bankName },
          { term: labels.holderName, detail: account.holderName },
          {
            term: labels.accountNumber,
            detail: <AccountNumber>{maskedAccountNumber(account)}</AccountNumber>,
          },
          { term: labels.kind, detail: bankAccountKindLabels[account.kind] },
        ]}
      />
    </section>
  );
}
