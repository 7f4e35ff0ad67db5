CREATE TABLE "marketplaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"webhook_url" text NOT NULL,
	"secret" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"marketplace_id" uuid NOT NULL,
	"event" text NOT NULL,
	"product_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("webhook_deliveries"."status" in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "sale_point_products" (
	"sale_point_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "sale_point_products_sale_point_id_product_id_pk" PRIMARY KEY("sale_point_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "sale_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"address" text NOT NULL,
	"lat" numeric(8, 5),
	"lon" numeric(8, 5),
	"level" text NOT NULL,
	"location_type" text,
	"phone" text,
	"opening_hours" text,
	"website" text,
	"recognised_by" text,
	"recognised_on" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sale_points_slug_unique" UNIQUE("slug"),
	CONSTRAINT "sale_points_level_check" CHECK ("sale_points"."level" in ('commune', 'province', 'national'))
);
--> statement-breakpoint
CREATE TABLE "trade_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"province_code" text,
	"place" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"organiser" text,
	"website" text,
	"description" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trade_events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "trade_events_dates_check" CHECK ("trade_events"."ends_on" >= "trade_events"."starts_on"),
	CONSTRAINT "trade_events_kind_check" CHECK ("trade_events"."kind" in ('fair', 'exhibition', 'supply_demand', 'other'))
);
--> statement-breakpoint
CREATE TABLE "misuse_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"product_id" uuid,
	"province_code" text,
	"note" text NOT NULL,
	"contact" text,
	"photo_key" text,
	"place" text,
	"state" text DEFAULT 'new' NOT NULL,
	"resolution" text,
	"handled_by" uuid,
	"client_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "misuse_reports_state_check" CHECK ("misuse_reports"."state" in ('new', 'investigating', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "stamp_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"quantity" integer NOT NULL,
	"serial_from" integer NOT NULL,
	"serial_to" integer NOT NULL,
	"printed_on" date,
	"status" text DEFAULT 'issued' NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stamp_batches_range_check" CHECK ("stamp_batches"."serial_to" - "stamp_batches"."serial_from" + 1 = "stamp_batches"."quantity" and "stamp_batches"."quantity" > 0),
	CONSTRAINT "stamp_batches_status_check" CHECK ("stamp_batches"."status" in ('issued', 'printed', 'void'))
);
--> statement-breakpoint
CREATE TABLE "stamp_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"reason" text NOT NULL,
	"details" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "stamp_scans" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"product_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"client_hash" text NOT NULL,
	"user_agent" text,
	"lat" numeric(5, 2),
	"lon" numeric(5, 2),
	"province_code" text,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stamps" (
	"code" text PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"serial" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketplaces" ADD CONSTRAINT "marketplaces_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_marketplace_id_marketplaces_id_fk" FOREIGN KEY ("marketplace_id") REFERENCES "public"."marketplaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_point_products" ADD CONSTRAINT "sale_point_products_sale_point_id_sale_points_id_fk" FOREIGN KEY ("sale_point_id") REFERENCES "public"."sale_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_point_products" ADD CONSTRAINT "sale_point_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_points" ADD CONSTRAINT "sale_points_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_points" ADD CONSTRAINT "sale_points_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_events" ADD CONSTRAINT "trade_events_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misuse_reports" ADD CONSTRAINT "misuse_reports_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misuse_reports" ADD CONSTRAINT "misuse_reports_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misuse_reports" ADD CONSTRAINT "misuse_reports_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_flags" ADD CONSTRAINT "stamp_flags_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_flags" ADD CONSTRAINT "stamp_flags_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_flags" ADD CONSTRAINT "stamp_flags_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamps" ADD CONSTRAINT "stamps_batch_id_stamp_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."stamp_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamps" ADD CONSTRAINT "stamps_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_dedupe_uq" ON "webhook_deliveries" USING btree ("marketplace_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "sale_point_products_product_idx" ON "sale_point_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "sale_points_province_idx" ON "sale_points" USING btree ("province_code","is_active");--> statement-breakpoint
CREATE INDEX "trade_events_dates_idx" ON "trade_events" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "misuse_reports_province_idx" ON "misuse_reports" USING btree ("province_code","state","created_at");--> statement-breakpoint
CREATE INDEX "stamp_batches_product_idx" ON "stamp_batches" USING btree ("product_id","serial_from");--> statement-breakpoint
CREATE UNIQUE INDEX "stamp_flags_open_uq" ON "stamp_flags" USING btree ("code","reason") WHERE "stamp_flags"."state" = 'open';--> statement-breakpoint
CREATE INDEX "stamp_flags_province_idx" ON "stamp_flags" USING btree ("province_code","state");--> statement-breakpoint
CREATE INDEX "stamp_scans_code_idx" ON "stamp_scans" USING btree ("code","at");--> statement-breakpoint
CREATE INDEX "stamp_scans_at_idx" ON "stamp_scans" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "stamps_product_serial_uq" ON "stamps" USING btree ("product_id","serial");--> statement-breakpoint
CREATE INDEX "stamps_batch_idx" ON "stamps" USING btree ("batch_id");