import {
  type BalancesView,
  type FormAction,
  type InstantPayoutQuoteView,
  type InstantPayoutResultView,
  instantPayoutAvailability,
  instantPayoutLabels,
  type SellerView,
} from "@payout-styles/ui-core";
import { useId } from "react";
import { Button } from "../../components/button";
import { InstantPayoutDialog } from "../instant-payout/instant-payout-dialog";

interface PayOutNowProps {
  seller: SellerView;
  balances: Pick<BalancesView, "balances" | "heldReason">;
  quoteInstantPayout: FormAction<InstantPayoutQuoteView>;
  payOutNow: FormAction<InstantPayoutResultView>;
}

/** "Pay out now": the instant payout dialog, or the button disabled with the reason beside it. */
export function PayOutNow({ seller, balances, quoteInstantPayout, payOutNow }: PayOutNowProps) {
  const reasonId = useId();
  const { currency, instantAvailable, unavailableReason } = instantPayoutAvailability(
    seller,
    balances,
  );
  if (unavailableReason === null) {
    return (
      <InstantPayoutDialog
        seller={seller}
        balance={{ currency, instantAvailable }}
        quoteInstantPayout={quoteInstantPayout}
        payOutNow={payOutNow}
      />
    );
  }
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button disabled aria-describedby={reasonId}>
        {instantPayoutLabels.trigger}
      </Button>
      <p id={reasonId} className="max-w-64 text-xs text-fg-muted sm:text-end">
        {unavailableReason}
      </p>
    </div>
  );
}
