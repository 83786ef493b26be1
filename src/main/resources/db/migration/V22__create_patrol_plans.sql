-- Patrol plans (module patrol): a route chosen for a day over an area, starting and ending at one point, and its
-- stops in order. A plan is issued as it was computed (it is printed and handed out): rows are never updated or
-- deleted. What happens on the patrol is recorded elsewhere, against the plan and its stops.
CREATE TABLE patrol_plan (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_date            date        NOT NULL,
    -- the area planned over: the communes' union, or the polygon drawn
    geom                 geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    communes             text[]      NOT NULL DEFAULT '{}',
    start_point          geometry(Point, 4326) NOT NULL,
    start_label          text,
    start_time           time        NOT NULL,
    hours                numeric(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
    speed_kmh            numeric(5, 1) NOT NULL CHECK (speed_kmh > 0 AND speed_kmh <= 120),
    minutes_per_stop     integer     NOT NULL CHECK (minutes_per_stop >= 0 AND minutes_per_stop <= 480),
    detour_factor        numeric(4, 2) NOT NULL CHECK (detour_factor >= 1),
    seed                 bigint      NOT NULL,
    method               text        NOT NULL,
    candidate_count      integer     NOT NULL CHECK (candidate_count >= 0),
    total_distance_m     double precision NOT NULL CHECK (total_distance_m >= 0),
    total_minutes        double precision NOT NULL CHECK (total_minutes >= 0),
    risk_covered         double precision NOT NULL CHECK (risk_covered >= 0),
    -- the risk of every site in the area at planning time, of which risk_covered is a share
    area_risk            double precision NOT NULL CHECK (area_risk >= 0),
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (total_minutes <= hours * 60 + 0.001)
);
CREATE INDEX patrol_plan_date_idx ON patrol_plan (plan_date);
CREATE INDEX patrol_plan_communes_idx ON patrol_plan USING gin (communes);
CREATE INDEX patrol_plan_geom_idx ON patrol_plan USING gist (geom);

-- A stop: the site, when the patrol should arrive, why it is on the plan and what to check there. The site's name,
-- position and risk are kept as they were when the plan was made (the printed plan says what was planned).
CREATE TABLE patrol_plan_stop (
    plan_id              bigint      NOT NULL REFERENCES patrol_plan (id),
    stop_order           integer     NOT NULL CHECK (stop_order >= 1),
    site_id              bigint      NOT NULL REFERENCES site (id),
    site_name            text        NOT NULL,
    commune_code         varchar(5),
    geom                 geometry(Point, 4326) NOT NULL,
    arrival              time        NOT NULL,
    minutes_from_start   double precision NOT NULL CHECK (minutes_from_start >= 0),
    leg_meters           double precision NOT NULL CHECK (leg_meters >= 0),
    risk                 double precision NOT NULL,
    reasons              jsonb       NOT NULL DEFAULT '[]',
    checks               jsonb       NOT NULL DEFAULT '[]',
    PRIMARY KEY (plan_id, stop_order),
    UNIQUE (plan_id, site_id)
);
CREATE INDEX patrol_plan_stop_site_idx ON patrol_plan_stop (site_id);

CREATE TRIGGER patrol_plan_append_only BEFORE UPDATE OR DELETE ON patrol_plan
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_plan_no_truncate BEFORE TRUNCATE ON patrol_plan
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_plan_stop_append_only BEFORE UPDATE OR DELETE ON patrol_plan_stop
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_plan_stop_no_truncate BEFORE TRUNCATE ON patrol_plan_stop
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- As V11 and V16: the service may add plans but not rewrite them.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON patrol_plan, patrol_plan_stop FROM %I', app);
END $$;
