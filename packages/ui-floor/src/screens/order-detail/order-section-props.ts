import type { Formatter, OrderDetailView } from "@payout-styles/ui-core";

/** What every section of the order screen is given: the order and the seller's formatter. */
export interface OrderSectionProps {
  order: OrderDetailView;
  format: Formatter;
}
