CREATE TABLE "dose_plan_cosigns" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dose_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"patient_id" uuid NOT NULL,
	"protocol_id" text NOT NULL,
	"protocol_version" integer NOT NULL,
	"result_status" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"soft_stop_reason" text,
	"note" text,
	"supersedes_plan_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_by_username" text NOT NULL,
	"created_by_role" text NOT NULL,
	CONSTRAINT "dose_plans_seq_unique" UNIQUE("seq"),
	CONSTRAINT "dose_plans_result_status_check" CHECK ("dose_plans"."result_status" in ('within','soft-stop','hard-stop'))
);
--> statement-breakpoint
CREATE TABLE "protocol_versions" (
	"protocol_id" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"reason" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by_user_id" uuid,
	"published_by_username" text,
	CONSTRAINT "protocol_versions_protocol_id_version_pk" PRIMARY KEY("protocol_id","version")
);
--> statement-breakpoint
ALTER TABLE "dose_plan_cosigns" ADD CONSTRAINT "dose_plan_cosigns_plan_id_dose_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."dose_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dose_plans" ADD CONSTRAINT "dose_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dose_plans_patient_idx" ON "dose_plans" USING btree ("patient_id","protocol_id","created_at");