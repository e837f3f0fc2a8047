CREATE TABLE "wallonia_brussels"."event_organisers" (
	"event_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "event_organisers_pk" PRIMARY KEY("event_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "wallonia_brussels"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_organisers_organisation_id_idx" ON "wallonia_brussels"."event_organisers" USING btree ("organisation_id");--> statement-breakpoint
-- Added by hand to the generated migration: an existing database keeps its events' organisers, in order.
INSERT INTO "wallonia_brussels"."event_organisers" ("event_id", "organisation_id", "position")
SELECT "events"."id", "organiser"."id", min("organiser"."ordinality") - 1
FROM "wallonia_brussels"."events" CROSS JOIN LATERAL unnest("events"."organiser_ids") WITH ORDINALITY AS "organiser"("id", "ordinality")
GROUP BY "events"."id", "organiser"."id";--> statement-breakpoint
ALTER TABLE "wallonia_brussels"."events" DROP COLUMN "organiser_ids";