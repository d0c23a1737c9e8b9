-- Custom SQL migration file, put your code below! ---- Imported outside records, signed letters, their dispatches and letter-template versions are
-- append-only: a correction is a new row, never an edit (DESIGN.md "Records are appended").
CREATE TRIGGER external_records_append_only BEFORE UPDATE OR DELETE ON external_records FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER letters_append_only BEFORE UPDATE OR DELETE ON letters FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER letter_dispatches_append_only BEFORE UPDATE OR DELETE ON letter_dispatches FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER letter_templates_append_only BEFORE UPDATE OR DELETE ON letter_templates FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
