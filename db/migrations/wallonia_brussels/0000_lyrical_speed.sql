CREATE SCHEMA "wallonia_brussels";
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."csilr_support" (
	"municipality_nis" text PRIMARY KEY NOT NULL,
	"province_nis" text NOT NULL,
	"has_cell" boolean NOT NULL,
	"cell_key" text,
	"through_social_cohesion_plan" boolean NOT NULL,
	"coordination_time" text,
	"offer_id" text NOT NULL,
	"legal_basis_document_id" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"cited_as" text,
	"type" text NOT NULL,
	"issued_from" date,
	"issued_to" date,
	"issued_precision" text,
	"issuing_authority" text,
	"reference" text,
	"description" jsonb NOT NULL,
	"author_organisation_ids" text[] NOT NULL,
	"author_flanders_organisation_ids" text[] NOT NULL,
	"municipality_nis" text,
	"related_document_ids" text[] NOT NULL,
	"measure_count" integer,
	"platform" text,
	"channel" text,
	"source_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"cited_as" text,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"venue_name" text,
	"venue_address" text,
	"venue_city" text,
	"venue_municipality_nis" text,
	"language" text,
	"speakers" jsonb NOT NULL,
	"organiser_ids" text[] NOT NULL,
	"registration" text,
	"description" jsonb NOT NULL,
	"document_id" text,
	"project_id" text,
	"status_note" text,
	"source_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"sort_title" text NOT NULL,
	"cited_as" text,
	"kind" text NOT NULL,
	"sessions" integer,
	"audience" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"how_to_request" jsonb,
	"email" text,
	"phone" text,
	"description" jsonb NOT NULL,
	"since" text,
	"sectors" jsonb NOT NULL,
	"territory" jsonb NOT NULL,
	"topics" jsonb NOT NULL,
	"regions" text[] NOT NULL,
	"document_id" text,
	"legal_basis_document_id" text,
	"partner_flanders_organisation_ids" text[] NOT NULL,
	"source_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"acronym" text,
	"also_known_as" text[] NOT NULL,
	"cited_as" text,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"regions" text[] NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"description" jsonb NOT NULL,
	"since" text,
	"parent_organisation_id" text,
	"municipality_nis" text,
	"relay_of_eu_organisation_id" text,
	"source_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."prevention_guidance" (
	"municipality_nis" text PRIMARY KEY NOT NULL,
	"territory" text NOT NULL,
	"offer_id" text NOT NULL,
	"document_id" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"cited_as" text,
	"acronym" text,
	"starts_on" date,
	"start_precision" text,
	"ends_on" date,
	"end_precision" text,
	"funding" text,
	"lead_organisation_id" text,
	"partner_organisation_ids" text[] NOT NULL,
	"partner_municipality_nis" text[] NOT NULL,
	"audience" text[] NOT NULL,
	"planned_output" jsonb,
	"description" jsonb NOT NULL,
	"source_ids" text[] NOT NULL,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."seed_state" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallonia_brussels"."sources" (
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
ALTER TABLE "wallonia_brussels"."csilr_support" ADD CONSTRAINT "csilr_support_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "wallonia_brussels"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."csilr_support" ADD CONSTRAINT "csilr_support_legal_basis_document_id_documents_id_fk" FOREIGN KEY ("legal_basis_document_id") REFERENCES "wallonia_brussels"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."offers" ADD CONSTRAINT "offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "wallonia_brussels"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."prevention_guidance" ADD CONSTRAINT "prevention_guidance_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "wallonia_brussels"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."prevention_guidance" ADD CONSTRAINT "prevention_guidance_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "wallonia_brussels"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."projects" ADD CONSTRAINT "projects_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "wallonia_brussels"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "csilr_support_cell_key_idx" ON "wallonia_brussels"."csilr_support" USING btree ("cell_key");--> statement-breakpoint
CREATE INDEX "csilr_support_province_nis_idx" ON "wallonia_brussels"."csilr_support" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "documents_issued_from_idx" ON "wallonia_brussels"."documents" USING btree ("issued_from","id");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "wallonia_brussels"."events" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "offers_organisation_id_idx" ON "wallonia_brussels"."offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_sort_title_idx" ON "wallonia_brussels"."offers" USING btree ("sort_title","id");--> statement-breakpoint
CREATE INDEX "organisations_sort_name_idx" ON "wallonia_brussels"."organisations" USING btree ("sort_name","id");