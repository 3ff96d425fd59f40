import {
  type BalancesView,
  type FormAction,
  type InstantPayoutQuoteView,
  type InstantPayoutResultView,
  instantPayoutAvailability,
  type SellerView,
} from "@payout-styles/ui-core";
import { InstantPayoutDialog } from "../instant-payout/instant-payout-dialog";

interface PayOutNowProps {
  seller: SellerView;
  balances: Pick<BalancesView, "balances" | "heldReason">;
  quoteInstantPayout: FormAction<InstantPayoutQuoteView>;
  payOutNow: FormAction<InstantPayoutResultView>;
}

/** "Pay out now" on the overview: what the seller can pay out now, or why not. */
export function PayOutNow({ seller, balances, quoteInstantPayout, payOutNow }: PayOutNowProps) {
  const { currency, instantAvailable, unavailableReason } = instantPayoutAvailability(
    seller,
    balances,
  );
  return (
    <InstantPayoutDialog
      seller={seller}
      balance={{ currency, instantAvailable }}
      quoteInstantPayout={quoteInstantPayout}
      payOutNow={payOutNow}
      unavailableReason={unavailableReason}
    />
  );
}
