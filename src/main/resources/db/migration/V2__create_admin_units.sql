-- Administrative units with their validity: a 5-digit code is only meaningful with its vintage, because every 2025
-- commune re-uses the code of one of its predecessors (QĐ 19/2025/QĐ-TTg).
CREATE TABLE admin_unit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        varchar(5)  NOT NULL CHECK (code ~ '^[0-9]{2}([0-9]{3})?$'),
    level       varchar(10) NOT NULL CHECK (level IN ('province', 'commune')),
    name        text        NOT NULL,
    full_name   text        NOT NULL,
    name_en     text,
    unit_type   text,
    parent_code varchar(5),
    valid_from  date        NOT NULL,
    valid_to    date,
    area_km2    numeric(10, 2),
    source      text,
    geom        geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (level <> 'commune' OR length(code) = 5),
    UNIQUE (code, level, valid_from)
);
CREATE INDEX admin_unit_geom_idx ON admin_unit USING gist (geom);
CREATE INDEX admin_unit_name_key_idx ON admin_unit (search_key(name));

-- The 1 July 2025 crosswalk: which old (pre-2025) commune went into which new one.
CREATE TABLE admin_unit_predecessor (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    successor_id          bigint      NOT NULL REFERENCES admin_unit (id),
    code                  varchar(5)  NOT NULL CHECK (code ~ '^[0-9]{5}$'),
    name                  text        NOT NULL,
    district_code         varchar(3),
    district_name         text,
    province_code         varchar(2),
    province_name         text,
    merge_type            varchar(10) NOT NULL CHECK (merge_type IN ('full', 'partial')),
    split_count           smallint    NOT NULL DEFAULT 1 CHECK (split_count >= 1),
    valid_to              date        NOT NULL,
    UNIQUE (code, successor_id)
);
CREATE INDEX admin_unit_predecessor_code_idx ON admin_unit_predecessor (code);
