CREATE SCHEMA "municipalities";
--> statement-breakpoint
CREATE TABLE "municipalities"."arrondissements" (
	"nis" text PRIMARY KEY NOT NULL,
	"province_nis" text,
	"region_nis" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_de" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."livcr_cell_member_roles" (
	"cell_id" text NOT NULL,
	"sector" text NOT NULL,
	"mandatory" boolean NOT NULL,
	"since" date NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "livcr_cell_member_roles_pk" PRIMARY KEY("cell_id","sector")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."livcr_cell_memberships" (
	"cell_id" text NOT NULL,
	"municipality_nis" text NOT NULL,
	"member_since" date NOT NULL,
	"member_until" date,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "livcr_cell_memberships_pk" PRIMARY KEY("cell_id","municipality_nis","member_since")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."livcr_cell_status_periods" (
	"cell_id" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "livcr_cell_status_periods_pk" PRIMARY KEY("cell_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."livcr_cells" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"seat_nis" text NOT NULL,
	"region_nis" text NOT NULL,
	"province_nis" text,
	"founded_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"meeting_frequency" text NOT NULL,
	"functional_email" text NOT NULL,
	"coordinator_name" text NOT NULL,
	"coordinator_role" text NOT NULL,
	"coordinator_email" text NOT NULL,
	"coordinator_phone" text,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."municipalities" (
	"nis" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_de" text,
	"language_regime" text NOT NULL,
	"arrondissement_nis" text NOT NULL,
	"province_nis" text,
	"region_nis" text NOT NULL,
	"search_text" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"boundary_source" text NOT NULL,
	"boundary_reference_date" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."predecessors" (
	"municipality_nis" text NOT NULL,
	"predecessor_nis" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_to" text NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL,
	CONSTRAINT "predecessors_pk" PRIMARY KEY("municipality_nis","predecessor_nis")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."provinces" (
	"nis" text PRIMARY KEY NOT NULL,
	"iso_code" text NOT NULL,
	"region_nis" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_de" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."regions" (
	"nis" text PRIMARY KEY NOT NULL,
	"iso_code" text NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_url" text,
	"reference_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."seed_state" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipalities"."arrondissements" ADD CONSTRAINT "arrondissements_province_nis_provinces_nis_fk" FOREIGN KEY ("province_nis") REFERENCES "municipalities"."provinces"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."arrondissements" ADD CONSTRAINT "arrondissements_region_nis_regions_nis_fk" FOREIGN KEY ("region_nis") REFERENCES "municipalities"."regions"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_member_roles" ADD CONSTRAINT "livcr_cell_member_roles_cell_id_livcr_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "municipalities"."livcr_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_memberships" ADD CONSTRAINT "livcr_cell_memberships_cell_id_livcr_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "municipalities"."livcr_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_memberships" ADD CONSTRAINT "livcr_cell_memberships_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "municipalities"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_status_periods" ADD CONSTRAINT "livcr_cell_status_periods_cell_id_livcr_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "municipalities"."livcr_cells"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cells" ADD CONSTRAINT "livcr_cells_seat_nis_municipalities_nis_fk" FOREIGN KEY ("seat_nis") REFERENCES "municipalities"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cells" ADD CONSTRAINT "livcr_cells_region_nis_regions_nis_fk" FOREIGN KEY ("region_nis") REFERENCES "municipalities"."regions"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cells" ADD CONSTRAINT "livcr_cells_province_nis_provinces_nis_fk" FOREIGN KEY ("province_nis") REFERENCES "municipalities"."provinces"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."municipalities" ADD CONSTRAINT "municipalities_arrondissement_nis_arrondissements_nis_fk" FOREIGN KEY ("arrondissement_nis") REFERENCES "municipalities"."arrondissements"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."municipalities" ADD CONSTRAINT "municipalities_province_nis_provinces_nis_fk" FOREIGN KEY ("province_nis") REFERENCES "municipalities"."provinces"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."municipalities" ADD CONSTRAINT "municipalities_region_nis_regions_nis_fk" FOREIGN KEY ("region_nis") REFERENCES "municipalities"."regions"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."predecessors" ADD CONSTRAINT "predecessors_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "municipalities"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."provinces" ADD CONSTRAINT "provinces_region_nis_regions_nis_fk" FOREIGN KEY ("region_nis") REFERENCES "municipalities"."regions"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "livcr_cell_memberships_municipality_nis_idx" ON "municipalities"."livcr_cell_memberships" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "livcr_cells_region_nis_idx" ON "municipalities"."livcr_cells" USING btree ("region_nis");--> statement-breakpoint
CREATE INDEX "livcr_cells_province_nis_idx" ON "municipalities"."livcr_cells" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "municipalities_region_nis_idx" ON "municipalities"."municipalities" USING btree ("region_nis");--> statement-breakpoint
CREATE INDEX "municipalities_province_nis_idx" ON "municipalities"."municipalities" USING btree ("province_nis");--> statement-breakpoint
CREATE INDEX "predecessors_municipality_nis_idx" ON "municipalities"."predecessors" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "provinces_region_nis_idx" ON "municipalities"."provinces" USING btree ("region_nis");