-- Course and appointment histories are append-only; appointments themselves are never deleted
-- (a cancellation or no-show is a status with a reason).
CREATE TRIGGER course_events_append_only BEFORE UPDATE OR DELETE ON course_events FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER appointment_events_append_only BEFORE UPDATE OR DELETE ON appointment_events FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER treatment_courses_no_delete BEFORE DELETE ON treatment_courses FOR EACH ROW EXECUTE FUNCTION refuse_delete();
