// One demo seller's whole history, told day by day up to the seed's "as of" instant: it signs up,
// adds a bank account, trades, is paid out on its schedule, and lives through its story beats.
import { addDays } from "../../domain/calendar-date";
import { currencyTerms } from "../currency-terms";
import type { DemoSeller, SeedProfile } from "../demo-sellers";
import { customerNames } from "../menus";
import { SeedRandom } from "../prng";
import { seedAsOf } from "../seed-clock";
import type { SeedTablesWriter } from "../seed-tables";
import { scheduleAdjustments } from "./adjustments";
import { openBankAccount } from "./bank-accounts";
import { EventQueue } from "./event-queue";
import { scheduleInstantPayouts } from "./instant-payouts";
import { placeOrder } from "./orders";
import { schedulePayoutRuns } from "./scheduled-payouts";
import { SellerBook } from "./seller-book";
import { storyBeats } from "./story-beats";
import type { StoryContext } from "./story-context";
import { dayMs, hourMs, later, localDay, localMidnight } from "./time";
import { scheduleTradingDays } from "./trading-days";

export function tellSellerStory(
  writer: SeedTablesWriter,
  seller: DemoSeller,
  profile: SeedProfile,
): void {
  // One stream per seller: its id, password salt and bank account come first, so they are the
  // same in every profile.
  const rng = new SeedRandom(`seller/${seller.role}`);
  const offset = seller.utcOffsetHours;
  const { historyDays } = seller.volume[profile];
  const historyStart = localMidnight(addDays(localDay(seedAsOf, offset), -historyDays), offset);
  const signedUpAt = later(historyStart, -3 * dayMs + 10 * hourMs);
  const sellerId = rng.id("seller");
  writer.tables.sellers.push({
    id: sellerId,
    name: seller.name,
    email: seller.email,
    password: seller.password,
    passwordSalt: Buffer.from(rng.bytes(16)),
    currency: seller.currency,
    locale: seller.locale,
    timeZone: seller.timeZone,
    country: seller.country,
    scheduleInterval: seller.schedule.interval,
    scheduleWeekday: seller.schedule.interval === "weekly" ? seller.schedule.weekday : null,
    scheduleMonthDay: seller.schedule.interval === "monthly" ? seller.schedule.monthDay : null,
    holdDays: seller.holdDays,
    reserveBps: seller.reserve?.bps ?? 0,
    reserveDays: seller.reserve?.days ?? 0,
    notifyPayoutPaid: true,
    notifyPayoutFailed: true,
    notifyWeeklySummary: seller.schedule.interval === "weekly",
    createdAt: signedUpAt,
  });
  const context: StoryContext = {
    seller,
    sellerId,
    profile,
    terms: currencyTerms[seller.currency],
    beats: storyBeats[seller.role],
    toldBeats: new Set(),
    customers: customerNames(seller.customerLocale),
    rng,
    writer,
    book: new SellerBook(writer),
    queue: new EventQueue(),
    historyStart,
    asOf: seedAsOf,
    bank: { account: null, failure: null },
  };
  context.bank.account = openBankAccount(context, later(signedUpAt, dayMs));
  scheduleTradingDays(context, placeOrder);
  schedulePayoutRuns(context);
  scheduleInstantPayouts(context);
  scheduleAdjustments(context);
  context.queue.runUntil(seedAsOf);
}
