CREATE TABLE inspection (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES site (id),
    inspected_on       date        NOT NULL,
    kind               varchar(20) NOT NULL CHECK (kind IN ('scheduled', 'unannounced', 'follow_up')),
    team               text[]      NOT NULL CHECK (cardinality(team) > 0),
    legal_basis        text,
    outcome            text,
    -- The commune code the record was filed under; before 1 July 2025 it is an old (pre-reform) code.
    filed_commune_code varchar(5) CHECK (filed_commune_code ~ '^[0-9]{5}$'),
    recorded_by        text        NOT NULL,
    synthetic          boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0
);
CREATE INDEX inspection_site_idx ON inspection (site_id, inspected_on);
CREATE INDEX inspection_date_idx ON inspection (inspected_on);

CREATE TABLE sample (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id       bigint      NOT NULL REFERENCES inspection (id),
    medium              varchar(20) NOT NULL CHECK (medium IN ('wastewater', 'emission', 'ambient_air', 'noise', 'soil')),
    parameter           varchar(30) NOT NULL,
    value               numeric     NOT NULL,
    unit                text        NOT NULL,
    regulation_limit_id bigint REFERENCES regulation_limit (id),
    regulation          text,
    regulation_column   char(1) CHECK (regulation_column IN ('A', 'B')),
    limit_value         numeric,
    limit_range         numrange,
    limit_verification  text,
    exceedance          numeric(10, 3) CHECK (exceedance IS NULL OR exceedance >= 0)
);
CREATE INDEX sample_inspection_idx ON sample (inspection_id);

CREATE TABLE violation (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id        bigint      NOT NULL REFERENCES inspection (id),
    site_id              bigint      NOT NULL REFERENCES site (id),
    category             varchar(30) NOT NULL CHECK (category IN ('wastewater_exceedance', 'emission_exceedance',
                             'noise_exceedance', 'no_environmental_permit', 'no_treatment_system',
                             'illegal_scrap_recycling', 'scrap_stockpiling', 'illegal_waste_dumping',
                             'operating_after_closure')),
    severity             smallint    NOT NULL CHECK (severity BETWEEN 1 AND 3),
    legal_reference      text,
    decision_number      text,
    decided_on           date,
    fine_vnd             bigint      CHECK (fine_vnd IS NULL OR fine_vnd >= 0),
    additional_sanctions text,
    remedial_measures    text,
    remedial_deadline    date,
    status               varchar(20) NOT NULL CHECK (status IN ('open', 'remediating', 'remediated', 'escalated', 'closed')),
    synthetic            boolean     NOT NULL DEFAULT false,
    version              integer     NOT NULL DEFAULT 0,
    CHECK (decision_number IS NULL OR decided_on IS NOT NULL)
);
CREATE INDEX violation_inspection_idx ON violation (inspection_id);
CREATE INDEX violation_site_idx ON violation (site_id);
