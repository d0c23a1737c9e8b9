CREATE TABLE "consent_withdrawals" (
	"consent_id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"route" text NOT NULL,
	"form_id" text NOT NULL,
	"form_version" integer NOT NULL,
	"form" jsonb NOT NULL,
	"acknowledged_elements" jsonb NOT NULL,
	"patient_typed_name" text NOT NULL,
	"signature_method" text NOT NULL,
	"signature_png" text,
	"patient_signed_at" timestamp with time zone NOT NULL,
	"witness_user_id" uuid NOT NULL,
	"witness_username" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"form_version" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"by_role" text NOT NULL,
	"data" jsonb NOT NULL,
	"derived" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_signatures" (
	"screening_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"soft_stop_notes" jsonb NOT NULL,
	"warnings_acknowledged" boolean NOT NULL,
	"note" text,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by_user_id" uuid NOT NULL,
	"signed_by_username" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"intake_version" integer NOT NULL,
	"protocol_id" text NOT NULL,
	"protocol_version" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"decision" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_by_username" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_versions" ADD CONSTRAINT "intake_versions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_signatures" ADD CONSTRAINT "screening_signatures_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_intake_id_intake_versions_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intake_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_patient_idx" ON "consents" USING btree ("patient_id","route");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_versions_version_key" ON "intake_versions" USING btree ("patient_id","version");--> statement-breakpoint
CREATE INDEX "screenings_patient_idx" ON "screenings" USING btree ("patient_id","protocol_id","created_at");