// A seller's payout settings: when payouts are made, and which emails the seller receives. Both
// take a client idempotency key like every other command a form submits.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { type PayoutSchedule, payoutScheduleSchema } from "../domain/payout-schedule";
import { parseInput } from "../errors";
import { sellers } from "../schema";
import type { Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import { idempotencyKeySchema, type JsonValue, withIdempotency } from "./idempotency";
import { lockSeller } from "./seller-records";

const commandSchema = z.object({
  sellerId: recordIdSchema,
  idempotencyKey: idempotencyKeySchema,
  now: instantSchema,
});

const scheduleInputSchema = commandSchema.extend({ schedule: payoutScheduleSchema });

const notificationPreferencesSchema = z.object({
  payoutPaid: z.boolean(),
  payoutFailed: z.boolean(),
  weeklySummary: z.boolean(),
});

const preferencesInputSchema = commandSchema.extend(notificationPreferencesSchema.shape);

export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Applies one settings change under its key; the response is the settings as submitted. */
async function changeSetting<Request extends { [field: string]: JsonValue }>(
  db: Queryable,
  input: z.infer<typeof commandSchema>,
  operation: string,
  request: Request,
  apply: (tx: Queryable) => Promise<void>,
): Promise<{ sellerId: string } & Request> {
  const { sellerId, idempotencyKey: key, now } = input;
  return inCommandTransaction(db, async (tx) => {
    await lockSeller(tx, sellerId);
    return withIdempotency(tx, { sellerId, key, operation, request, now }, async () => {
      await apply(tx);
      return { sellerId, ...request };
    });
  });
}

export async function updatePayoutSchedule(
  db: Queryable,
  input: { sellerId: string; idempotencyKey: string; schedule: PayoutSchedule; now: Date },
): Promise<{ sellerId: string; schedule: PayoutSchedule }> {
  const parsed = parseInput(scheduleInputSchema, input);
  const { schedule } = parsed;
  return changeSetting(db, parsed, "update_payout_schedule", { schedule }, async (tx) => {
    await tx
      .update(sellers)
      .set({
        scheduleInterval: schedule.interval,
        scheduleWeekday: schedule.interval === "weekly" ? schedule.weekday : null,
        scheduleMonthDay: schedule.interval === "monthly" ? schedule.monthDay : null,
      })
      .where(eq(sellers.id, parsed.sellerId));
  });
}

export async function updateNotificationPreferences(
  db: Queryable,
  input: { sellerId: string; idempotencyKey: string; now: Date } & NotificationPreferences,
): Promise<{ sellerId: string } & NotificationPreferences> {
  const parsed = parseInput(preferencesInputSchema, input);
  const { payoutPaid, payoutFailed, weeklySummary } = parsed;
  const preferences = { payoutPaid, payoutFailed, weeklySummary };
  return changeSetting(db, parsed, "update_notification_preferences", preferences, async (tx) => {
    await tx
      .update(sellers)
      .set({
        notifyPayoutPaid: payoutPaid,
        notifyPayoutFailed: payoutFailed,
        notifyWeeklySummary: weeklySummary,
      })
      .where(eq(sellers.id, parsed.sellerId));
  });
}
