CREATE TABLE "ledger_events" (
	"sequence" integer PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"container_id" text,
	"session_id" text,
	"event" jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ledger_events_id_unique" UNIQUE("id"),
	CONSTRAINT "ledger_events_sequence_positive" CHECK ("ledger_events"."sequence" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"sequence" integer NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ledger_head_single_row" CHECK ("ledger_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "ledger_events" ADD CONSTRAINT "ledger_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_events_container_idx" ON "ledger_events" USING btree ("container_id","sequence");--> statement-breakpoint
CREATE INDEX "ledger_events_session_idx" ON "ledger_events" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "ledger_events_at_idx" ON "ledger_events" USING btree ("at");