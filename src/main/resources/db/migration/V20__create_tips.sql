-- Citizens' tips (tố giác, tin báo). The reporter's contact is stored only as AES-GCM ciphertext (nonce || ciphertext
-- and tag) under a key the database never holds (diemnong.tip.contact-key); the text is the reporter's own words and is
-- shown to those who handle the tip, never to the public.
CREATE TABLE tip (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- what the reporter types to follow the tip: 12 Crockford base-32 characters (60 random bits), stored without dashes
    reference          char(12)    NOT NULL UNIQUE CHECK (reference ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
    -- how the public form names an open tip nearby (to add to it) without its reference or its number
    handle             uuid        NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    geom               geometry(Point, 4326) NOT NULL,
    -- the 2025 commune whose boundary holds the point (the routing); the reporter may say its officials are involved,
    -- then only the department and the police see the tip
    commune_code       varchar(10) NOT NULL,
    officials_involved boolean     NOT NULL DEFAULT false,
    findings           text[]      NOT NULL CHECK (cardinality(findings) > 0 AND findings <@ ARRAY['working',
                           'smoke_or_smell', 'wastewater_discharge', 'scrap_stockpiled', 'scrap_brought_in',
                           'equipment_removed', 'nobody_there']::text[]),
    seen_on            date        NOT NULL,
    description        text        CHECK (length(description) <= 2000),
    contact_cipher     bytea,
    -- the site the reporter said it is about (a known site on the public map), and the open tip they added to
    reported_site_id   bigint,
    same_as_tip_id     bigint REFERENCES tip (id),
    status             varchar(12) NOT NULL DEFAULT 'received'
                           CHECK (status IN ('received', 'verifying', 'verified', 'unfounded', 'duplicate')),
    received_at        timestamptz NOT NULL,
    -- the day by which the commune (or the department) must answer, in Asia/Ho_Chi_Minh
    respond_by         date        NOT NULL,
    status_changed_at  timestamptz NOT NULL,
    duplicate_of       bigint REFERENCES tip (id),
    -- what a verified tip is linked to: the site, and the record that confirmed it
    site_id            bigint,
    confirmed_by_kind  varchar(12) CHECK (confirmed_by_kind IN ('observation', 'status_event', 'inspection')),
    confirmed_by_id    bigint,
    handler_note       text        CHECK (length(handler_note) <= 2000),
    version            integer     NOT NULL DEFAULT 0,
    CHECK (status <> 'duplicate' OR duplicate_of IS NOT NULL),
    CHECK (status <> 'verified' OR site_id IS NOT NULL),
    CHECK ((confirmed_by_kind IS NULL) = (confirmed_by_id IS NULL))
);
CREATE INDEX tip_geom_idx ON tip USING gist (geom);
CREATE INDEX tip_commune_idx ON tip (commune_code, status);
CREATE INDEX tip_received_idx ON tip (received_at);
CREATE INDEX tip_site_idx ON tip (site_id);
CREATE INDEX tip_reported_site_idx ON tip (reported_site_id);
CREATE INDEX tip_same_as_idx ON tip (same_as_tip_id);
CREATE INDEX tip_duplicate_of_idx ON tip (duplicate_of);

-- What the reporter added later with the reference code. Never updated or deleted.
CREATE TABLE tip_addition (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id      bigint      NOT NULL REFERENCES tip (id),
    added_at    timestamptz NOT NULL,
    -- empty when the addition is photos only (V21)
    text        text        NOT NULL CHECK (length(text) <= 2000)
);
CREATE INDEX tip_addition_tip_idx ON tip_addition (tip_id, added_at);
CREATE TRIGGER tip_addition_append_only BEFORE UPDATE OR DELETE ON tip_addition
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER tip_addition_no_truncate BEFORE TRUNCATE ON tip_addition
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- A tip is overdue when its answer day has passed (before today, today taken in Asia/Ho_Chi_Minh) and it is still
-- open. TipDeadline.overdue says the same (TipDeadlineTest, TipApiIT).
CREATE FUNCTION tip_overdue(respond_by date, status text, today date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT respond_by < today AND status IN ('received', 'verifying') $$;

-- Published for other modules (the hotspot risk, the police watch list): tips that are open or verified, with their
-- position and the site each is linked to (or was reported about), never the text or the contact. Those the reporter
-- said the commune's officials are involved in are flagged, so that a reader shown to a commune can leave them out.
CREATE VIEW tip_fact AS
SELECT id, geom, commune_code, officials_involved, findings, seen_on, status, received_at::date AS received_on,
       respond_by, coalesce(site_id, reported_site_id) AS site_id, status = 'verified' AS verified
FROM tip
WHERE status IN ('received', 'verifying', 'verified');

-- For the police watch list: each site with the open or verified tips within 200 m of it (or linked to it).
CREATE VIEW tip_near_site AS
SELECT s.id AS site_id, t.id AS tip_id, t.status, t.verified, t.findings, t.seen_on, t.received_on,
       t.officials_involved, round(ST_Distance(s.geom::geography, t.geom::geography)) AS distance_m
FROM site_current s
JOIN tip_fact t ON t.site_id = s.id
    OR (t.geom && ST_Expand(s.geom, 0.003) AND ST_DWithin(s.geom::geography, t.geom::geography, 200));

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON tip_addition FROM %I', app);
    EXECUTE format('REVOKE DELETE, TRUNCATE ON tip FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON tip_fact, tip_near_site FROM %I', app);
END $$;
