CREATE SCHEMA "federal";
--> statement-breakpoint
CREATE TABLE "federal"."coverage_observations" (
	"id" text PRIMARY KEY NOT NULL,
	"observation_id" text NOT NULL,
	"date" date NOT NULL,
	"date_precision" text NOT NULL,
	"area" text NOT NULL,
	"cell_term" text NOT NULL,
	"cells" integer,
	"municipalities_covered" integer,
	"municipalities_without" integer,
	"municipalities_total" integer,
	"fully_covered" boolean,
	"observation" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"type" text NOT NULL,
	"date" date,
	"date_precision" text,
	"issuing_authority" text,
	"issuer_id" text,
	"reference" text,
	"description" jsonb,
	"replaces_id" text,
	"presented_at_event_id" text,
	"initiatives_more_than" integer,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"venue_name" text,
	"venue_address" text,
	"venue_city" text,
	"venue_nis" text,
	"language" text,
	"speakers" jsonb NOT NULL,
	"organiser_ids" text[] NOT NULL,
	"registration" text,
	"description" jsonb,
	"programme" jsonb NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."local_initiatives" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"name_is_descriptive" boolean NOT NULL,
	"municipality_nis" text NOT NULL,
	"province_nis" text,
	"region_iso" text NOT NULL,
	"guide_document_id" text,
	"presented_at_event_id" text,
	"description" jsonb,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."mobile_team_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"team_organisation_id" text NOT NULL,
	"date" date NOT NULL,
	"municipality_nis" text NOT NULL,
	"province_nis" text,
	"region_iso" text NOT NULL,
	"topic" text NOT NULL,
	"offer_id" text,
	"participant_sectors" text[] NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."mobile_teams" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"renamed_to" text,
	"renamed_year" integer,
	"active_since" date NOT NULL,
	"active_since_precision" text NOT NULL,
	"operator_id" text,
	"eu_co_funded" boolean NOT NULL,
	"funder_eu_organisation_id" text,
	"funding_note" jsonb,
	"published_field_visits" integer NOT NULL,
	"geographic_scope" jsonb,
	"open_to_other_questions" jsonb,
	"guide_document_id" text,
	"colloquium_event_id" text,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"kind" text NOT NULL,
	"sessions" integer,
	"audience" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"how_to_request" jsonb,
	"format" text,
	"description" jsonb,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" text,
	"also_known_as" text[] NOT NULL,
	"type" text NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"description" jsonb,
	"parent_id" text,
	"outside_hub" boolean NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."police_zone_municipalities" (
	"municipality_nis" text PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."police_zones" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_nis" text,
	"region_iso" text NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."projects" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"lead_organisation_id" text NOT NULL,
	"start_date" date,
	"start_precision" text,
	"end_date" date,
	"end_precision" text,
	"funder_eu_organisation_ids" text[] NOT NULL,
	"funding_note" jsonb,
	"partner_organisation_ids" text[] NOT NULL,
	"partner_municipality_nis" text[] NOT NULL,
	"description" jsonb,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federal"."seed_state" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD CONSTRAINT "documents_issuer_id_organisations_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD CONSTRAINT "documents_replaces_id_documents_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "federal"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."documents" ADD CONSTRAINT "documents_presented_at_event_id_events_id_fk" FOREIGN KEY ("presented_at_event_id") REFERENCES "federal"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD CONSTRAINT "local_initiatives_guide_document_id_documents_id_fk" FOREIGN KEY ("guide_document_id") REFERENCES "federal"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."local_initiatives" ADD CONSTRAINT "local_initiatives_presented_at_event_id_events_id_fk" FOREIGN KEY ("presented_at_event_id") REFERENCES "federal"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD CONSTRAINT "mobile_team_visits_team_organisation_id_organisations_id_fk" FOREIGN KEY ("team_organisation_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_team_visits" ADD CONSTRAINT "mobile_team_visits_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "federal"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_teams" ADD CONSTRAINT "mobile_teams_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_teams" ADD CONSTRAINT "mobile_teams_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_teams" ADD CONSTRAINT "mobile_teams_guide_document_id_documents_id_fk" FOREIGN KEY ("guide_document_id") REFERENCES "federal"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."mobile_teams" ADD CONSTRAINT "mobile_teams_colloquium_event_id_events_id_fk" FOREIGN KEY ("colloquium_event_id") REFERENCES "federal"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."offers" ADD CONSTRAINT "offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."police_zone_municipalities" ADD CONSTRAINT "police_zone_municipalities_zone_id_police_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "federal"."police_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federal"."projects" ADD CONSTRAINT "projects_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "federal"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_observations_area_date_idx" ON "federal"."coverage_observations" USING btree ("area","date");--> statement-breakpoint
CREATE INDEX "documents_type_idx" ON "federal"."documents" USING btree ("type");--> statement-breakpoint
CREATE INDEX "documents_replaces_id_idx" ON "federal"."documents" USING btree ("replaces_id");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "federal"."events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "local_initiatives_municipality_nis_idx" ON "federal"."local_initiatives" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "local_initiatives_guide_document_id_idx" ON "federal"."local_initiatives" USING btree ("guide_document_id");--> statement-breakpoint
CREATE INDEX "mobile_team_visits_municipality_nis_idx" ON "federal"."mobile_team_visits" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "mobile_team_visits_date_idx" ON "federal"."mobile_team_visits" USING btree ("date");--> statement-breakpoint
CREATE INDEX "offers_organisation_id_idx" ON "federal"."offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_kind_idx" ON "federal"."offers" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_parent_id_idx" ON "federal"."organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "federal"."organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "police_zone_municipalities_zone_id_idx" ON "federal"."police_zone_municipalities" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "police_zones_province_nis_idx" ON "federal"."police_zones" USING btree ("province_nis");