CREATE TABLE "session_alert_resolutions" (
	"alert_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_username" text NOT NULL,
	"seconds_to_resolve" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"phase" text NOT NULL,
	"message" text NOT NULL,
	"action" text NOT NULL,
	"action_label" text NOT NULL,
	"values" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"reading_id" uuid,
	"reading_source" text,
	CONSTRAINT "session_alerts_kind_check" CHECK ("session_alerts"."kind" in ('reading','cadence','silent-monitor')),
	CONSTRAINT "session_alerts_severity_check" CHECK ("session_alerts"."severity" in ('info','warning','soft-stop','hard-stop'))
);
--> statement-breakpoint
CREATE TABLE "session_feed" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_formulary" (
	"id" uuid PRIMARY KEY NOT NULL,
	"drug" text NOT NULL,
	"dose_unit" text NOT NULL,
	"default_dose" real,
	"max_dose" real,
	"routes" jsonb NOT NULL,
	"indication" text NOT NULL,
	"source" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_journal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_username" text NOT NULL,
	"summary" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_vital_readings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"systolic_mm_hg" real NOT NULL,
	"diastolic_mm_hg" real NOT NULL,
	"heart_rate_bpm" real NOT NULL,
	"spo2_pct" real NOT NULL,
	"respiratory_rate_per_min" real NOT NULL,
	"etco2_mm_hg" real,
	"corrects_reading_id" uuid,
	"correction_reason" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_username" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treatment_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"appointment_id" uuid,
	"course_id" uuid,
	"protocol_id" text NOT NULL,
	"protocol_version" integer NOT NULL,
	"dose_plan_id" uuid,
	"chair_name" text,
	"route" text NOT NULL,
	"state" text NOT NULL,
	"dosing_sub_state" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"checked_in_at" timestamp with time zone,
	"dosing_started_at" timestamp with time zone,
	"dosing_ended_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"abort_reason" text,
	"last_transition_at" timestamp with time zone,
	"baseline_reading_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "treatment_sessions_route_check" CHECK ("treatment_sessions"."route" in ('iv','im','intranasal')),
	CONSTRAINT "treatment_sessions_state_check" CHECK ("treatment_sessions"."state" in ('scheduled','checked-in','pre-checks','dosing','recovery','discharged','aborted'))
);
--> statement-breakpoint
ALTER TABLE "session_alert_resolutions" ADD CONSTRAINT "session_alert_resolutions_alert_id_session_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."session_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_alert_resolutions" ADD CONSTRAINT "session_alert_resolutions_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_alerts" ADD CONSTRAINT "session_alerts_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feed" ADD CONSTRAINT "session_feed_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_journal" ADD CONSTRAINT "session_journal_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_vital_readings" ADD CONSTRAINT "session_vital_readings_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD CONSTRAINT "treatment_sessions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD CONSTRAINT "treatment_sessions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD CONSTRAINT "treatment_sessions_course_id_treatment_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."treatment_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD CONSTRAINT "treatment_sessions_dose_plan_id_dose_plans_id_fk" FOREIGN KEY ("dose_plan_id") REFERENCES "public"."dose_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_alerts_session_idx" ON "session_alerts" USING btree ("session_id","raised_at");--> statement-breakpoint
CREATE INDEX "session_feed_session_idx" ON "session_feed" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "session_journal_session_idx" ON "session_journal" USING btree ("session_id","at");--> statement-breakpoint
CREATE INDEX "session_vital_readings_session_idx" ON "session_vital_readings" USING btree ("session_id","taken_at");--> statement-breakpoint
CREATE UNIQUE INDEX "session_vital_readings_corrects_idx" ON "session_vital_readings" USING btree ("corrects_reading_id") WHERE "session_vital_readings"."corrects_reading_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_sessions_appointment_idx" ON "treatment_sessions" USING btree ("appointment_id") WHERE "treatment_sessions"."appointment_id" is not null;--> statement-breakpoint
CREATE INDEX "treatment_sessions_active_idx" ON "treatment_sessions" USING btree ("state") WHERE "treatment_sessions"."state" not in ('discharged','aborted');--> statement-breakpoint
CREATE INDEX "treatment_sessions_patient_idx" ON "treatment_sessions" USING btree ("patient_id","created_at");