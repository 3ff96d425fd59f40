// The payout state machine: pending → in_transit → paid, or failed, or canceled (only while
// pending); a paid payout can still fail when the bank returns it. The database enforces the
// same rule in a trigger (migrations/0001), so no writer can skip it.
export const payoutStatuses = ["pending", "in_transit", "paid", "failed", "canceled"] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

const allowedTransitions: Record<PayoutStatus, readonly PayoutStatus[]> = {
  pending: ["in_transit", "failed", "canceled"],
  in_transit: ["paid", "failed"],
  paid: ["failed"],
  failed: [],
  canceled: [],
};

export function canTransition(from: PayoutStatus, to: PayoutStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Statuses whose money is on its way: it has left the balance and not yet arrived or returned. */
export const inTransitStatuses: readonly PayoutStatus[] = ["pending", "in_transit"];
