-- Who did what to which record, when and from where. Nothing rewrites it: UPDATE, DELETE and TRUNCATE raise, and
-- each event carries the hash of the one before, so a removed or edited row breaks the chain (GET /audit/verify).
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the position in the chain, given under a lock at insert time (ids follow the sequence, not commit order)
    seq         bigint      NOT NULL UNIQUE,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    role        text,
    action      text        NOT NULL CHECK (action ~ '^[a-z_.]+$'),
    record_type text        NOT NULL,
    record_id   text        NOT NULL,
    before      jsonb,
    after       jsonb,
    address     text,
    prev_hash   char(64),
    hash        char(64)    NOT NULL
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

-- The text an event's hash covers: every field but the hashes, in a fixed order.
CREATE FUNCTION audit_payload(e audit_event) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT concat_ws('|', e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                           e.actor, e.role, e.action, e.record_type, e.record_id, e.before::text, e.after::text,
                           e.address) $$;

CREATE FUNCTION audit_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- one writer at a time until commit, so that each event links to the one committed before it
    PERFORM pg_advisory_xact_lock(hashtext('audit_event'));
    SELECT seq + 1, hash INTO NEW.seq, NEW.prev_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(NEW.seq, 1);
    NEW.hash := encode(sha256(convert_to(coalesce(NEW.prev_hash, '') || '|' || audit_payload(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_chain();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
