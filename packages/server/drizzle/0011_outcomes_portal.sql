CREATE TABLE "questionnaire_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"scale_id" text NOT NULL,
	"due_date" date NOT NULL,
	"recurrence" text NOT NULL,
	"status" text NOT NULL,
	"assigned_by_user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"response_id" uuid,
	CONSTRAINT "questionnaire_assignments_recurrence_check" CHECK ("questionnaire_assignments"."recurrence" in ('none','weekly')),
	CONSTRAINT "questionnaire_assignments_status_check" CHECK ("questionnaire_assignments"."status" in ('open','completed'))
);
--> statement-breakpoint
CREATE TABLE "questionnaire_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"scale_id" text NOT NULL,
	"scale_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"complete" boolean NOT NULL,
	"missing_items" jsonb NOT NULL,
	"total" integer,
	"band_id" text,
	"band_label" text,
	"flags" jsonb NOT NULL,
	"entered_by_user_id" uuid NOT NULL,
	"entered_by_username" text NOT NULL,
	"entered_by_role" text NOT NULL,
	"assignment_id" uuid,
	"taken_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "questionnaire_responses_total_check" CHECK (("questionnaire_responses"."complete" and "questionnaire_responses"."total" is not null) or (not "questionnaire_responses"."complete" and "questionnaire_responses"."total" is null))
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"priority" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"assigned_role" text,
	"assigned_user_id" uuid,
	"status" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_user_id" uuid,
	"completed_by_username" text,
	"completion_note" text,
	CONSTRAINT "tasks_priority_check" CHECK ("tasks"."priority" in ('urgent','routine')),
	CONSTRAINT "tasks_status_check" CHECK ("tasks"."status" in ('open','done'))
);
--> statement-breakpoint
CREATE TABLE "portal_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"redeemed_at" timestamp with time zone,
	"user_id" uuid,
	CONSTRAINT "portal_invitations_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_invitations" ADD CONSTRAINT "portal_invitations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_assignments_patient_idx" ON "questionnaire_assignments" USING btree ("patient_id","status");--> statement-breakpoint
CREATE INDEX "questionnaire_responses_patient_idx" ON "questionnaire_responses" USING btree ("patient_id","scale_id","taken_at");--> statement-breakpoint
CREATE INDEX "tasks_status_idx" ON "tasks" USING btree ("status","priority","created_at");--> statement-breakpoint
CREATE INDEX "tasks_patient_idx" ON "tasks" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "portal_invitations_patient_idx" ON "portal_invitations" USING btree ("patient_id");