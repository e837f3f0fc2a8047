CREATE TABLE "eu_partners"."audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "eu_partners"."audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_sub" text,
	"actor_org" text,
	"request_id" text NOT NULL,
	"kind" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"operation" text NOT NULL,
	"changes" jsonb NOT NULL,
	"effective_date" date,
	"territory" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_partners"."idempotency_keys" (
	"caller_sub" text NOT NULL,
	"key" text NOT NULL,
	"mutation" text NOT NULL,
	"request_hash" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("caller_sub","key","mutation")
);
--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "eu_partners"."audit_log" USING btree ("record_type","record_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_sub_idx" ON "eu_partners"."audit_log" USING btree ("actor_sub","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "eu_partners"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_territory_idx" ON "eu_partners"."audit_log" USING gin ("territory");--> statement-breakpoint
-- The audit log is append-only (DESIGN.md principle 11): the application may insert, never change or remove a row.
CREATE FUNCTION "eu_partners"."refuse_audit_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % on eu_partners.audit_log is refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "eu_partners"."audit_log" FOR EACH ROW EXECUTE FUNCTION "eu_partners"."refuse_audit_log_change"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "eu_partners"."audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "eu_partners"."refuse_audit_log_change"();
