-- The session journal, manual readings, alerts, their resolutions and the push feed are
-- append-only: a correction is a new row. A session row is never deleted (its state changes).
CREATE TRIGGER session_journal_append_only BEFORE UPDATE OR DELETE ON session_journal FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER session_vital_readings_append_only BEFORE UPDATE OR DELETE ON session_vital_readings FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER session_alerts_append_only BEFORE UPDATE OR DELETE ON session_alerts FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER session_alert_resolutions_append_only BEFORE UPDATE OR DELETE ON session_alert_resolutions FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER session_feed_append_only BEFORE UPDATE OR DELETE ON session_feed FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER treatment_sessions_no_delete BEFORE DELETE ON treatment_sessions FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
-- The shipped rescue/adjunct formulary (REFERENCE.md §7.5). Only the Ketalar label gives a dose
-- (diazepam 2–5 mg IV); the other doses are not in the sources, so the clinic sets them.
INSERT INTO session_formulary (id, drug, dose_unit, default_dose, max_dose, routes, indication, source, active, version, updated_at) VALUES
  ('5e55a0a0-0000-4000-8000-000000000001', 'Diazepam', 'mg', NULL, 5, '["iv"]', 'Emergence reaction (adjunct)', 'Ketalar label special note: diazepam 2–5 mg IV over 60 s [L] (REFERENCE.md §7.5)', true, 1, now()),
  ('5e55a0a0-0000-4000-8000-000000000002', 'Midazolam', 'mg', NULL, NULL, '["iv","im"]', 'Anxiety or emergence reaction', 'Benzodiazepine class per Ketalar label [L]; dose set by the clinic (REFERENCE.md §7.5)', true, 1, now()),
  ('5e55a0a0-0000-4000-8000-000000000003', 'Ondansetron', 'mg', NULL, NULL, '["iv","po","sl"]', 'Nausea or vomiting', 'Dose not found in sources: set by the clinic [UNVERIFIED] (REFERENCE.md §7.5)', true, 1, now()),
  ('5e55a0a0-0000-4000-8000-000000000004', 'Labetalol', 'mg', NULL, NULL, '["iv"]', 'Hypertension', 'Acute perioperative hypertension guideline [S]; dose set by the clinic (REFERENCE.md §7.5)', true, 1, now()),
  ('5e55a0a0-0000-4000-8000-000000000005', 'Clonidine', 'mcg', NULL, NULL, '["po"]', 'Hypertension or agitation', 'α2-agonist class [S]; dose set by the clinic [UNVERIFIED] (REFERENCE.md §7.5)', true, 1, now()),
  ('5e55a0a0-0000-4000-8000-000000000006', 'Oxygen', 'L/min', NULL, NULL, '["inhaled"]', 'SpO2 below target', 'DEFAULTS.md §4: SpO2 <92% → assess airway, oxygen', true, 1, now());
