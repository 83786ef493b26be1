CREATE TABLE site (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id          bigint REFERENCES site (id),
    kind               varchar(30) NOT NULL CHECK (kind IN ('craft_village', 'industrial_cluster', 'industrial_zone',
                           'recycling_facility', 'household_workshop', 'waste_dump')),
    trade              varchar(30) NOT NULL CHECK (trade IN ('paper_recycling', 'aluminium_recycling', 'copper_casting',
                           'steel_recycling', 'metal_plating', 'plastic_recycling', 'rubber_recycling', 'scrap_trading',
                           'wood_furniture', 'pottery', 'rice_wine', 'food_processing', 'textile_dyeing',
                           'mixed_industry', 'waste_disposal')),
    name               text        NOT NULL CHECK (length(btrim(name)) > 0),
    name_key           text GENERATED ALWAYS AS (search_key(name)) STORED,
    address            text,
    operator_name      text,
    status             varchar(20) NOT NULL CHECK (status IN ('operating', 'under_remediation', 'suspended',
                           'committed', 'closed', 'reactivated', 'relocated')),
    pollution_class    varchar(25) CHECK (pollution_class IN ('not_polluting', 'polluting', 'seriously_polluting')),
    permit_number      text,
    permit_valid_until date,
    geom               geometry(Geometry, 4326) NOT NULL
                           CHECK (ST_IsValid(geom) AND GeometryType(geom) IN ('POINT', 'POLYGON', 'MULTIPOLYGON')),
    commune_id         bigint      NOT NULL REFERENCES admin_unit (id),
    location_precision text,
    source             text,
    note               text,
    synthetic          boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX site_geom_idx ON site USING gist (geom);
CREATE INDEX site_commune_idx ON site (commune_id);
CREATE INDEX site_parent_idx ON site (parent_id);
CREATE INDEX site_name_key_trgm_idx ON site USING gin (name_key gin_trgm_ops);

-- Every status change is evidence: who, when, from where. Rows are never updated or deleted.
CREATE TABLE site_status_event (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES site (id),
    occurred_on        date        NOT NULL,
    old_status         varchar(20),
    new_status         varchar(20) NOT NULL CHECK (new_status IN ('operating', 'under_remediation', 'suspended',
                           'committed', 'closed', 'reactivated', 'relocated')),
    reason             text        NOT NULL CHECK (length(btrim(reason)) > 0),
    evidence           text,
    observed_geom      geometry(Point, 4326) CHECK (observed_geom IS NULL OR ST_IsValid(observed_geom)),
    filed_commune_code varchar(5) CHECK (filed_commune_code ~ '^[0-9]{5}$'),
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    synthetic          boolean     NOT NULL DEFAULT false
);
CREATE INDEX site_status_event_site_idx ON site_status_event (site_id, occurred_on);
CREATE TRIGGER site_status_event_append_only BEFORE UPDATE OR DELETE ON site_status_event
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER site_status_event_no_truncate BEFORE TRUNCATE ON site_status_event
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
