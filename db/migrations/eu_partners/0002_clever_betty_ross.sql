ALTER TABLE "eu_partners"."documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_partners"."documents" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eu_partners"."documents" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "eu_partners"."documents" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "eu_partners"."working_groups" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_partners"."working_groups" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eu_partners"."working_groups" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "eu_partners"."working_groups" ADD COLUMN "archive_reason" text;