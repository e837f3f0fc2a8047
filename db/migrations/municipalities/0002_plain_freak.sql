ALTER TABLE "municipalities"."livcr_cell_member_roles" ADD COLUMN "until" date;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_member_roles" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_memberships" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_status_periods" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cells" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cells" ADD COLUMN "edited_at" timestamp with time zone;