-- Patrols (module patrol): a plan carried out by a team. The patrol row holds where it is in its life cycle
-- (planned → in progress → done); what happened on it (the outcome at each stop, the track) is history, kept in
-- append-only tables.
CREATE TABLE patrol (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id       bigint      NOT NULL REFERENCES patrol_plan (id),
    team          text        NOT NULL CHECK (length(btrim(team)) > 0),
    -- the commune most of the plan's stops lie in: effort is counted there, and a commune's users see the patrol
    commune_code  varchar(5),
    status        varchar(12) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
    started_at    timestamptz,
    ended_at      timestamptz,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'planned' AND started_at IS NULL AND ended_at IS NULL)
        OR (status = 'in_progress' AND started_at IS NOT NULL AND ended_at IS NULL)
        OR (status = 'done' AND started_at IS NOT NULL AND ended_at >= started_at))
);
CREATE INDEX patrol_plan_idx ON patrol (plan_id);

-- The patrol row changes only by moving one step forward (PatrolStatus): planned → in progress, setting started_at;
-- in progress → done, setting ended_at. Nothing else of it is ever rewritten.
CREATE FUNCTION patrol_step_forward() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF (NEW.plan_id, NEW.team, NEW.commune_code, NEW.created_by, NEW.created_at)
           IS DISTINCT FROM (OLD.plan_id, OLD.team, OLD.commune_code, OLD.created_by, OLD.created_at)
       OR NOT ((OLD.status = 'planned' AND NEW.status = 'in_progress' AND NEW.ended_at IS NULL)
            OR (OLD.status = 'in_progress' AND NEW.status = 'done' AND NEW.started_at = OLD.started_at)) THEN
        RAISE EXCEPTION 'patrol %: % → % is not a step forward', OLD.id, OLD.status, NEW.status USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER patrol_steps_forward BEFORE UPDATE ON patrol FOR EACH ROW EXECUTE FUNCTION patrol_step_forward();
CREATE TRIGGER patrol_no_delete BEFORE DELETE ON patrol FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_no_truncate BEFORE TRUNCATE ON patrol FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE INDEX patrol_commune_started_idx ON patrol (commune_code, started_at);

-- The outcome at one stop of the plan: visited or not reachable, what was found, and the field observation made
-- there (the field module's; a plain reference until that module publishes its table).
CREATE TABLE patrol_stop_outcome (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patrol_id      bigint      NOT NULL REFERENCES patrol (id),
    stop_order     integer     NOT NULL,
    site_id        bigint      NOT NULL REFERENCES site (id),
    outcome        varchar(14) NOT NULL CHECK (outcome IN ('visited', 'not_reachable')),
    found          text        CHECK (length(found) <= 2000),
    observation_id bigint,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text        NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (patrol_id, stop_order)
);
CREATE INDEX patrol_stop_outcome_site_idx ON patrol_stop_outcome (site_id, recorded_at);
CREATE INDEX patrol_stop_outcome_observation_idx ON patrol_stop_outcome (observation_id);

-- A batch of track points as the phone sent it, once: the phone names each batch with a key of its own
-- (Idempotency-Key), and a batch sent again (after a lost answer) finds its key here and is not stored twice.
CREATE TABLE patrol_track_batch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patrol_id       bigint      NOT NULL REFERENCES patrol (id),
    idempotency_key varchar(100) NOT NULL,
    -- SHA-256 of the points as received: the same key with other points is a client's mistake, refused
    content_hash    text        NOT NULL,
    point_count     integer     NOT NULL CHECK (point_count > 0),
    received_by     text        NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (patrol_id, idempotency_key)
);

CREATE TABLE patrol_track_point (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id     bigint      NOT NULL REFERENCES patrol_track_batch (id),
    patrol_id    bigint      NOT NULL REFERENCES patrol (id),
    geom         geometry(Point, 4326) NOT NULL,
    accuracy_m   real        CHECK (accuracy_m >= 0),
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX patrol_track_point_patrol_idx ON patrol_track_point (patrol_id, recorded_at);
CREATE INDEX patrol_track_point_batch_idx ON patrol_track_point (batch_id);

CREATE TRIGGER patrol_stop_outcome_append_only BEFORE UPDATE OR DELETE ON patrol_stop_outcome
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_stop_outcome_no_truncate BEFORE TRUNCATE ON patrol_stop_outcome
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_track_batch_append_only BEFORE UPDATE OR DELETE ON patrol_track_batch
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_track_batch_no_truncate BEFORE TRUNCATE ON patrol_track_batch
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_track_point_append_only BEFORE UPDATE OR DELETE ON patrol_track_point
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER patrol_track_point_no_truncate BEFORE TRUNCATE ON patrol_track_point
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- Published for the history module (as V16's site_location_fact): each outcome recorded at a site on a patrol, on
-- the day it was recorded in the province's time.
CREATE VIEW patrol_visit_fact AS
SELECT o.id, o.site_id, (o.recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS visited_on, o.recorded_at,
       o.patrol_id, p.team, o.outcome, o.found, o.observation_id, o.recorded_by
FROM patrol_stop_outcome o
JOIN patrol p ON p.id = o.patrol_id;

-- Published for the watch list and coverage: the last time a patrol reached each site (an outcome "visited"; "not
-- reachable" is no visit). Days since the last visit = today (Asia/Ho_Chi_Minh) - last_visited_on.
CREATE VIEW site_last_visit AS
SELECT site_id, max(recorded_at) AS last_visited_at,
       max((recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS last_visited_on
FROM patrol_stop_outcome
WHERE outcome = 'visited'
GROUP BY site_id;

-- As V11, V14 and V16: the service may add outcomes and track points but not rewrite them, and may not write through
-- the views. The patrol row itself moves through its life cycle (UPDATE of its status).
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON patrol_stop_outcome, patrol_track_batch, patrol_track_point FROM %I', app);
    EXECUTE format('REVOKE DELETE, TRUNCATE ON patrol FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON patrol_visit_fact, site_last_visit FROM %I', app);
END $$;
