CREATE SCHEMA "eu_partners";
--> statement-breakpoint
CREATE TABLE "eu_partners"."documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"type" text NOT NULL,
	"date" text,
	"date_from" date,
	"date_to" date,
	"issuing_authority" text NOT NULL,
	"issuing_organisation_id" text,
	"reference" text,
	"description" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."efus_memberships" (
	"member_key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"municipality_nis" text,
	"organisation" jsonb,
	"evidence" text NOT NULL,
	"statement" text NOT NULL,
	"project_ids" text[] NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."event_organisers" (
	"event_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"organisation_level" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "event_organisers_pk" PRIMARY KEY("event_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."event_series" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"period" text,
	"rhythm" text,
	"place" text,
	"languages" text[] NOT NULL,
	"interpretation" boolean,
	"description" jsonb NOT NULL,
	"project_id" text,
	"organisers" jsonb NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"subtitle" text,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"online" boolean NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"venue_postal_code" text,
	"venue_city" text,
	"venue_nis" text,
	"venue_province_nis" text,
	"venue_region_nis" text,
	"language" text,
	"languages" text[] NOT NULL,
	"speakers" jsonb NOT NULL,
	"registration" text,
	"registration_deadline" date,
	"free" boolean,
	"format" text,
	"interpretation" boolean,
	"audience" text[] NOT NULL,
	"description" jsonb NOT NULL,
	"series_id" text,
	"project_id" text,
	"related_organisation_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"acronym" text,
	"also_known_as" text[] NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"description" jsonb NOT NULL,
	"founded_year" integer,
	"host_institution" text,
	"parent_organisation_id" text,
	"predecessor_organisation_id" text,
	"successor_organisation_id" text,
	"succession_year" integer,
	"belgian_relay" jsonb,
	"legal_basis_document_id" text,
	"member_count" integer,
	"member_count_approximate" boolean,
	"member_count_unit" text,
	"search_text" text NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."project_partners" (
	"project_id" text NOT NULL,
	"partner_key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"municipality_nis" text,
	"province_nis" text,
	"region_nis" text,
	"organisation" jsonb,
	"organisation_id" text,
	"role" text NOT NULL,
	"role_note" text,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "project_partners_pk" PRIMARY KEY("project_id","partner_key")
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"sort_name" text NOT NULL,
	"period_start" text,
	"period_end" text,
	"starts_on" date,
	"ends_on" date,
	"funding" text,
	"funding_programme" text,
	"grant_number" text,
	"lead_organisation_id" text,
	"funder_organisation_id" text,
	"description" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."seed_state" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"language" text,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."working_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"code" text,
	"kind" text NOT NULL,
	"expansion" text,
	"rhythm" text,
	"description" jsonb NOT NULL,
	"notes" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eu_partners"."documents" ADD CONSTRAINT "documents_issuing_organisation_id_organisations_id_fk" FOREIGN KEY ("issuing_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "eu_partners"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."event_series" ADD CONSTRAINT "event_series_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "eu_partners"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD CONSTRAINT "events_series_id_event_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "eu_partners"."event_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."events" ADD CONSTRAINT "events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "eu_partners"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD CONSTRAINT "organisations_parent_organisation_id_organisations_id_fk" FOREIGN KEY ("parent_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD CONSTRAINT "organisations_predecessor_organisation_id_organisations_id_fk" FOREIGN KEY ("predecessor_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."organisations" ADD CONSTRAINT "organisations_successor_organisation_id_organisations_id_fk" FOREIGN KEY ("successor_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."project_partners" ADD CONSTRAINT "project_partners_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "eu_partners"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD CONSTRAINT "projects_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."projects" ADD CONSTRAINT "projects_funder_organisation_id_organisations_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_partners"."working_groups" ADD CONSTRAINT "working_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "eu_partners"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_date_from_idx" ON "eu_partners"."documents" USING btree ("date_from");--> statement-breakpoint
CREATE INDEX "documents_issuing_organisation_id_idx" ON "eu_partners"."documents" USING btree ("issuing_organisation_id");--> statement-breakpoint
CREATE INDEX "efus_memberships_municipality_nis_idx" ON "eu_partners"."efus_memberships" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "event_organisers_organisation_id_idx" ON "eu_partners"."event_organisers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "eu_partners"."events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "events_series_id_idx" ON "eu_partners"."events" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "events_project_id_idx" ON "eu_partners"."events" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "events_venue_nis_idx" ON "eu_partners"."events" USING btree ("venue_nis");--> statement-breakpoint
CREATE INDEX "organisations_parent_organisation_id_idx" ON "eu_partners"."organisations" USING btree ("parent_organisation_id");--> statement-breakpoint
CREATE INDEX "project_partners_municipality_nis_idx" ON "eu_partners"."project_partners" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "project_partners_organisation_id_idx" ON "eu_partners"."project_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "projects_starts_on_idx" ON "eu_partners"."projects" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "working_groups_organisation_id_idx" ON "eu_partners"."working_groups" USING btree ("organisation_id");