-- The database, not the inserting statement, says when an event happened and who claims it: the time is the
-- transaction's (now()); the actor, role and address are those the service claimed for the transaction with
-- set_config('diemnong.actor' | 'diemnong.role' | 'diemnong.address', …, true). Whatever the INSERT says of them is
-- overwritten, so no backdated event can be slipped in under another name; an insert with no claimed actor is refused.
CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.occurred_at := now();
    NEW.actor := nullif(current_setting('diemnong.actor', true), '');
    IF NEW.actor IS NULL THEN
        RAISE EXCEPTION 'audit_event: no actor claimed for this transaction (diemnong.actor)' USING ERRCODE = 'P0001';
    END IF;
    NEW.role := nullif(current_setting('diemnong.role', true), '');
    NEW.address := nullif(current_setting('diemnong.address', true), '');
    -- one writer at a time until commit, so that each event links to the one committed before it
    PERFORM pg_advisory_xact_lock(hashtext('audit_event'));
    SELECT seq + 1, hash INTO NEW.seq, NEW.prev_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(NEW.seq, 1);
    NEW.hash := encode(sha256(convert_to(coalesce(NEW.prev_hash, '') || '|' || audit_payload(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END $$;
