CREATE TABLE "plan_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comparator" text DEFAULT '>=' NOT NULL,
	"target_value" numeric(14, 2) NOT NULL,
	"wording" text,
	"manual_value" numeric(14, 2),
	"manual_as_of" date,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_targets_comparator_check" CHECK ("plan_targets"."comparator" in ('>=', '>', '<=', '='))
);
--> statement-breakpoint
CREATE TABLE "producer_yearly_figures" (
	"producer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"revenue_vnd" bigint,
	"profit_vnd" bigint,
	"jobs" integer,
	"local_jobs" integer,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "producer_yearly_figures_producer_id_year_pk" PRIMARY KEY("producer_id","year"),
	CONSTRAINT "producer_yearly_figures_year_check" CHECK ("producer_yearly_figures"."year" between 2000 and 2100),
	CONSTRAINT "producer_yearly_figures_jobs_check" CHECK ("producer_yearly_figures"."local_jobs" is null or "producer_yearly_figures"."jobs" is null or "producer_yearly_figures"."local_jobs" <= "producer_yearly_figures"."jobs")
);
--> statement-breakpoint
CREATE TABLE "programme_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"name" text NOT NULL,
	"decision_ref" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_plans_scope_check" CHECK (("programme_plans"."level" = 'national') = ("programme_plans"."province_code" is null)),
	CONSTRAINT "programme_plans_period_check" CHECK ("programme_plans"."period_to" >= "programme_plans"."period_from")
);
--> statement-breakpoint
CREATE TABLE "report_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"province_code" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"format" text NOT NULL,
	"storage_key" text NOT NULL,
	"row_count" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"product_id" uuid,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"amount_vnd" bigint,
	"funding_source" text,
	"granted_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "support_records_amount_check" CHECK ("support_records"."amount_vnd" is null or "support_records"."amount_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "trade_event_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"producer_id" uuid,
	"kind" text NOT NULL,
	"counterpart" text NOT NULL,
	"value_vnd" bigint,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trade_event_outcomes_kind_check" CHECK ("trade_event_outcomes"."kind" in ('lead', 'mou', 'contract'))
);
--> statement-breakpoint
CREATE TABLE "trade_event_participants" (
	"event_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"product_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booth" text,
	CONSTRAINT "trade_event_participants_event_id_producer_id_pk" PRIMARY KEY("event_id","producer_id")
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text,
	"title" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text,
	"organiser" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_courses_dates_check" CHECK ("training_courses"."ends_on" >= "training_courses"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"producer_id" uuid,
	"person_name" text NOT NULL,
	"organisation" text,
	"commune_code" text,
	"completed" text DEFAULT 'yes' NOT NULL,
	CONSTRAINT "training_participants_kind_check" CHECK ("training_participants"."kind" in ('official', 'producer')),
	CONSTRAINT "training_participants_ref_check" CHECK (("training_participants"."kind" = 'official' and "training_participants"."producer_id" is null) or ("training_participants"."kind" = 'producer' and "training_participants"."producer_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_programme_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."programme_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_yearly_figures" ADD CONSTRAINT "producer_yearly_figures_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_yearly_figures" ADD CONSTRAINT "producer_yearly_figures_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_plans" ADD CONSTRAINT "programme_plans_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_plans" ADD CONSTRAINT "programme_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_event_outcomes" ADD CONSTRAINT "trade_event_outcomes_event_id_trade_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."trade_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_event_outcomes" ADD CONSTRAINT "trade_event_outcomes_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_event_outcomes" ADD CONSTRAINT "trade_event_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_event_participants" ADD CONSTRAINT "trade_event_participants_event_id_trade_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."trade_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_event_participants" ADD CONSTRAINT "trade_event_participants_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_targets_plan_idx" ON "plan_targets" USING btree ("plan_id","sort_order");--> statement-breakpoint
CREATE INDEX "programme_plans_scope_idx" ON "programme_plans" USING btree ("level","province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "report_exports_monthly_uq" ON "report_exports" USING btree ("kind","period_from","format") WHERE "report_exports"."kind" = 'national_monthly';--> statement-breakpoint
CREATE INDEX "support_records_scope_idx" ON "support_records" USING btree ("province_code","granted_on");--> statement-breakpoint
CREATE INDEX "support_records_producer_idx" ON "support_records" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "trade_event_outcomes_event_idx" ON "trade_event_outcomes" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "training_courses_scope_idx" ON "training_courses" USING btree ("province_code","starts_on");--> statement-breakpoint
CREATE INDEX "training_participants_course_idx" ON "training_participants" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "training_participants_producer_idx" ON "training_participants" USING btree ("producer_id");