CREATE TABLE "device_readings" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"monitor_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"chair_label" text,
	"binding_id" uuid,
	"taken_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"systolic_mm_hg" real,
	"diastolic_mm_hg" real,
	"heart_rate_bpm" real,
	"spo2_pct" real,
	"respiratory_rate_per_min" real,
	"etco2_mm_hg" real,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_bindings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"monitor_id" uuid NOT NULL,
	"chair_label" text NOT NULL,
	"bound_at" timestamp with time zone NOT NULL,
	"bound_by" uuid NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid
);
--> statement-breakpoint
CREATE TABLE "monitor_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"monitor_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"control_id" text,
	"processing_id" text,
	"demo" boolean DEFAULT false NOT NULL,
	"ack_code" text NOT NULL,
	"error" text,
	"outcomes" jsonb,
	"raw" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"device_id" text NOT NULL,
	"label" text,
	"first_seen_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "device_readings" ADD CONSTRAINT "device_readings_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_readings" ADD CONSTRAINT "device_readings_message_id_monitor_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."monitor_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_readings" ADD CONSTRAINT "device_readings_binding_id_monitor_bindings_id_fk" FOREIGN KEY ("binding_id") REFERENCES "public"."monitor_bindings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_bindings" ADD CONSTRAINT "monitor_bindings_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_messages" ADD CONSTRAINT "monitor_messages_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "device_readings_id_idx" ON "device_readings" USING btree ("id");--> statement-breakpoint
CREATE INDEX "device_readings_chair_idx" ON "device_readings" USING btree ("chair_label","taken_at");--> statement-breakpoint
CREATE INDEX "device_readings_held_idx" ON "device_readings" USING btree ("received_at") WHERE "device_readings"."chair_label" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_bindings_active_monitor_idx" ON "monitor_bindings" USING btree ("monitor_id") WHERE "monitor_bindings"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_bindings_active_chair_idx" ON "monitor_bindings" USING btree ("chair_label") WHERE "monitor_bindings"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "monitor_messages_received_idx" ON "monitor_messages" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "monitors_device_idx" ON "monitors" USING btree ("device_id");