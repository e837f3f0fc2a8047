ALTER TABLE "wallonia_brussels"."csilr_support" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."csilr_support" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."documents" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."documents" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."documents" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."events" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."events" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."events" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."offers" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."offers" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."offers" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."organisations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."organisations" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."organisations" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."prevention_guidance" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."prevention_guidance" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."projects" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."projects" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."projects" ADD COLUMN "archive_reason" text;