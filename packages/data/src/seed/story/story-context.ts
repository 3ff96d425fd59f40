// What every event of one seller's story can reach: the seller, its random stream, its book, the
// clock, and where its payouts go.
import type { CurrencyTerms } from "../currency-terms";
import type { DemoSeller, SeedProfile } from "../demo-sellers";
import type { SeedRandom } from "../prng";
import type { BankAccountRow, LedgerEntryRow, PayoutRow, SeedTablesWriter } from "../seed-tables";
import type { EventQueue } from "./event-queue";
import type { SellerBook } from "./seller-book";
import type { StoryBeatName, StoryBeats } from "./story-beats";

export interface BankState {
  /** The destination of new payouts; null while the seller has none. */
  account: BankAccountRow | null;
  /** A failed payout and its return entry: payouts pause until the seller replaces the account. */
  failure: { payout: PayoutRow; returnEntry: LedgerEntryRow } | null;
}

export interface StoryContext {
  seller: DemoSeller;
  sellerId: string;
  profile: SeedProfile;
  terms: CurrencyTerms;
  beats: StoryBeats;
  customers: readonly string[];
  /** The beats that already happened: each happens once. */
  toldBeats: Set<StoryBeatName>;
  rng: SeedRandom;
  writer: SeedTablesWriter;
  book: SellerBook;
  queue: EventQueue;
  /** The local midnight the seller's trading starts at. */
  historyStart: Date;
  asOf: Date;
  bank: BankState;
}

export function canPayOut(context: StoryContext): boolean {
  return context.bank.account !== null && context.bank.failure === null;
}
