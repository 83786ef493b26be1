-- What each module publishes for the others to read. A module's tables are its own: other modules' SQL reads only
-- these views and functions (ModuleSqlTest holds them to it), and each rule below is stated here and nowhere else.
-- The views are simple enough for PostgreSQL to inline them into the query that reads them; the joins a reader does
-- not use are LEFT JOINs on a primary key, which the planner removes. The functions are SQL expressions, inlined too.

-- Autovacuum analyzes with search_path = pg_catalog, where search_key() (V1) did not find immutable_unaccent(): the
-- analysis of admin_unit (indexed on search_key(name)) failed every time, and the planner guessed one row for any
-- filter on it, such as commune_current's. Same function, its call qualified.
CREATE OR REPLACE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.immutable_unaccent(normalize($1, NFC))) $$;
ANALYZE admin_unit;

-- geo ---------------------------------------------------------------------------------------------------------------

-- Communes merged and districts were abolished on this day (NQ 1658/NQ-UBTVQH15): records dated before it were filed
-- under an old commune's code. AdminUnits.REFORM is the same day (ModuleViewsIT).
CREATE FUNCTION commune_reform_date() RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT DATE '2025-07-01' $$;

-- The communes in force today (the 2025 ones).
CREATE VIEW commune_current AS
SELECT id, code, name, full_name, name_en, unit_type, parent_code, area_km2, geom
FROM admin_unit
WHERE level = 'commune' AND valid_to IS NULL;

-- The province in force today, with its outline.
CREATE VIEW province_current AS
SELECT id, code, name, full_name, area_km2, geom
FROM admin_unit
WHERE level = 'province' AND valid_to IS NULL;

-- The old (pre-2025) communes and the current commune each went into (the 1 July 2025 crosswalk).
CREATE VIEW commune_predecessor AS
SELECT code, name, district_code, district_name, merge_type, split_count, successor_id
FROM admin_unit_predecessor;

-- regulation --------------------------------------------------------------------------------------------------------

-- What a limit is of: its regulation, parameter, names and unit (samples refer to the limit they were judged by).
CREATE VIEW regulation_limit_name AS
SELECT id, regulation, medium, parameter, name_vi, name_en, unit
FROM regulation_limit;

-- site --------------------------------------------------------------------------------------------------------------

-- A compound site's area holds member sites, each with its own history. SiteKind.isCompound() says the same
-- (ModuleViewsIT).
CREATE FUNCTION site_kind_compound(kind text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT kind IN ('craft_village', 'industrial_cluster', 'industrial_zone') $$;

-- Sites as they are now, with their commune, without the personal and case fields (address, operator, permit,
-- note, source), which only the site module shows.
CREATE VIEW site_current AS
SELECT s.id, s.parent_id, s.kind, s.trade, s.name, s.name_key, s.status, s.pollution_class, s.geom,
       s.commune_id, c.code AS commune_code, c.name AS commune_name, s.location_precision, s.synthetic,
       s.created_at, site_kind_compound(s.kind) AS compound
FROM site s
LEFT JOIN commune_current c ON c.id = s.commune_id;

-- Every status a site was observed in.
CREATE VIEW site_status_fact AS
SELECT id, site_id, occurred_on, old_status, new_status, reason, evidence, filed_commune_code, recorded_by,
       recorded_at, synthetic
FROM site_status_event;

-- inspection --------------------------------------------------------------------------------------------------------

-- A remedial deadline that has passed (before today) while the violation is still open or being remedied.
CREATE FUNCTION violation_overdue(remedial_deadline date, status text, today date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT remedial_deadline IS NOT NULL AND remedial_deadline < today AND status IN ('open', 'remediating') $$;

CREATE VIEW inspection_fact AS
SELECT id, site_id, inspected_on, kind, team, legal_basis, outcome, filed_commune_code, recorded_by, synthetic
FROM inspection;

-- Violations with the day of the inspection that found them. Published: closed and decided, so the public may see
-- it (an open case is not public).
CREATE VIEW violation_fact AS
SELECT v.id, v.inspection_id, v.site_id, i.inspected_on, v.category, v.severity, v.legal_reference,
       v.decision_number, v.decided_on, v.fine_vnd, v.additional_sanctions, v.remedial_measures,
       v.remedial_deadline, v.status, v.synthetic,
       (v.status = 'closed' AND v.decided_on IS NOT NULL) AS published
FROM violation v
LEFT JOIN inspection i ON i.id = v.inspection_id;

-- Samples with their inspection's site and day.
CREATE VIEW sample_fact AS
SELECT sa.id, sa.inspection_id, i.site_id, i.inspected_on, sa.medium, sa.parameter, sa.value, sa.unit,
       sa.regulation, sa.regulation_column, sa.limit_value, sa.exceedance
FROM sample sa
LEFT JOIN inspection i ON i.id = sa.inspection_id;

-- Read-only for the service: V11's default privileges would let it write through these (simple views are
-- updatable), and a write through a view runs with its owner's rights, past V11's revokes on the evidence tables.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON commune_current, province_current, commune_predecessor, '
        'regulation_limit_name, site_current, site_status_fact, inspection_fact, violation_fact, sample_fact FROM %I', app);
END $$;
