ALTER TABLE "federal"."coverage_observations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."coverage_observations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."events" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."events" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."events" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."offers" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."offers" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."offers" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."organisations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."organisations" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."organisations" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "federal"."projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "federal"."projects" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federal"."projects" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "federal"."projects" ADD COLUMN "archive_reason" text;