-- The map's two data answers (the sites and the communes layer) are kept in memory by the service until the data
-- behind them changes. Every transaction that writes one of those tables adds one row here, by a statement-level
-- trigger, so writes by the service, by imports and by hand in SQL alike are seen. The number of rows a reader can see
-- is the data's version: it grows by one when such a transaction commits, and a transaction that rolls back leaves
-- no row. One row per transaction, keyed by its id, so concurrent writers never wait for each other here.
CREATE TABLE map_data_change (
    xid        xid8        PRIMARY KEY DEFAULT pg_current_xact_id(),
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_map_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO map_data_change (xid) VALUES (pg_current_xact_id()) ON CONFLICT (xid) DO NOTHING;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['admin_unit', 'site', 'inspection', 'violation'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION record_map_data_change()', t || '_map_data_change', t);
    END LOOP;
END $$;

-- The count only ever grows: the rows are history, as V16's.
SELECT make_append_only('map_data_change', '${app_role}');
