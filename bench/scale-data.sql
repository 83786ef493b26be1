-- 100,000 synthetic household workshops spread over the province (denser around three craft villages), each with
-- ten inspections and one violation per inspection between 2023-01 and 2026-10: 1,000,000 violations.
BEGIN;
INSERT INTO site (kind, trade, name, status, geom, commune_id, synthetic, location_precision)
SELECT 'household_workshop',
       (ARRAY['paper_recycling', 'aluminium_recycling', 'copper_casting', 'steel_recycling', 'food_processing'])[1 + g % 5],
       'Scale ' || g, 'operating', p.pt, c.id, true, 'scale benchmark (generated)'
FROM (SELECT pt, row_number() OVER () AS g FROM (
        SELECT (ST_Dump(ST_GeneratePoints(geom, 70000, 1))).geom AS pt FROM admin_unit WHERE level = 'province'
        UNION ALL
        SELECT (ST_Dump(ST_GeneratePoints(ST_Intersection(u.geom, ST_Buffer(ST_PointOnSurface(u.geom), 0.02)), 10000, 2)))
               .geom FROM admin_unit u WHERE u.level = 'commune' AND u.code IN ('09190', '09238', '09379')) q) p
CROSS JOIN LATERAL (SELECT id FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL
                    AND ST_Covers(c.geom, p.pt) LIMIT 1) c;

CREATE TEMP TABLE scale_site AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM site WHERE name LIKE 'Scale %';
INSERT INTO inspection (site_id, inspected_on, kind, team, recorded_by, synthetic)
SELECT s.id, DATE '2023-01-01' + ((s.n * 7919 + k * 104729) % 1399)::int, 'scheduled', '{environment}', 'scale', true
FROM scale_site s CROSS JOIN generate_series(1, 10) k;

INSERT INTO violation (inspection_id, site_id, category, severity, status, fine_vnd, synthetic)
SELECT i.id, i.site_id, 'no_treatment_system', 1 + (i.id % 3)::int, 'closed', 1000000 * (1 + i.id % 50), true
FROM inspection i WHERE i.recorded_by = 'scale';
COMMIT;
ANALYZE;
