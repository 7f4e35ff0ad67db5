CREATE TABLE "admin_commune_mappings" (
	"id" serial PRIMARY KEY NOT NULL,
	"old_commune_code" text,
	"old_district_code" text NOT NULL,
	"new_commune_code" text NOT NULL,
	"old_province_code" text NOT NULL,
	"new_province_code" text NOT NULL,
	"is_split" boolean NOT NULL,
	"evidence" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_communes_2025" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"full_name" text NOT NULL,
	"province_code" text NOT NULL,
	"name_norm" text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_communes_pre2025" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"full_name" text NOT NULL,
	"district_code" text NOT NULL,
	"province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_districts_pre2025" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"full_name" text NOT NULL,
	"province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_provinces_2025" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_provinces_pre2025" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"province_code" text,
	"commune_code" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('ministry_admin','province_officer','commune_officer','council_member','producer'))
);
--> statement-breakpoint
ALTER TABLE "admin_commune_mappings" ADD CONSTRAINT "admin_commune_mappings_old_commune_code_admin_communes_pre2025_code_fk" FOREIGN KEY ("old_commune_code") REFERENCES "public"."admin_communes_pre2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_commune_mappings" ADD CONSTRAINT "admin_commune_mappings_old_district_code_admin_districts_pre2025_code_fk" FOREIGN KEY ("old_district_code") REFERENCES "public"."admin_districts_pre2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_commune_mappings" ADD CONSTRAINT "admin_commune_mappings_new_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("new_commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_communes_2025" ADD CONSTRAINT "admin_communes_2025_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_communes_pre2025" ADD CONSTRAINT "admin_communes_pre2025_district_code_admin_districts_pre2025_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."admin_districts_pre2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_communes_pre2025" ADD CONSTRAINT "admin_communes_pre2025_province_code_admin_provinces_pre2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_pre2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_districts_pre2025" ADD CONSTRAINT "admin_districts_pre2025_province_code_admin_provinces_pre2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_pre2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_commune_mappings_pair_uq" ON "admin_commune_mappings" USING btree ("old_district_code","old_commune_code","new_commune_code");--> statement-breakpoint
CREATE INDEX "admin_commune_mappings_new_idx" ON "admin_commune_mappings" USING btree ("new_commune_code");--> statement-breakpoint
CREATE INDEX "admin_communes_2025_province_idx" ON "admin_communes_2025" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "admin_communes_2025_name_trgm_idx" ON "admin_communes_2025" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_communes_pre2025_district_idx" ON "admin_communes_pre2025" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_province_idx" ON "users" USING btree ("province_code");