CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"number" text,
	"decision_number" text,
	"decision_date" date,
	"issuing_level" text NOT NULL,
	"authority_name" text,
	"stars" integer NOT NULL,
	"score" numeric(5, 2),
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"dates_precision" text DEFAULT 'day' NOT NULL,
	"revoked_on" date,
	"revocation_ground" text,
	"re_evaluation_pending_since" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certificates_stars_check" CHECK ("certificates"."stars" between 3 and 5),
	CONSTRAINT "certificates_level_check" CHECK ("certificates"."issuing_level" in ('province', 'ministry')),
	CONSTRAINT "certificates_dates_check" CHECK ("certificates"."valid_to" > "certificates"."valid_from"),
	CONSTRAINT "certificates_precision_check" CHECK ("certificates"."dates_precision" in ('day', 'year'))
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_norm" text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED NOT NULL,
	"name_key" text NOT NULL,
	"sort_key" text NOT NULL,
	"type" text NOT NULL,
	"tax_code" text,
	"representative_name" text,
	"representative_gender" text,
	"representative_ethnicity" text,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"street" text,
	"phone" text,
	"email" text,
	"website" text,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "producers_gender_check" CHECK ("producers"."representative_gender" in ('male', 'female'))
);
--> statement-breakpoint
CREATE TABLE "product_sale_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_norm" text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED NOT NULL,
	"slug" text NOT NULL,
	"sort_key" text NOT NULL,
	"product_set_id" integer,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"description" text,
	"story" text,
	"gtin" text,
	"packaging" text,
	"unit" text,
	"ocop_code" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "products_product_set_check" CHECK ("products"."product_set_id" between 1 and 26)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "producer_id" uuid;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_sale_channels" ADD CONSTRAINT "product_sale_channels_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificates_product_idx" ON "certificates" USING btree ("product_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "producers_tax_code_uq" ON "producers" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "producers_commune_name_key_idx" ON "producers" USING btree ("commune_code","name_key");--> statement-breakpoint
CREATE INDEX "producers_province_idx" ON "producers" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "producers_name_trgm_idx" ON "producers" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "product_sale_channels_uq" ON "product_sale_channels" USING btree ("product_id","url");--> statement-breakpoint
CREATE UNIQUE INDEX "products_slug_uq" ON "products" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "products_ocop_code_uq" ON "products" USING btree ("ocop_code");--> statement-breakpoint
CREATE INDEX "products_producer_idx" ON "products" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "products_province_idx" ON "products" USING btree ("province_code","product_set_id");--> statement-breakpoint
CREATE INDEX "products_commune_idx" ON "products" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;