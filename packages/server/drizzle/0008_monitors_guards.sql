-- The feed's audit (monitor_messages) and the readings are append-only. A binding row may
-- only be closed once (ended_at/ended_by set from null); any other change is refused.
CREATE TRIGGER monitor_messages_append_only BEFORE UPDATE OR DELETE ON monitor_messages FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER device_readings_append_only BEFORE UPDATE OR DELETE ON device_readings FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION monitor_bindings_close_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL
     OR NEW.monitor_id <> OLD.monitor_id OR NEW.chair_label <> OLD.chair_label
     OR NEW.bound_at <> OLD.bound_at OR NEW.bound_by <> OLD.bound_by THEN
    RAISE EXCEPTION 'monitor_bindings rows may only be closed once: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER monitor_bindings_close_only BEFORE UPDATE OR DELETE ON monitor_bindings FOR EACH ROW EXECUTE FUNCTION monitor_bindings_close_only();
