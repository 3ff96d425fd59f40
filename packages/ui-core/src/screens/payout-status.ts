// How a payout's status and a balance movement's type are named and toned on every screen. The
// values are the data layer's (payout statuses; ledger transaction kinds that move the balance).
import type { Tone } from "../components/display";

export const payoutStatuses = ["pending", "in_transit", "paid", "failed", "canceled"] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

export const payoutStatusLabels: Record<PayoutStatus, string> = {
  pending: "Pending",
  in_transit: "In transit",
  paid: "Paid",
  failed: "Failed",
  canceled: "Canceled",
};

export const payoutStatusTone: Record<PayoutStatus, Tone> = {
  pending: "neutral",
  in_transit: "info",
  paid: "success",
  failed: "danger",
  canceled: "neutral",
};

/** Every ledger transaction kind that moves the seller's balance (a payout's arrival does not). */
export const activityTypes = [
  "sale",
  "refund",
  "chargeback",
  "fee",
  "adjustment",
  "reserve_release",
  "payout",
  "payout_failure_return",
  "payout_cancel_return",
  "payout_reversal",
] as const;
export type ActivityType = (typeof activityTypes)[number];

export const activityTypeLabels: Record<ActivityType, string> = {
  sale: "Sale",
  refund: "Refund",
  chargeback: "Chargeback",
  fee: "Fee",
  adjustment: "Adjustment",
  reserve_release: "Reserve release",
  payout: "Payout",
  payout_failure_return: "Failed payout returned",
  payout_cancel_return: "Canceled payout returned",
  payout_reversal: "Payout reversal",
};
