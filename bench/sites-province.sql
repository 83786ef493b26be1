-- What GET /api/v1/sites?limit=10000 runs (SiteQueries.list with no filter). The page is not full, so it holds
-- every match and the service does not count them again.
WITH f AS (
  SELECT s.id AS n, jsonb_build_object('type', 'Feature', 'id', s.id,
           'geometry', ST_AsGeoJSON(s.geom, 6)::jsonb, 'properties', jsonb_build_object('name', s.name, 'kind', s.kind,
    'trade', s.trade, 'status', s.status, 'communeCode', u.code, 'communeName', u.name, 'synthetic', s.synthetic,
    'parentId', s.parent_id, 'memberCount', coalesce(m.members, 0), 'pollutionClass', s.pollution_class,
    'locationPrecision', s.location_precision)) AS feature
  FROM site s
  JOIN commune_current u ON u.id = s.commune_id
  LEFT JOIN (SELECT parent_id, count(*) AS members FROM site WHERE parent_id IS NOT NULL GROUP BY parent_id) m
         ON m.parent_id = s.id
  ORDER BY n LIMIT 10000 OFFSET 0)
SELECT coalesce(jsonb_agg(feature ORDER BY n), '[]'::jsonb)::text AS json, count(*) AS returned FROM f;
