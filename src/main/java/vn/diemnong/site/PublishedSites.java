package vn.diemnong.site;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.FeatureCollections.Page;

/**
 * Sites as the public may see them: what they are, where, their status and the violations that are closed and
 * decided. Never the operator, address, permit, notes or sources, nor any open case or inspection. A household
 * workshop is a family's home: it is shown under its kind, not its owner's name, at about 100 m.
 */
@Component
class PublishedSites {

	private static final String GEOMETRY = """
			ST_AsGeoJSON(CASE WHEN s.kind = 'household_workshop' THEN ST_SnapToGrid(ST_PointOnSurface(s.geom), 0.001)
			                  ELSE s.geom END, 6)::jsonb""";

	private static final String PROPERTIES = """
			jsonb_build_object('name', CASE WHEN s.kind = 'household_workshop' THEN NULL ELSE s.name END,
			    'kind', s.kind, 'trade', s.trade, 'status', s.status, 'pollutionClass', s.pollution_class,
			    'communeCode', u.code, 'communeName', u.name, 'parentId', s.parent_id,
			    'publishedViolations', (SELECT count(*) FROM violation_fact v WHERE v.site_id = s.id AND v.published))""";

	private static final String FEATURE = "jsonb_build_object('type', 'Feature', 'id', s.id, 'geometry', " + GEOMETRY
			+ ", 'properties', " + PROPERTIES + "%s)";

	private final JdbcClient jdbc;

	PublishedSites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SiteQueries.Features list(int limit, long offset) {
		String json = jdbc.sql("""
				SELECT coalesce(jsonb_agg(f ORDER BY id), '[]'::jsonb)::text FROM (
				  SELECT s.id, %s AS f FROM site s JOIN commune_current u ON u.id = s.commune_id
				  ORDER BY s.id LIMIT :limit OFFSET :offset) page""".formatted(FEATURE.formatted("")))
			.param("limit", limit).param("offset", offset).query(String.class).single();
		long matched = jdbc.sql("SELECT count(*) FROM site").query(Long.class).single();
		long returned = Math.max(0, Math.min(limit, matched - offset));
		return new SiteQueries.Features(json, new Page(offset, limit, matched, returned));
	}

	/** One site with its published violations, newest decision first. */
	Optional<String> one(long id) {
		String violations = """
				 || jsonb_build_object('violations', coalesce((
				  SELECT jsonb_agg(jsonb_build_object('category', v.category, 'severity', v.severity,
				           'decisionNumber', v.decision_number, 'decidedOn', v.decided_on, 'fineVnd', v.fine_vnd,
				           'legalReference', v.legal_reference, 'remedialMeasures', v.remedial_measures,
				           'issuingAuthority', v.issuing_authority)
				         ORDER BY v.decided_on DESC, v.id)
				  FROM violation_fact v WHERE v.site_id = s.id AND v.published), '[]'::jsonb))""";
		return jdbc.sql("SELECT (%s)::text FROM site s JOIN commune_current u ON u.id = s.commune_id WHERE s.id = :id"
			.formatted(FEATURE.formatted(violations)))
			.param("id", id).query(String.class).optional();
	}
}
