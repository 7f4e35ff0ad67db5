ALTER TABLE "products" ADD COLUMN "current_stars" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "current_valid_from" date;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "current_valid_to" date;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "current_revoked_on" date;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "current_re_evaluation_since" date;--> statement-breakpoint
CREATE INDEX "products_sort_key_c_idx" ON "products" USING btree ("sort_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "products_current_stars_idx" ON "products" USING btree ("current_stars");--> statement-breakpoint
-- Fill the copied current-certificate columns for products that already exist.
WITH cur AS (
  SELECT p.id AS product_id, c.stars, c.valid_from, c.valid_to, c.revoked_on, c.revocation_ground,
    c.re_evaluation_pending_since
  FROM products p
  LEFT JOIN LATERAL (
    SELECT * FROM certificates c WHERE c.product_id = p.id ORDER BY c.valid_from DESC, c.created_at DESC LIMIT 1
  ) c ON true
)
UPDATE products p SET current_stars = cur.stars, current_valid_from = cur.valid_from,
  current_valid_to = cur.valid_to,
  current_revoked_on = CASE WHEN cur.revocation_ground IS NOT NULL THEN cur.revoked_on END,
  current_re_evaluation_since = cur.re_evaluation_pending_since
FROM cur WHERE p.id = cur.product_id;
