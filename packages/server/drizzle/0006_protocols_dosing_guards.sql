-- Protocol versions, dose plans and their co-signs are append-only: a change is a new row.
CREATE TRIGGER protocol_versions_append_only BEFORE UPDATE OR DELETE ON protocol_versions FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER dose_plans_append_only BEFORE UPDATE OR DELETE ON dose_plans FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER dose_plan_cosigns_append_only BEFORE UPDATE OR DELETE ON dose_plan_cosigns FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
