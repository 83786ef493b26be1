-- V28's data version, widened to every table the risk score reads, and kept small.
--
-- 1. The risk score (hotspot.risk.RiskQueries) reads, besides V28's admin_unit, site, inspection and violation: the
--    status events, the samples, the field observations, the commitments and the tips. A write to any of them now adds
--    the transaction's row too, so one version says when a kept score (or a kept map answer) may be stale.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['site_status_event', 'sample', 'observation', 'commitment', 'tip'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION record_map_data_change()', t || '_map_data_change', t);
    END LOOP;
END $$;

-- 2. The version was count(*) over map_data_change, which grew by a row per writing transaction forever. Now it is
--    the rows compacted so far plus the rows left: compact_map_data_change() deletes the committed rows it sees and
--    adds their number to the base in the same transaction, so a reader (one statement, one snapshot) sees either
--    both before or both after, and the sum never goes back nor repeats. A transaction still writing is not seen by
--    the compaction: its row stays, and counts when it commits, as before.
CREATE TABLE map_data_version_base (
    one       boolean PRIMARY KEY DEFAULT true CHECK (one),
    compacted bigint  NOT NULL CHECK (compacted >= 0)
);
INSERT INTO map_data_version_base (one, compacted) VALUES (true, 0);

-- STABLE: both counts are read in the calling statement's snapshot.
CREATE FUNCTION map_data_version() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT (SELECT compacted FROM map_data_version_base) + (SELECT count(*) FROM map_data_change) $$;

-- Whether the calling transaction itself wrote data behind the version (not yet committed): its own reads then see
-- data no other transaction sees, which must not be kept under any version.
CREATE FUNCTION map_data_changed_here() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM map_data_change WHERE xid = pg_current_xact_id_if_assigned()) $$;

-- The rows stay history for everyone but the compaction: V28's trigger is replaced by one that lets only
-- compact_map_data_change() delete (it marks its own transaction), and never lets a row be updated.
DROP TRIGGER map_data_change_append_only ON map_data_change;
CREATE FUNCTION map_data_change_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('diemnong.compacting_map_data_change', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER map_data_change_append_only BEFORE UPDATE OR DELETE ON map_data_change
    FOR EACH ROW EXECUTE FUNCTION map_data_change_guard();
CREATE TRIGGER map_data_version_base_no_delete BEFORE DELETE ON map_data_version_base
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER map_data_version_base_no_truncate BEFORE TRUNCATE ON map_data_version_base
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- Runs with its owner's rights (the service's role may not delete these rows); one at a time (the base row's lock).
-- Returns how many rows it folded into the base.
CREATE FUNCTION compact_map_data_change() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public
AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM 1 FROM map_data_version_base FOR UPDATE;
    PERFORM set_config('diemnong.compacting_map_data_change', 'on', true);
    WITH gone AS (DELETE FROM map_data_change RETURNING 1) SELECT count(*) INTO n FROM gone;
    PERFORM set_config('diemnong.compacting_map_data_change', 'off', true);
    UPDATE map_data_version_base SET compacted = compacted + n;
    RETURN n;
END $$;

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON map_data_version_base FROM %I', app);
    EXECUTE format('GRANT SELECT ON map_data_version_base TO %I', app);
END $$;
