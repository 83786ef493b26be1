-- Signed commitments (the Bắc Ninh directive: every suspected household and facility signs that it will not recycle or
-- collect scrap). A commitment is evidence like a status event: never edited nor deleted. A later commitment of the
-- same site supersedes the earlier one (supersedes_id names it); the site's current commitment is its latest.
CREATE TABLE commitment (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES site (id),
    signed_on          date        NOT NULL,
    signer_name        text        NOT NULL CHECK (length(btrim(signer_name)) BETWEEN 1 AND 200),
    signer_role        varchar(20) NOT NULL CHECK (signer_role IN ('household_head', 'director', 'other')),
    promises           text[]      NOT NULL CHECK (cardinality(promises) > 0 AND promises <@ ARRAY['no_scrap_recycling',
                           'no_scrap_collection', 'relocate_to_cluster', 'stop_discharge', 'other']::text[]),
    relocate_by        date        CHECK ((relocate_by IS NOT NULL) = ('relocate_to_cluster' = ANY (promises))),
    promise_other      text        CHECK ((promise_other IS NOT NULL) = ('other' = ANY (promises))),
    valid_until        date        NOT NULL CHECK (valid_until >= signed_on),
    scan_sha256        char(64)    CHECK (scan_sha256 ~ '^[0-9a-f]{64}$'),
    supersedes_id      bigint      REFERENCES commitment (id),
    filed_commune_code varchar(10) NOT NULL,
    witnessed_by       text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commitment_site_idx ON commitment (site_id, signed_on, id);
CREATE TRIGGER commitment_append_only BEFORE UPDATE OR DELETE ON commitment
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER commitment_no_truncate BEFORE TRUNCATE ON commitment
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- Which sites must have signed: households and facilities whose trade is scrap recycling or scrap collection, and any
-- site that was once seen reactivated. Villages, clusters and zones sign through their members. Stated here only
-- (CommitmentQueries reads it; docs/commitments in the commitment module's package-info).
CREATE FUNCTION commitment_needed(kind text, trade text, compound boolean, ever_reactivated boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT NOT compound AND (ever_reactivated OR (kind IN ('household_workshop', 'recycling_facility')
              AND trade IN ('paper_recycling', 'aluminium_recycling', 'steel_recycling', 'plastic_recycling',
                            'rubber_recycling', 'scrap_trading'))) $$;

-- A commitment is valid on a day between its signing and its end, both included, unless a later one replaced it.
CREATE FUNCTION commitment_valid_on(signed_on date, valid_until date, superseded boolean, day date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT NOT superseded AND day BETWEEN signed_on AND valid_until $$;

-- Every commitment, with whether a later one of its site replaced it, and its breach: the first time the site was seen
-- working after it signed and while the commitment was in force: a status change to reactivated or operating (a
-- registration is no sighting), or a field observation (V18) that found it working or scrap brought in.
CREATE VIEW commitment_fact AS
SELECT c.id, c.site_id, c.signed_on, c.signer_role, c.promises, c.relocate_by, c.valid_until, c.scan_sha256,
       c.supersedes_id, c.filed_commune_code, c.witnessed_by, c.recorded_at,
       EXISTS (SELECT 1 FROM commitment n WHERE n.supersedes_id = c.id) AS superseded,
       b.occurred_on AS broken_on, b.evidence_type, b.evidence_id
FROM commitment c
LEFT JOIN LATERAL (
    SELECT seen.occurred_on, seen.evidence_type, seen.evidence_id
    FROM (SELECT e.occurred_on, 'status_event'::text AS evidence_type, e.id AS evidence_id
          FROM site_status_fact e
          WHERE e.site_id = c.site_id AND e.old_status IS NOT NULL AND e.new_status IN ('reactivated', 'operating')
          UNION ALL
          SELECT o.observed_on, 'observation', o.id
          FROM observation_fact o
          WHERE o.site_id = c.site_id AND (o.findings && ARRAY['working', 'scrap_brought_in']::text[]
                                           OR o.new_status IN ('reactivated', 'operating'))) seen
    WHERE seen.occurred_on > c.signed_on AND seen.occurred_on <= c.valid_until
    ORDER BY seen.occurred_on, seen.evidence_type DESC, seen.evidence_id
    LIMIT 1) b ON true;

-- Broken commitments, one row per site: its latest broken commitment with the first breach; `current` says whether it
-- is still the site's commitment (no newer signature replaced it). Published for the risk score and the police watch
-- list: the rule is stated here only.
CREATE VIEW broken_commitment AS
SELECT DISTINCT ON (f.site_id)
       f.site_id, f.id AS commitment_id, f.signed_on, f.valid_until, f.broken_on, f.evidence_type, f.evidence_id,
       f.filed_commune_code, NOT f.superseded AS current
FROM commitment_fact f
WHERE f.broken_on IS NOT NULL
ORDER BY f.site_id, f.signed_on DESC, f.id DESC;

-- As V11, V14 and V16: the service may add commitments but not rewrite them, and may not write through the views.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON commitment FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON commitment_fact, broken_commitment FROM %I', app);
END $$;
