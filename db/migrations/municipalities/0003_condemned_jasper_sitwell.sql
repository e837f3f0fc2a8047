CREATE TABLE "municipalities"."livcr_cell_meeting_band_changes" (
	"cell_id" text NOT NULL,
	"changed_on" date NOT NULL,
	"previous_band" text NOT NULL,
	"band" text NOT NULL,
	"edited_at" timestamp with time zone,
	CONSTRAINT "livcr_cell_meeting_band_changes_pk" PRIMARY KEY("cell_id","changed_on")
);
--> statement-breakpoint
ALTER TABLE "municipalities"."livcr_cell_meeting_band_changes" ADD CONSTRAINT "livcr_cell_meeting_band_changes_cell_id_livcr_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "municipalities"."livcr_cells"("id") ON DELETE no action ON UPDATE no action;