-- Issue 12: a verified tip is "linked to the site, observation or inspection that confirmed it". V20 keeps one record
-- (tip.confirmed_by_kind/id); a tip may be confirmed by several (an officer's observation and the inspection after it),
-- each linked by a handler once and never unlinked. The record is another module's: an observation (observation_fact),
-- a status event (site_status_fact) or an inspection (inspection_fact) of the site the tip is linked to, checked by
-- the tip module (TipLinks) when it is linked.
CREATE TABLE tip_confirmation (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id    bigint      NOT NULL REFERENCES tip (id),
    kind      varchar(12) NOT NULL CHECK (kind IN ('observation', 'status_event', 'inspection')),
    record_id bigint      NOT NULL CHECK (record_id > 0),
    site_id   bigint      NOT NULL,
    linked_by text        NOT NULL,
    linked_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tip_id, kind, record_id)
);
SELECT make_append_only('tip_confirmation', '${app_role}');

-- The record V20 kept, for the tips verified before this table.
INSERT INTO tip_confirmation (tip_id, kind, record_id, site_id, linked_by, linked_at)
SELECT id, confirmed_by_kind, confirmed_by_id, site_id, 'V25', status_changed_at
FROM tip
WHERE confirmed_by_kind IS NOT NULL AND site_id IS NOT NULL;
