-- The controlled-substance ledger is append-only: records are kept at least 2 years and cannot be
-- deleted [21 CFR 1304.04(a)]. A correction is a new event; there is no update, delete or purge.
CREATE TRIGGER ledger_events_append_only BEFORE UPDATE OR DELETE ON ledger_events FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_events_no_truncate BEFORE TRUNCATE ON ledger_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
-- The head only moves forward, one event at a time, to the hash of the event it names.
CREATE OR REPLACE FUNCTION ledger_head_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'ledger_head: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.sequence <> OLD.sequence + 1 OR NOT EXISTS (
    SELECT 1 FROM ledger_events e WHERE e.sequence = NEW.sequence AND e.hash = NEW.hash
  ) THEN
    RAISE EXCEPTION 'ledger_head only moves to the next appended event' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_head_forward_only BEFORE UPDATE OR DELETE ON ledger_head FOR EACH ROW EXECUTE FUNCTION ledger_head_moves_forward();
--> statement-breakpoint
CREATE TRIGGER ledger_head_no_truncate BEFORE TRUNCATE ON ledger_head FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
INSERT INTO ledger_head (id, sequence, hash) VALUES (1, 0, 'genesis');
