-- What an officer saw at a site from the field (the /field phone page): the findings, a note, where the phone was and
-- how precisely, when, the photos (by the SHA-256 of the bytes received), the status the site had and, when the
-- status changed, the status event recorded with it in the same transaction. Part of the site's append-only history:
-- rows are never updated or deleted.
CREATE TABLE observation (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id          bigint      NOT NULL REFERENCES site (id),
    -- the site was registered from this observation ("a site not on the list")
    site_registered  boolean     NOT NULL DEFAULT false,
    status_before    varchar(20) NOT NULL,
    status_event_id  bigint      REFERENCES site_status_event (id),
    new_status       varchar(20) CHECK (new_status IN ('operating', 'under_remediation', 'suspended', 'committed',
                         'closed', 'reactivated', 'relocated')),
    findings         text[]      NOT NULL CHECK (findings <@ ARRAY['working', 'smoke_or_smell', 'wastewater_discharge',
                         'scrap_stockpiled', 'scrap_brought_in', 'equipment_removed', 'nobody_there']::text[]),
    note             text        CHECK (note IS NULL OR length(note) <= 2000),
    observed_at      timestamptz NOT NULL,
    geom             geometry(Point, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    accuracy_m       double precision NOT NULL CHECK (accuracy_m >= 0),
    -- from the site's geometry (0 inside it), in metres on the ellipsoid, and whether it passed the limit then
    distance_m       double precision NOT NULL CHECK (distance_m >= 0),
    max_distance_m   double precision NOT NULL,
    far              boolean     NOT NULL,
    filed_commune_code varchar(5) CHECK (filed_commune_code ~ '^[0-9]{5}$'),
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX observation_site_idx ON observation (site_id, observed_at);

CREATE TABLE observation_photo (
    observation_id bigint   NOT NULL REFERENCES observation (id),
    position       smallint NOT NULL CHECK (position BETWEEN 0 AND 4),
    sha256         char(64) NOT NULL REFERENCES photo (sha256),
    PRIMARY KEY (observation_id, position)
);
CREATE INDEX observation_photo_sha_idx ON observation_photo (sha256);

-- Exactly once: the first answer to each (user, Idempotency-Key), kept so that a repeat gets it again. The primary
-- key makes a second insert of the same key fail, whatever the timing.
CREATE TABLE observation_request (
    recorded_by     text        NOT NULL,
    idempotency_key varchar(100) NOT NULL,
    request_sha256  char(64)    NOT NULL,
    observation_id  bigint      NOT NULL REFERENCES observation (id),
    response_status integer     NOT NULL,
    response_body   text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (recorded_by, idempotency_key)
);

CREATE TRIGGER observation_append_only BEFORE UPDATE OR DELETE ON observation
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER observation_no_truncate BEFORE TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER observation_photo_append_only BEFORE UPDATE OR DELETE ON observation_photo
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER observation_photo_no_truncate BEFORE TRUNCATE ON observation_photo
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER observation_request_append_only BEFORE UPDATE OR DELETE ON observation_request
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER observation_request_no_truncate BEFORE TRUNCATE ON observation_request
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- Published for the history and risk modules (as V16's site_location_fact). The day is the one in Viet Nam. What
-- counts as a restart seen (ObservationRiskIT): the status set to reactivated, or work or scrap coming in seen at a
-- site that was suspended, closed or committed; a stockpile seen is counted on its own.
CREATE VIEW observation_fact AS
SELECT o.id, o.site_id, o.site_registered, o.status_before, o.status_event_id, o.new_status, o.findings, o.note,
       o.observed_at, (o.observed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS observed_on,
       ST_X(o.geom) AS lon, ST_Y(o.geom) AS lat, o.accuracy_m, o.distance_m, o.max_distance_m, o.far,
       o.filed_commune_code, o.recorded_by, o.recorded_at,
       coalesce((SELECT array_agg(p.sha256::text ORDER BY p.position) FROM observation_photo p
                 WHERE p.observation_id = o.id), ARRAY[]::text[]) AS photos,
       (coalesce(o.new_status = 'reactivated', false)
        OR (o.status_before IN ('suspended', 'closed', 'committed')
            AND o.findings && ARRAY['working', 'scrap_brought_in']::text[])) AS restart_seen,
       ('scrap_stockpiled' = ANY (o.findings)) AS stockpile_seen
FROM observation o;

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON observation, observation_photo, observation_request FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON observation_fact FROM %I', app);
END $$;
