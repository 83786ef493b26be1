-- Issue 12 ("a later inspection or sanction decision can cite the observation and the photo by hash") and issue 11
-- (a violation's issuing authority).

-- Who signed the sanctioning decision, as the decision records it: the title that holds the power to sanction under
-- the Law on Handling Administrative Violations and Decree 45/2022/ND-CP (IssuingAuthority), and the office and name as
-- written on the decision ("Chủ tịch UBND xã Phong Khê", "KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn A"). Null for the rows
-- recorded before this column existed.
ALTER TABLE violation
    ADD COLUMN issuing_authority varchar(30) CHECK (issuing_authority IN ('commune_chair', 'district_chair',
        'province_chair', 'inspectorate_chief', 'inspection_team_head', 'commune_police_chief',
        'environmental_police_chief', 'province_police_director', 'other')),
    ADD COLUMN issuing_authority_name text CHECK (length(issuing_authority_name) <= 200),
    ADD CHECK (issuing_authority <> 'other' OR issuing_authority_name IS NOT NULL);

-- One way to make a table history, as V11 to V23 spelled out each time: rows may be added, never rewritten or
-- truncated, and the service's role may not update, delete or truncate them (V24, V25 and V28 use it).
CREATE FUNCTION make_append_only(tbl regclass, app text) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION forbid_rewrite()',
        tbl::text || '_append_only', tbl);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite()',
        tbl::text || '_no_truncate', tbl);
    IF app <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %I', tbl, app);
    END IF;
END $fn$;

-- What an inspection (violation_id null) or one of its violations (the sanctioning decision) cites as evidence: a field
-- observation of the inspected site (or of a member of the inspected village or cluster) and, optionally, one of that
-- observation's photos by the SHA-256 of the bytes received. Written with the inspection, in its transaction; rows are
-- never updated or deleted.
CREATE TABLE inspection_evidence (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint      NOT NULL REFERENCES inspection (id),
    violation_id   bigint      REFERENCES violation (id),
    position       smallint    NOT NULL CHECK (position >= 0),
    observation_id bigint      NOT NULL REFERENCES observation (id),
    photo_sha256   char(64)    REFERENCES photo (sha256),
    cited_by       text        NOT NULL,
    cited_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_evidence_inspection_idx ON inspection_evidence (inspection_id, violation_id, position);
CREATE INDEX inspection_evidence_photo_idx ON inspection_evidence (photo_sha256);
CREATE INDEX inspection_evidence_observation_idx ON inspection_evidence (observation_id);
SELECT make_append_only('inspection_evidence', '${app_role}');

-- V14's view with the issuing authority added (at the end: a view's columns may only be appended).
CREATE OR REPLACE VIEW violation_fact AS
SELECT v.id, v.inspection_id, v.site_id, i.inspected_on, v.category, v.severity, v.legal_reference,
       v.decision_number, v.decided_on, v.fine_vnd, v.additional_sanctions, v.remedial_measures,
       v.remedial_deadline, v.status, v.synthetic,
       (v.status = 'closed' AND v.decided_on IS NOT NULL) AS published,
       v.issuing_authority, v.issuing_authority_name
FROM violation v
LEFT JOIN inspection i ON i.id = v.inspection_id;

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON violation_fact FROM %I', app);
END $$;
