-- Intake versions, screenings, screening signatures, consents and withdrawals are append-only:
-- a new intake is a new version, a signed screening is frozen, a withdrawal is a new event.
CREATE TRIGGER intake_versions_append_only BEFORE UPDATE OR DELETE ON intake_versions FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER screenings_append_only BEFORE UPDATE OR DELETE ON screenings FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER screening_signatures_append_only BEFORE UPDATE OR DELETE ON screening_signatures FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER consents_append_only BEFORE UPDATE OR DELETE ON consents FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER consent_withdrawals_append_only BEFORE UPDATE OR DELETE ON consent_withdrawals FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
