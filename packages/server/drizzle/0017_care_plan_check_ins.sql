CREATE TABLE "care_plan_goal_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"goal_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	"note" text,
	"entered_by_user_id" uuid NOT NULL,
	"entered_by_username" text NOT NULL,
	"entered_by_role" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "care_plan_goal_ratings_rating_check" CHECK ("care_plan_goal_ratings"."rating" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "care_plan_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"area" text NOT NULL,
	"description" text NOT NULL,
	"baseline_rating" smallint NOT NULL,
	"target_rating" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_by_username" text NOT NULL,
	CONSTRAINT "care_plan_goals_ratings_check" CHECK ("care_plan_goals"."baseline_rating" between 0 and 10 and "care_plan_goals"."target_rating" between 1 and 10 and "care_plan_goals"."target_rating" > "care_plan_goals"."baseline_rating")
);
--> statement-breakpoint
CREATE TABLE "session_check_ins" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"assignment_id" uuid,
	"task_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"overdue_task_id" uuid,
	CONSTRAINT "session_check_ins_mode_check" CHECK ("session_check_ins"."mode" in ('portal','phone'))
);
--> statement-breakpoint
ALTER TABLE "care_plan_goal_ratings" ADD CONSTRAINT "care_plan_goal_ratings_goal_id_care_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."care_plan_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_goal_ratings" ADD CONSTRAINT "care_plan_goal_ratings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_goal_ratings" ADD CONSTRAINT "care_plan_goal_ratings_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_goals" ADD CONSTRAINT "care_plan_goals_course_id_treatment_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."treatment_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_goals" ADD CONSTRAINT "care_plan_goals_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_goals" ADD CONSTRAINT "care_plan_goals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_check_ins" ADD CONSTRAINT "session_check_ins_session_id_treatment_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_check_ins" ADD CONSTRAINT "session_check_ins_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_plan_goal_ratings_goal_idx" ON "care_plan_goal_ratings" USING btree ("goal_id","rated_at");--> statement-breakpoint
CREATE INDEX "care_plan_goals_course_idx" ON "care_plan_goals" USING btree ("course_id","created_at");--> statement-breakpoint
CREATE INDEX "session_check_ins_patient_idx" ON "session_check_ins" USING btree ("patient_id");