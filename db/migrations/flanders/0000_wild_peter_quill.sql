CREATE SCHEMA "flanders";
--> statement-breakpoint
CREATE TABLE "flanders"."coaching_tracks" (
	"track" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."coaching_trajectories" (
	"id" text PRIMARY KEY NOT NULL,
	"offer_id" text NOT NULL,
	"track" text NOT NULL,
	"started_on" date NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."coaching_trajectory_municipalities" (
	"trajectory_id" text NOT NULL,
	"nis" text NOT NULL,
	"province_nis" text NOT NULL,
	CONSTRAINT "coaching_trajectory_municipalities_pk" PRIMARY KEY("trajectory_id","nis")
);
--> statement-breakpoint
CREATE TABLE "flanders"."documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"type" text NOT NULL,
	"date" date,
	"date_precision" text,
	"effective_from" date,
	"issuing_authority" text,
	"reference" text,
	"description" jsonb,
	"authors" jsonb NOT NULL,
	"sections" jsonb NOT NULL,
	"partner_organisation_ids" jsonb NOT NULL,
	"presented_at_event_id" text,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."emmascan_evaluation_municipalities" (
	"evaluation_id" text NOT NULL,
	"nis" text NOT NULL,
	"province_nis" text NOT NULL,
	CONSTRAINT "emmascan_evaluation_municipalities_pk" PRIMARY KEY("evaluation_id","nis")
);
--> statement-breakpoint
CREATE TABLE "flanders"."emmascan_evaluations" (
	"id" text PRIMARY KEY NOT NULL,
	"offer_id" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."emmascan_module_results" (
	"evaluation_id" text NOT NULL,
	"module_id" text NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "emmascan_module_results_pk" PRIMARY KEY("evaluation_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "flanders"."emmascan_modules" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"kind" text NOT NULL,
	"date" date,
	"start_time" text,
	"end_time" text,
	"online" boolean NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"venue_city" text,
	"venue_nis" text,
	"language" text,
	"speakers" jsonb NOT NULL,
	"organiser_ids" jsonb NOT NULL,
	"registration" text,
	"description" jsonb,
	"document_id" text,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."experts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_name" text NOT NULL,
	"affiliation" text,
	"organisation_id" text NOT NULL,
	"email" text,
	"phone" text,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."helpdesk_local_government_counts" (
	"year" integer NOT NULL,
	"province_nis" text NOT NULL,
	"local_governments" integer NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "helpdesk_local_government_counts_pk" PRIMARY KEY("year","province_nis")
);
--> statement-breakpoint
CREATE TABLE "flanders"."helpdesk_question_counts" (
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"province_nis" text NOT NULL,
	"questions" integer NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "helpdesk_question_counts_pk" PRIMARY KEY("year","quarter","province_nis")
);
--> statement-breakpoint
CREATE TABLE "flanders"."helpdesk_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"offer_id" text NOT NULL,
	"questions" integer NOT NULL,
	"local_governments" integer NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."network_meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"date" date NOT NULL,
	"mode" text NOT NULL,
	"agenda" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."network_provinces" (
	"network_id" text NOT NULL,
	"province_nis" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "network_provinces_pk" PRIMARY KEY("network_id","province_nis")
);
--> statement-breakpoint
CREATE TABLE "flanders"."networks" (
	"id" text PRIMARY KEY NOT NULL,
	"network_kind" text NOT NULL,
	"organisation_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"character" text,
	"audience" jsonb NOT NULL,
	"times_per_year" integer,
	"on_request" boolean,
	"province_count" integer,
	"description" jsonb,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"kind" text NOT NULL,
	"sessions" integer,
	"duration_hours" real,
	"audience" jsonb NOT NULL,
	"languages" jsonb,
	"how_to_request" jsonb,
	"availability" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_other_phones" jsonb NOT NULL,
	"contact_form" text,
	"registration_form" text,
	"website" text,
	"description" jsonb,
	"topics" jsonb NOT NULL,
	"formats" jsonb NOT NULL,
	"free" boolean,
	"expert_pool_id" text,
	"available_from" date,
	"available_from_precision" text,
	"project_id" text,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"acronym" text,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"website" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_other_phones" jsonb NOT NULL,
	"contact_form" text,
	"registration_form" text,
	"description" jsonb,
	"parent_name" text,
	"team" text,
	"radicalisation_support_since" date,
	"radicalisation_support_since_precision" text,
	"offers_available_from" date,
	"offers_available_from_precision" text,
	"expert_pool_id" text,
	"pool_listed_as" text,
	"pool_offer_label" text,
	"free" boolean,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"acronym" text,
	"period_start" date,
	"period_start_precision" text,
	"period_end" date,
	"period_end_precision" text,
	"funding" text,
	"lead_organisation_id" text,
	"partners" jsonb NOT NULL,
	"description" jsonb,
	"output_offer_ids" jsonb NOT NULL,
	"also_known_as" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flanders"."seed_state" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectories" ADD CONSTRAINT "coaching_trajectories_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "flanders"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectories" ADD CONSTRAINT "coaching_trajectories_track_coaching_tracks_track_fk" FOREIGN KEY ("track") REFERENCES "flanders"."coaching_tracks"("track") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."coaching_trajectory_municipalities" ADD CONSTRAINT "coaching_trajectory_municipalities_trajectory_id_coaching_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "flanders"."coaching_trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_evaluation_municipalities" ADD CONSTRAINT "emmascan_evaluation_municipalities_evaluation_id_emmascan_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "flanders"."emmascan_evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_evaluations" ADD CONSTRAINT "emmascan_evaluations_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "flanders"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_module_results" ADD CONSTRAINT "emmascan_module_results_evaluation_id_emmascan_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "flanders"."emmascan_evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."emmascan_module_results" ADD CONSTRAINT "emmascan_module_results_module_id_emmascan_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "flanders"."emmascan_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."experts" ADD CONSTRAINT "experts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "flanders"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."helpdesk_local_government_counts" ADD CONSTRAINT "helpdesk_local_government_counts_year_helpdesk_years_year_fk" FOREIGN KEY ("year") REFERENCES "flanders"."helpdesk_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."helpdesk_question_counts" ADD CONSTRAINT "helpdesk_question_counts_year_helpdesk_years_year_fk" FOREIGN KEY ("year") REFERENCES "flanders"."helpdesk_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."helpdesk_years" ADD CONSTRAINT "helpdesk_years_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "flanders"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."network_meetings" ADD CONSTRAINT "network_meetings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "flanders"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."network_provinces" ADD CONSTRAINT "network_provinces_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "flanders"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."networks" ADD CONSTRAINT "networks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "flanders"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD CONSTRAINT "offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "flanders"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD CONSTRAINT "offers_expert_pool_id_organisations_id_fk" FOREIGN KEY ("expert_pool_id") REFERENCES "flanders"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."offers" ADD CONSTRAINT "offers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "flanders"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flanders"."projects" ADD CONSTRAINT "projects_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "flanders"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_trajectories_started_on_idx" ON "flanders"."coaching_trajectories" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "coaching_trajectory_municipalities_nis_idx" ON "flanders"."coaching_trajectory_municipalities" USING btree ("nis");--> statement-breakpoint
CREATE INDEX "coaching_trajectory_municipalities_province_nis_idx" ON "flanders"."coaching_trajectory_municipalities" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "documents_date_idx" ON "flanders"."documents" USING btree ("date");--> statement-breakpoint
CREATE INDEX "documents_type_idx" ON "flanders"."documents" USING btree ("type");--> statement-breakpoint
CREATE INDEX "emmascan_evaluation_municipalities_nis_idx" ON "flanders"."emmascan_evaluation_municipalities" USING btree ("nis");--> statement-breakpoint
CREATE INDEX "emmascan_evaluation_municipalities_province_nis_idx" ON "flanders"."emmascan_evaluation_municipalities" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "emmascan_evaluations_evaluated_on_idx" ON "flanders"."emmascan_evaluations" USING btree ("evaluated_on");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "flanders"."events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "experts_organisation_id_idx" ON "flanders"."experts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_meetings_network_id_idx" ON "flanders"."network_meetings" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "network_provinces_province_nis_idx" ON "flanders"."network_provinces" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "networks_network_kind_idx" ON "flanders"."networks" USING btree ("network_kind");--> statement-breakpoint
CREATE INDEX "offers_organisation_id_idx" ON "flanders"."offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_kind_idx" ON "flanders"."offers" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_expert_pool_id_idx" ON "flanders"."organisations" USING btree ("expert_pool_id");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "flanders"."organisations" USING btree ("type");