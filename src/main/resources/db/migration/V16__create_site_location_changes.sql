-- A site's location corrected: many known sites were placed at their commune's representative point, and moving one
-- is evidence like a status change (where it was, where it is, how precisely, on whose word). Rows are never updated
-- or deleted; the site row holds the current position.
CREATE TABLE site_location_change (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id          bigint      NOT NULL REFERENCES site (id),
    changed_on       date        NOT NULL,
    old_geom         geometry(Geometry, 4326) NOT NULL,
    new_geom         geometry(Geometry, 4326) NOT NULL
                         CHECK (ST_IsValid(new_geom) AND GeometryType(new_geom) IN ('POINT', 'POLYGON', 'MULTIPOLYGON')),
    old_precision    text,
    old_precision_vi text,
    new_precision    varchar(20) NOT NULL CHECK (new_precision IN ('surveyed', 'imagery', 'address', 'approximate')),
    source           text        NOT NULL CHECK (length(btrim(source)) > 0),
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX site_location_change_site_idx ON site_location_change (site_id, changed_on);
CREATE INDEX site_location_change_new_geom_idx ON site_location_change USING gist (new_geom);
CREATE TRIGGER site_location_change_append_only BEFORE UPDATE OR DELETE ON site_location_change
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER site_location_change_no_truncate BEFORE TRUNCATE ON site_location_change
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- Published for the history module (as V14's site_status_fact): each correction with where the site's representative
-- point went and how far it moved, in metres.
CREATE VIEW site_location_fact AS
SELECT id, site_id, changed_on, new_precision, source, recorded_by, recorded_at,
       ST_X(ST_PointOnSurface(new_geom)) AS lon, ST_Y(ST_PointOnSurface(new_geom)) AS lat,
       ST_Distance(ST_PointOnSurface(old_geom)::geography, ST_PointOnSurface(new_geom)::geography) AS moved_m
FROM site_location_change;

-- As V11 and V14: the service may add corrections but not rewrite them, and may not write through the view.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON site_location_change FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON site_location_fact FROM %I', app);
END $$;
