// The dashboard's "now": PAYOUT_NOW (an ISO 8601 instant) or the instant the seed's story ends, so
// the seeded world shows the same balances, schedule and charts every day, and tests and
// screenshots are stable. Balances are read as of it and commands are dated with it. Sessions
// expire on the wall clock instead: they protect real visits.
import { seedAsOf } from "@payout-styles/data";

export function appNow(): Date {
  const configured = process.env.PAYOUT_NOW;
  if (!configured) return new Date(seedAsOf);
  const now = new Date(configured);
  if (Number.isNaN(now.getTime())) {
    throw new RangeError(`PAYOUT_NOW must be an ISO 8601 instant, got "${configured}"`);
  }
  return now;
}
