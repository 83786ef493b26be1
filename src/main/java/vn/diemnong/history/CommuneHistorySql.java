package vn.diemnong.history;

/**
 * One commune's violation history. Records are attributed to the commune that covers their site today, so
 * history filed before 1 July 2025 under an old commune shows under the new one; the {@code predecessors} part
 * lists it by the old commune it was filed under (the 2025 crosswalk).
 */
final class CommuneHistorySql {

	static final String SQL = """
			WITH c AS (SELECT id, code, name, full_name, area_km2 FROM commune_current WHERE code = :code),
			v AS (SELECT v.id, v.category, v.fine_vnd, v.inspected_on, v.site_id
			      FROM violation_fact v JOIN site_current s ON s.id = v.site_id
			      WHERE s.commune_id = (SELECT id FROM c) AND v.inspected_on BETWEEN :from AND :to),
			i AS (SELECT i.id, i.inspected_on FROM inspection_fact i JOIN site_current s ON s.id = i.site_id
			      WHERE s.commune_id = (SELECT id FROM c) AND i.inspected_on BETWEEN :from AND :to),
			months AS (SELECT m::date AS month FROM generate_series(date_trunc('month', CAST(:from AS date)),
			                                                         CAST(:to AS date), interval '1 month') m)
			SELECT jsonb_build_object('code', c.code, 'name', c.name, 'fullName', c.full_name, 'areaKm2', c.area_km2,
			  'from', :from, 'to', :to,
			  'totals', jsonb_build_object('violations', (SELECT count(*) FROM v),
			    'finesVnd', (SELECT coalesce(sum(fine_vnd), 0) FROM v), 'inspections', (SELECT count(*) FROM i),
			    'sites', (SELECT count(*) FROM site_current WHERE commune_id = c.id)),
			  'monthly', (SELECT jsonb_agg(jsonb_build_object('month', to_char(m.month, 'YYYY-MM'),
			      'violations', coalesce(vm.violations, 0), 'finesVnd', coalesce(vm.fines, 0),
			      'inspections', coalesce(im.inspections, 0)) ORDER BY m.month)
			    FROM months m
			    LEFT JOIN (SELECT date_trunc('month', inspected_on)::date AS month, count(*) AS violations,
			                      coalesce(sum(fine_vnd), 0) AS fines FROM v GROUP BY 1) vm ON vm.month = m.month
			    LEFT JOIN (SELECT date_trunc('month', inspected_on)::date AS month, count(*) AS inspections
			               FROM i GROUP BY 1) im ON im.month = m.month),
			  'byCategory', coalesce((SELECT jsonb_agg(jsonb_build_object('category', category, 'violations', n,
			      'finesVnd', fines) ORDER BY n DESC, category)
			    FROM (SELECT category, count(*) AS n, coalesce(sum(fine_vnd), 0) AS fines FROM v GROUP BY category) x),
			    '[]'::jsonb),
			  'sites', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'kind', s.kind,
			      'status', s.status, 'violations', x.n, 'lastViolationOn', x.last) ORDER BY x.n DESC, x.last DESC, s.id)
			    FROM (SELECT site_id, count(*) AS n, max(inspected_on) AS last FROM v GROUP BY site_id
			          ORDER BY count(*) DESC, max(inspected_on) DESC LIMIT 25) x JOIN site_current s ON s.id = x.site_id),
			    '[]'::jsonb),
			  'predecessors', coalesce((SELECT jsonb_agg(jsonb_build_object('code', p.code, 'name', p.name,
			      'districtName', p.district_name, 'mergeType', p.merge_type,
			      'inspections', coalesce(f.inspections, 0), 'violations', coalesce(f.violations, 0),
			      'finesVnd', coalesce(f.fines, 0)) ORDER BY p.code)
			    FROM commune_predecessor p
			    LEFT JOIN LATERAL (
			      SELECT count(DISTINCT pi.id) AS inspections, count(pv.id) AS violations,
			             coalesce(sum(pv.fine_vnd), 0) AS fines
			      FROM inspection_fact pi LEFT JOIN violation_fact pv ON pv.inspection_id = pi.id
			      WHERE pi.filed_commune_code = p.code AND pi.inspected_on < commune_reform_date()) f ON true
			    WHERE p.successor_id = c.id), '[]'::jsonb))::text
			FROM c""";

	private CommuneHistorySql() {
	}
}
