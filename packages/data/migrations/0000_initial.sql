CREATE TYPE "public"."bank_account_kind" AS ENUM('iban', 'us_ach', 'jp_zengin');--> statement-breakpoint
CREATE TYPE "public"."ledger_account" AS ENUM('seller_payable', 'seller_reserve', 'payout_clearing', 'platform_revenue', 'delivery_partner_payable', 'processor', 'customer_funds', 'bank');--> statement-breakpoint
CREATE TYPE "public"."ledger_entry_kind" AS ENUM('sale', 'delivery_fee', 'customer_payment', 'seller_discount', 'platform_voucher', 'commission', 'processing_fee', 'delivery_share', 'refund', 'chargeback', 'dispute_fee', 'adjustment', 'reserve_hold', 'reserve_release', 'payout', 'instant_payout', 'instant_payout_fee', 'payout_settlement', 'payout_return');--> statement-breakpoint
CREATE TYPE "public"."ledger_transaction_kind" AS ENUM('sale', 'refund', 'chargeback', 'fee', 'adjustment', 'reserve_release', 'payout', 'payout_paid', 'payout_failure_return', 'payout_cancel_return', 'payout_reversal');--> statement-breakpoint
CREATE TYPE "public"."payout_line" AS ENUM('sales', 'refunds', 'chargebacks', 'platform_commission', 'processing_fees', 'delivery_share', 'seller_discounts', 'platform_vouchers', 'adjustments', 'reserve_held', 'reserve_released', 'instant_payouts', 'returned_payouts', 'balance_paid_out', 'reversed_payout', 'instant_payout_fee');--> statement-breakpoint
CREATE TYPE "public"."payout_method" AS ENUM('standard', 'instant');--> statement-breakpoint
CREATE TYPE "public"."payout_origin" AS ENUM('scheduled', 'instant', 'retry', 'reversal');--> statement-breakpoint
CREATE TYPE "public"."payout_schedule_interval" AS ENUM('daily', 'weekly', 'monthly', 'manual');--> statement-breakpoint
CREATE TYPE "public"."payout_status" AS ENUM('pending', 'in_transit', 'paid', 'failed', 'canceled');--> statement-breakpoint
CREATE TABLE "adjustments" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"kind" "bank_account_kind" NOT NULL,
	"bank_name" text NOT NULL,
	"holder_name" text NOT NULL,
	"country" char(2) NOT NULL,
	"currency" char(3) NOT NULL,
	"last4" char(4) NOT NULL,
	"fingerprint" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chargebacks" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"fee" bigint NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"seller_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_seller_id_key_pk" PRIMARY KEY("seller_id","key")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transaction_id" bigint NOT NULL,
	"seller_id" text NOT NULL,
	"account" "ledger_account" NOT NULL,
	"kind" "ledger_entry_kind" NOT NULL,
	"currency" char(3) NOT NULL,
	"amount" bigint NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"order_id" text
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"kind" "ledger_transaction_kind" NOT NULL,
	"currency" char(3) NOT NULL,
	"description" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"order_id" text,
	"refund_id" text,
	"chargeback_id" text,
	"adjustment_id" text,
	"payout_id" text
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"name" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"customer_name" text NOT NULL,
	"items_subtotal" bigint NOT NULL,
	"delivery_fee" bigint NOT NULL,
	"seller_discount" bigint NOT NULL,
	"platform_voucher" bigint NOT NULL,
	"voucher_code" text,
	"customer_paid" bigint NOT NULL,
	"commission_bps" integer NOT NULL,
	"processing_bps" integer NOT NULL,
	"processing_fixed" bigint NOT NULL,
	"delivery_share_bps" integer NOT NULL,
	"commission" bigint NOT NULL,
	"processing_fee" bigint NOT NULL,
	"delivery_share" bigint NOT NULL,
	"reserve_held" bigint NOT NULL,
	"seller_net" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payout_id" text NOT NULL,
	"status" "payout_status" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"failure_code" text
);
--> statement-breakpoint
CREATE TABLE "payout_items" (
	"payout_id" text NOT NULL,
	"entry_id" bigint NOT NULL,
	CONSTRAINT "payout_items_payout_id_entry_id_pk" PRIMARY KEY("payout_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "payout_lines" (
	"payout_id" text NOT NULL,
	"line" "payout_line" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "payout_lines_payout_id_line_pk" PRIMARY KEY("payout_id","line"),
	CONSTRAINT "payout_lines_amount_nonzero" CHECK ("payout_lines"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount" bigint NOT NULL,
	"gross_amount" bigint NOT NULL,
	"fee" bigint NOT NULL,
	"status" "payout_status" NOT NULL,
	"method" "payout_method" NOT NULL,
	"origin" "payout_origin" NOT NULL,
	"period_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"arrival_date" date NOT NULL,
	"bank_account_id" text,
	"bank_reference" text NOT NULL,
	"failure_code" text,
	"failure_message" text,
	"retry_of" text,
	"reversal_of" text,
	CONSTRAINT "payouts_amount_positive" CHECK ("payouts"."amount" > 0),
	CONSTRAINT "payouts_gross_is_amount_plus_fee" CHECK ("payouts"."gross_amount" = "payouts"."amount" + "payouts"."fee")
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"currency" char(3) NOT NULL,
	"locale" text NOT NULL,
	"time_zone" text NOT NULL,
	"country" char(2) NOT NULL,
	"schedule_interval" "payout_schedule_interval" NOT NULL,
	"schedule_weekday" smallint,
	"schedule_month_day" smallint,
	"hold_days" smallint NOT NULL,
	"reserve_bps" integer DEFAULT 0 NOT NULL,
	"reserve_days" smallint DEFAULT 0 NOT NULL,
	"notify_payout_paid" boolean DEFAULT true NOT NULL,
	"notify_payout_failed" boolean DEFAULT true NOT NULL,
	"notify_weekly_summary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sellers_email_unique" UNIQUE("email"),
	CONSTRAINT "sellers_schedule_complete" CHECK (("sellers"."schedule_interval" <> 'weekly' or coalesce("sellers"."schedule_weekday" between 0 and 6, false))
        and ("sellers"."schedule_interval" <> 'monthly' or coalesce("sellers"."schedule_month_day" between 1 and 31, false)))
);
--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_accounts" ADD CONSTRAINT "bank_accounts_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chargebacks" ADD CONSTRAINT "chargebacks_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_id_ledger_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_refund_id_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."refunds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_chargeback_id_chargebacks_id_fk" FOREIGN KEY ("chargeback_id") REFERENCES "public"."chargebacks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_adjustment_id_adjustments_id_fk" FOREIGN KEY ("adjustment_id") REFERENCES "public"."adjustments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_events" ADD CONSTRAINT "payout_events_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_items" ADD CONSTRAINT "payout_items_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_items" ADD CONSTRAINT "payout_items_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adjustments_seller_idx" ON "adjustments" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "bank_accounts_seller_idx" ON "bank_accounts" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "chargebacks_order_idx" ON "chargebacks" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction_idx" ON "ledger_entries" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_seller_account_effective_idx" ON "ledger_entries" USING btree ("seller_id","account","effective_at","kind","amount","currency");--> statement-breakpoint
CREATE INDEX "ledger_entries_order_idx" ON "ledger_entries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_seller_occurred_idx" ON "ledger_transactions" USING btree ("seller_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_seller_kind_occurred_idx" ON "ledger_transactions" USING btree ("seller_id","kind","occurred_at","id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_order_idx" ON "ledger_transactions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_payout_idx" ON "ledger_transactions" USING btree ("payout_id");--> statement-breakpoint
CREATE INDEX "order_items_order_idx" ON "order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_seller_created_idx" ON "orders" USING btree ("seller_id","created_at","id");--> statement-breakpoint
CREATE INDEX "payout_events_payout_idx" ON "payout_events" USING btree ("payout_id","occurred_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_items_entry_key" ON "payout_items" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_seller_period_key" ON "payouts" USING btree ("seller_id","period_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_retry_of_key" ON "payouts" USING btree ("retry_of");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_reversal_of_key" ON "payouts" USING btree ("reversal_of");--> statement-breakpoint
CREATE INDEX "payouts_seller_created_idx" ON "payouts" USING btree ("seller_id","created_at","id");--> statement-breakpoint
CREATE INDEX "payouts_seller_arrival_idx" ON "payouts" USING btree ("seller_id","arrival_date","id");--> statement-breakpoint
CREATE INDEX "payouts_seller_amount_idx" ON "payouts" USING btree ("seller_id","amount","id");--> statement-breakpoint
CREATE INDEX "payouts_seller_reference_idx" ON "payouts" USING btree ("seller_id","bank_reference");--> statement-breakpoint
CREATE INDEX "refunds_order_idx" ON "refunds" USING btree ("order_id");