CREATE TABLE "export_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"requested_by_username" text NOT NULL,
	"status" text NOT NULL,
	"stage" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"file_name" text,
	"bytes" integer,
	"counts" jsonb,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "external_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"source_bundle_id" text,
	"source_patient_id" text,
	"conditions" jsonb NOT NULL,
	"medications" jsonb NOT NULL,
	"allergies" jsonb NOT NULL,
	"skipped" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_dispatches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"method" text NOT NULL,
	"destination" text,
	"recipient_name" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"version" integer PRIMARY KEY NOT NULL,
	"letterhead" jsonb NOT NULL,
	"signature_block" text NOT NULL,
	"footer" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid,
	"created_by_username" text
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recipient" jsonb NOT NULL,
	"subject" text NOT NULL,
	"sections" jsonb NOT NULL,
	"score_series" jsonb NOT NULL,
	"template_version" integer NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by_user_id" uuid NOT NULL,
	"signed_by_username" text NOT NULL,
	"signed_by_name" text NOT NULL,
	"pdf" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_records" ADD CONSTRAINT "external_records_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_dispatches" ADD CONSTRAINT "letter_dispatches_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "export_jobs_created_idx" ON "export_jobs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "external_records_patient_idx" ON "external_records" USING btree ("patient_id","imported_at");--> statement-breakpoint
CREATE INDEX "letter_dispatches_letter_idx" ON "letter_dispatches" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letters_patient_idx" ON "letters" USING btree ("patient_id","signed_at");