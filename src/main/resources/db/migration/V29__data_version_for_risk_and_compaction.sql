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

-- 2. Which sites each such transaction touched, so that a kept risk is scored again for those sites only (with the
--    villages and clusters above them): one row per site and writing statement, from the statement's transition
--    tables, keyed by the transaction like map_data_change. A site id null means "every site" (a TRUNCATE). Each table
--    names the expressions that give the sites its rows bear on, for a row r (old and new rows alike).
CREATE TABLE map_data_change_site (
    xid     xid8   NOT NULL DEFAULT pg_current_xact_id(),
    site_id bigint
);
CREATE INDEX map_data_change_site_xid_idx ON map_data_change_site (xid);

CREATE FUNCTION record_site_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parts text[] := ARRAY[]::text[];
    expression text;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO map_data_change_site (site_id) VALUES (NULL);
        RETURN NULL;
    END IF;
    FOREACH expression IN ARRAY TG_ARGV LOOP
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            parts := parts || format('SELECT %s FROM old_rows r', expression);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            parts := parts || format('SELECT %s FROM new_rows r', expression);
        END IF;
    END LOOP;
    EXECUTE format('INSERT INTO map_data_change_site (site_id) SELECT DISTINCT s FROM (%s) AS x (s) WHERE s IS NOT NULL',
        array_to_string(parts, ' UNION ALL '));
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
    sites text[];
BEGIN
    FOR t, sites IN VALUES
        ('site', ARRAY['r.id', 'r.parent_id']),
        ('site_status_event', ARRAY['r.site_id']),
        -- an inspection's day is its violations' and samples' day, whatever site they name
        ('inspection', ARRAY['r.site_id', 'unnest(ARRAY(SELECT v.site_id FROM violation v WHERE v.inspection_id = r.id))']),
        ('violation', ARRAY['r.site_id']),
        ('sample', ARRAY['(SELECT i.site_id FROM inspection i WHERE i.id = r.inspection_id)']),
        ('observation', ARRAY['r.site_id']),
        ('commitment', ARRAY['r.site_id']),
        ('tip', ARRAY['r.site_id', 'r.reported_site_id'])
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION record_site_changes(%s)', t || '_site_change_insert', t,
            (SELECT string_agg(quote_literal(e), ', ') FROM unnest(sites) e));
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION record_site_changes(%s)', t || '_site_change_update', t,
            (SELECT string_agg(quote_literal(e), ', ') FROM unnest(sites) e));
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION record_site_changes(%s)', t || '_site_change_delete', t,
            (SELECT string_agg(quote_literal(e), ', ') FROM unnest(sites) e));
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_site_changes()',
            t || '_site_change_truncate', t);
    END LOOP;
END $$;

-- 3. The version was count(*) over map_data_change, which grew by a row per writing transaction forever. Now it is
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

-- The sites that transactions committed after an earlier snapshot (one this service kept a score under) touched, or
-- null when that cannot be told: the rows were compacted since (fewer version rows than the versions between), or a
-- TRUNCATE touched every site. Read in the caller's (later) snapshot.
CREATE FUNCTION map_data_sites_changed_since(earlier pg_snapshot, earlier_version bigint) RETURNS bigint[]
    LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN (SELECT count(*) FROM map_data_change WHERE NOT pg_visible_in_snapshot(xid, earlier))
             <> map_data_version() - earlier_version THEN NULL
        WHEN EXISTS (SELECT 1 FROM map_data_change_site
                     WHERE site_id IS NULL AND NOT pg_visible_in_snapshot(xid, earlier)) THEN NULL
        ELSE coalesce((SELECT array_agg(DISTINCT site_id) FROM map_data_change_site
                       WHERE NOT pg_visible_in_snapshot(xid, earlier)), ARRAY[]::bigint[])
    END $$;

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
CREATE TRIGGER map_data_change_site_append_only BEFORE UPDATE OR DELETE ON map_data_change_site
    FOR EACH ROW EXECUTE FUNCTION map_data_change_guard();
CREATE TRIGGER map_data_change_site_no_truncate BEFORE TRUNCATE ON map_data_change_site
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
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
    -- in the same snapshot as the rows above: a transaction's sites go with its version row
    DELETE FROM map_data_change_site;
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
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON map_data_change_site FROM %I', app);
    EXECUTE format('GRANT SELECT ON map_data_version_base TO %I', app);
END $$;
