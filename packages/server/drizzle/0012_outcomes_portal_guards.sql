-- Questionnaire responses are append-only: a wrong entry is corrected by a new response,
-- never by editing or deleting the old one (DESIGN.md "Records are appended").
CREATE TRIGGER questionnaire_responses_append_only BEFORE UPDATE OR DELETE ON questionnaire_responses FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
