CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"agency" text,
	"position" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "council_members_role_check" CHECK ("council_members"."role" in ('chair', 'member', 'secretary', 'advisor'))
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"name" text NOT NULL,
	"established_by" text,
	"established_on" date,
	"quorum_percent" integer DEFAULT 75 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "councils_level_check" CHECK ("councils"."level" in ('province', 'central')),
	CONSTRAINT "councils_scope_check" CHECK (("councils"."level" = 'central') = ("councils"."province_code" is null)),
	CONSTRAINT "councils_quorum_check" CHECK ("councils"."quorum_percent" between 50 and 100)
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"intake_deadline" date NOT NULL,
	"decision_deadline" date NOT NULL,
	"is_closed" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_rounds_level_check" CHECK ("evaluation_rounds"."level" in ('province', 'central')),
	CONSTRAINT "evaluation_rounds_scope_check" CHECK (("evaluation_rounds"."level" = 'central') = ("evaluation_rounds"."province_code" is null)),
	CONSTRAINT "evaluation_rounds_dates_check" CHECK ("evaluation_rounds"."intake_deadline" <= "evaluation_rounds"."decision_deadline")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"signed_on" date,
	"signed_by" uuid,
	"authority_name" text,
	"prepared_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "decisions_level_check" CHECK ("decisions"."level" in ('province', 'central')),
	CONSTRAINT "decisions_status_check" CHECK ("decisions"."status" in ('draft', 'signed')),
	CONSTRAINT "decisions_signed_check" CHECK ("decisions"."status" = 'draft' or ("decisions"."number" is not null and "decisions"."signed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "advisory_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"on_date" date NOT NULL,
	"summary" text NOT NULL,
	"findings" text,
	"requested_tests" text,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "advisory_reports_kind_check" CHECK ("advisory_reports"."kind" in ('review', 'site_survey', 'lab_test_request'))
);
--> statement-breakpoint
CREATE TABLE "council_recusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"note" text,
	"due_on" date,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"registration_type" text NOT NULL,
	"state" text NOT NULL,
	"round_id" uuid,
	"central_round_id" uuid,
	"previous_dossier_id" uuid,
	"base_certificate_id" uuid,
	"criteria_set_id" text NOT NULL,
	"product_set_id" integer NOT NULL,
	"form01" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"form02" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"form03" jsonb,
	"self_assessment" jsonb,
	"self_total" numeric(6, 2),
	"self_stars" integer,
	"council_mode" text,
	"council_id" uuid,
	"central_council_id" uuid,
	"scoring_pass" integer DEFAULT 0 NOT NULL,
	"result_total" numeric(6, 2),
	"result_stars" integer,
	"central_total" numeric(6, 2),
	"central_stars" integer,
	"decision_id" uuid,
	"central_decision_id" uuid,
	"certificate_id" uuid,
	"last_reason" text,
	"submitted_on" date,
	"complete_on" date,
	"due_on" date,
	"step_started_on" date,
	"is_nominated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code"),
	CONSTRAINT "dossiers_registration_type_check" CHECK ("dossiers"."registration_type" in ('first', 'upgrade', 're_evaluation')),
	CONSTRAINT "dossiers_product_set_check" CHECK ("dossiers"."product_set_id" between 1 and 26)
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"level" text NOT NULL,
	"member_id" uuid NOT NULL,
	"pass" integer NOT NULL,
	"sheet" jsonb NOT NULL,
	"total" numeric(6, 2) NOT NULL,
	"stars" integer NOT NULL,
	"opinion" text,
	"fingerprint" text NOT NULL,
	"supersedes_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "score_sheets_level_check" CHECK ("score_sheets"."level" in ('province', 'central'))
);
--> statement-breakpoint
CREATE TABLE "dossier_evidence" (
	"dossier_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"criterion_code" text DEFAULT '' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dossier_evidence_dossier_id_evidence_id_criterion_code_pk" PRIMARY KEY("dossier_id","evidence_id","criterion_code")
);
--> statement-breakpoint
CREATE TABLE "evidence_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"issuer" text,
	"issued_on" date,
	"valid_from" date,
	"valid_to" date,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evidence_documents_validity_check" CHECK ("evidence_documents"."valid_from" is null or "evidence_documents"."valid_to" is null or "evidence_documents"."valid_to" >= "evidence_documents"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"last_run_key" text NOT NULL,
	"last_run_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"entity" text,
	"entity_id" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"email_status" text NOT NULL,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	"email_error" text,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notifications_email_status_check" CHECK ("notifications"."email_status" in ('none', 'pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "revocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"province_code" text,
	"level" text NOT NULL,
	"ground" text NOT NULL,
	"description" text NOT NULL,
	"concluded_on" date NOT NULL,
	"due_on" date NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text NOT NULL,
	"decision_number" text,
	"decided_on" date,
	"decided_by" uuid,
	"decision_note" text,
	"proposed_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "revocations_state_check" CHECK ("revocations"."state" in ('proposed', 'revoked', 'dismissed')),
	CONSTRAINT "revocations_level_check" CHECK ("revocations"."level" in ('province', 'central'))
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_prepared_by_users_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_reports" ADD CONSTRAINT "advisory_reports_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_reports" ADD CONSTRAINT "advisory_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_commune_code_admin_communes_2025_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_central_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("central_round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_previous_dossier_id_dossiers_id_fk" FOREIGN KEY ("previous_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_base_certificate_id_certificates_id_fk" FOREIGN KEY ("base_certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_central_council_id_councils_id_fk" FOREIGN KEY ("central_council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_central_decision_id_decisions_id_fk" FOREIGN KEY ("central_decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_supersedes_id_score_sheets_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."score_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_evidence" ADD CONSTRAINT "dossier_evidence_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_evidence" ADD CONSTRAINT "dossier_evidence_evidence_id_evidence_documents_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_documents" ADD CONSTRAINT "evidence_documents_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_documents" ADD CONSTRAINT "evidence_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_province_code_admin_provinces_2025_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces_2025"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_uq" ON "council_members" USING btree ("council_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_chair_uq" ON "council_members" USING btree ("council_id") WHERE "council_members"."role" = 'chair';--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "councils_scope_idx" ON "councils" USING btree ("level","province_code");--> statement-breakpoint
CREATE INDEX "evaluation_rounds_scope_idx" ON "evaluation_rounds" USING btree ("level","province_code","year");--> statement-breakpoint
CREATE INDEX "decisions_scope_idx" ON "decisions" USING btree ("level","province_code","created_at");--> statement-breakpoint
CREATE INDEX "advisory_reports_dossier_idx" ON "advisory_reports" USING btree ("dossier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "council_recusals_uq" ON "council_recusals" USING btree ("dossier_id","council_id","member_id");--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossiers_province_state_idx" ON "dossiers" USING btree ("province_code","state");--> statement-breakpoint
CREATE INDEX "dossiers_commune_state_idx" ON "dossiers" USING btree ("commune_code","state");--> statement-breakpoint
CREATE INDEX "dossiers_producer_idx" ON "dossiers" USING btree ("producer_id","created_at");--> statement-breakpoint
CREATE INDEX "dossiers_product_idx" ON "dossiers" USING btree ("product_id","created_at");--> statement-breakpoint
CREATE INDEX "dossiers_due_idx" ON "dossiers" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "dossiers_council_idx" ON "dossiers" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "dossiers_central_council_idx" ON "dossiers" USING btree ("central_council_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_open_product_uq" ON "dossiers" USING btree ("product_id") WHERE "dossiers"."state" not in ('recognised', 'not_recognised', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_member_pass_uq" ON "score_sheets" USING btree ("dossier_id","level","member_id","pass");--> statement-breakpoint
CREATE INDEX "score_sheets_dossier_idx" ON "score_sheets" USING btree ("dossier_id","level","pass");--> statement-breakpoint
CREATE INDEX "evidence_documents_producer_idx" ON "evidence_documents" USING btree ("producer_id","type");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_email_idx" ON "notifications" USING btree ("created_at") WHERE "notifications"."email_status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "revocations_scope_idx" ON "revocations" USING btree ("province_code","state");--> statement-breakpoint
CREATE INDEX "revocations_certificate_idx" ON "revocations" USING btree ("certificate_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("users"."role" in ('ministry_admin','ministry_leader','province_officer','province_leader','commune_officer','council_member','producer'));--> statement-breakpoint
-- A submitted score sheet is immutable (issue 5): a re-score is a new row that supersedes it.
CREATE OR REPLACE FUNCTION score_sheets_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'score_sheets rows are immutable once submitted' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER score_sheets_no_update BEFORE UPDATE OR DELETE ON "score_sheets"
  FOR EACH ROW EXECUTE FUNCTION score_sheets_immutable();
