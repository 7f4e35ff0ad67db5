CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid,
	"kind" text NOT NULL,
	"criteria_set_id" text NOT NULL,
	"criteria_fingerprint" text,
	"product_set_id" integer NOT NULL,
	"sheets" jsonb NOT NULL,
	"result_total" numeric(6, 2),
	"result_stars" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluations_kind_check" CHECK ("evaluations"."kind" in ('self_assessment_draft', 'council')),
	CONSTRAINT "evaluations_council_product_check" CHECK ("evaluations"."kind" <> 'council' or "evaluations"."product_id" is not null),
	CONSTRAINT "evaluations_draft_owner_check" CHECK ("evaluations"."kind" <> 'self_assessment_draft' or "evaluations"."created_by" is not null),
	CONSTRAINT "evaluations_product_set_check" CHECK ("evaluations"."product_set_id" > 0)
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_product_idx" ON "evaluations" USING btree ("product_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_draft_uq" ON "evaluations" USING btree ("created_by","product_set_id") WHERE "evaluations"."kind" = 'self_assessment_draft';