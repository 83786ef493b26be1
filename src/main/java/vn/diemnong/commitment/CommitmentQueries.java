package vn.diemnong.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Scope;

/**
 * Reads commitments and coverage, as JSON written by PostgreSQL. "Today" is the province's day, passed in, not the
 * database server's.
 */
@Component
class CommitmentQueries {

	/** Each commitment with its state on :today: broken, superseded, valid or expired (in that order of precedence). */
	private static final String SITE_LIST = """
			SELECT coalesce(jsonb_agg(jsonb_build_object(
			         'id', c.id, 'siteId', c.site_id, 'signedOn', c.signed_on, 'signerName', c.signer_name,
			         'signerRole', c.signer_role, 'promises', to_jsonb(c.promises), 'relocateBy', c.relocate_by,
			         'promiseOther', c.promise_other, 'validUntil', c.valid_until, 'scanSha256', c.scan_sha256,
			         'supersedesId', c.supersedes_id, 'witnessedBy', c.witnessed_by, 'recordedAt', c.recorded_at,
			         'superseded', f.superseded,
			         'valid', commitment_valid_on(c.signed_on, c.valid_until, f.superseded, :today),
			         'brokenOn', f.broken_on,
			         'breach', CASE WHEN f.broken_on IS NULL THEN NULL
			                        ELSE jsonb_build_object('type', f.evidence_type, 'id', f.evidence_id) END,
			         'state', CASE WHEN f.broken_on IS NOT NULL THEN 'broken'
			                       WHEN f.superseded THEN 'superseded'
			                       WHEN commitment_valid_on(c.signed_on, c.valid_until, false, :today) THEN 'valid'
			                       ELSE 'expired' END)
			       ORDER BY c.signed_on DESC, c.id DESC), '[]'::jsonb)::text
			FROM commitment c JOIN commitment_fact f ON f.id = c.id
			WHERE c.site_id = :site""";

	/**
	 * Per commune: the sites that must sign, those whose current commitment is valid and unbroken (covered), expired,
	 * broken, and the share covered; the scope placeholder narrows the communes to the caller's.
	 */
	private static final String COVERAGE = """
			WITH judged AS (
			  SELECT s.id, s.name, s.kind, s.trade, s.status, s.commune_code,
			         commitment_needed(s.kind, s.trade, s.compound, EXISTS (SELECT 1 FROM site_status_fact e
			           WHERE e.site_id = s.id AND e.new_status = 'reactivated')) AS needed
			  FROM site_current s
			  WHERE s.commune_code IS NOT NULL),
			current AS (
			  SELECT f.site_id, f.id, f.signed_on, f.valid_until, f.broken_on,
			         commitment_valid_on(f.signed_on, f.valid_until, false, :today) AS valid
			  FROM commitment_fact f WHERE NOT f.superseded),
			counted AS (
			  SELECT cc.code, cc.name, cc.geom,
			         count(s.id) FILTER (WHERE s.needed) AS needed,
			         count(s.id) FILTER (WHERE s.needed AND k.valid AND k.broken_on IS NULL) AS covered,
			         count(s.id) FILTER (WHERE s.needed AND k.id IS NOT NULL AND NOT k.valid AND k.broken_on IS NULL)
			           AS expired,
			         count(s.id) FILTER (WHERE s.needed AND k.broken_on IS NOT NULL) AS broken,
			         count(s.id) FILTER (WHERE s.needed AND k.id IS NULL) AS unsigned
			  FROM commune_current cc
			  LEFT JOIN judged s ON s.commune_code = cc.code
			  LEFT JOIN current k ON k.site_id = s.id
			  WHERE TRUE /*scope*/ /*commune*/
			  GROUP BY cc.code, cc.name, cc.geom)
			SELECT code, name, needed, covered, expired, broken, unsigned,
			       CASE WHEN needed > 0 THEN round(CAST(covered AS numeric) / needed, 4) END AS share,
			       ST_AsGeoJSON(ST_Simplify(geom, :simplify), 5) AS geometry
			FROM counted ORDER BY code""";

	/** The sites of one commune that must sign, with their current commitment's state. */
	private static final String COMMUNE_SITES = """
			SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'trade', s.trade,
			         'status', s.status, 'commitmentId', k.id, 'signedOn', k.signed_on, 'validUntil', k.valid_until,
			         'brokenOn', k.broken_on,
			         'state', CASE WHEN k.id IS NULL THEN 'unsigned' WHEN k.broken_on IS NOT NULL THEN 'broken'
			                       WHEN commitment_valid_on(k.signed_on, k.valid_until, false, :today) THEN 'valid'
			                       ELSE 'expired' END)
			       ORDER BY s.name, s.id), '[]'::jsonb)::text
			FROM site_current s
			LEFT JOIN commitment_fact k ON k.site_id = s.id AND NOT k.superseded
			WHERE s.commune_code = :commune
			  AND commitment_needed(s.kind, s.trade, s.compound, EXISTS (SELECT 1 FROM site_status_fact e
			        WHERE e.site_id = s.id AND e.new_status = 'reactivated'))""";

	private final JdbcClient jdbc;

	CommitmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String ofSite(long siteId, LocalDate today) {
		return jdbc.sql(SITE_LIST).param("site", siteId).param("today", today).query(String.class).single();
	}

	/** Every commune the caller may see, or the one named. */
	List<Coverage> coverage(@Nullable String commune, LocalDate today, double simplify) {
		Map<String, Object> params = new HashMap<>();
		String scope = Scope.andCondition("cc.code", params);
		String sql = COVERAGE.replace("/*scope*/", scope).replace("/*commune*/", commune == null ? "" : "AND cc.code = :commune");
		if (commune != null) {
			params.put("commune", commune);
		}
		return jdbc.sql(sql).params(params).param("today", today).param("simplify", simplify)
			.query((rs, n) -> new Coverage(rs.getString("code"), rs.getString("name"), rs.getLong("needed"),
					rs.getLong("covered"), rs.getLong("expired"), rs.getLong("broken"), rs.getLong("unsigned"),
					rs.getBigDecimal("share"), rs.getString("geometry")))
			.list();
	}

	Optional<Coverage> communeCoverage(String commune, LocalDate today) {
		return coverage(commune, today, 0.0001).stream().findFirst();
	}

	String communeSites(String commune, LocalDate today) {
		return jdbc.sql(COMMUNE_SITES).param("commune", commune).param("today", today).query(String.class).single();
	}

	/**
	 * @param share covered / needed, null when no site needs to sign
	 */
	record Coverage(String code, String name, long needed, long covered, long expired, long broken, long unsigned,
			@Nullable BigDecimal share, String geometry) {
	}
}
