-- Numeric limits of the national technical regulations (QCVN), one row per regulation version and parameter.
CREATE TABLE regulation_limit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regulation    text        NOT NULL,
    valid_from    date        NOT NULL,
    valid_to      date,
    medium        varchar(20) NOT NULL CHECK (medium IN ('wastewater', 'emission', 'ambient_air', 'noise', 'soil')),
    parameter     varchar(30) NOT NULL CHECK (parameter ~ '^[A-Za-z0-9_]+$'),
    name_vi       text        NOT NULL,
    name_en       text        NOT NULL,
    unit          text        NOT NULL,
    limit_a       numeric,
    limit_b       numeric,
    range_a       numrange,
    range_b       numrange,
    verification  text        NOT NULL,
    source        text,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (regulation, medium, parameter)
);
CREATE INDEX regulation_limit_lookup_idx ON regulation_limit (medium, parameter, valid_from);
