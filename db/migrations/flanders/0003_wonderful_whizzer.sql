ALTER TABLE "flanders"."coaching_trajectories" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectories" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectories" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectory_municipalities" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."documents" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."documents" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."documents" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_evaluation_municipalities" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_evaluations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_evaluations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_module_results" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."events" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."events" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."events" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "flanders"."helpdesk_years" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."helpdesk_years" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."network_meetings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."network_meetings" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."networks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."networks" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."networks" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."networks" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "flanders"."organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."organisations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."organisations" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."organisations" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "flanders"."projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "flanders"."projects" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flanders"."projects" ADD COLUMN "archived_on" date;--> statement-breakpoint
ALTER TABLE "flanders"."projects" ADD COLUMN "archive_reason" text;