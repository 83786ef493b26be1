package vn.diemnong.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.commitment.CommitmentReaders;
import vn.diemnong.common.Scope;
import vn.diemnong.inspection.InspectionJson;
import vn.diemnong.observation.ObservationReaders;

/**
 * A site's history in date order: status changes, inspections with samples, violations, location corrections, field
 * observations (for the roles that read them), patrol visits, signed commitments (for the roles that read
 * commitments); members included.
 */
@Component
class SiteHistoryQueries {

	private static final String SQL = """
			WITH ids AS (SELECT CAST(:id AS bigint) AS id
			             UNION SELECT c.id FROM site_current c WHERE c.parent_id = :id /*member scope*/),
			entries AS (
			  SELECT e.occurred_on AS date, 0 AS ord, e.id, jsonb_build_object('type', 'status', 'date', e.occurred_on,
			           'id', e.id, 'siteId', s.id, 'siteName', s.name, 'oldStatus', e.old_status,
			           'newStatus', e.new_status, 'reason', e.reason, 'evidence', e.evidence,
			           'filedCommuneCode', e.filed_commune_code, 'recordedBy', e.recorded_by,
			           'synthetic', e.synthetic) AS entry, NULL::bigint AS fine, false AS overdue
			  FROM site_status_fact e JOIN site_current s ON s.id = e.site_id
			  WHERE e.site_id IN (SELECT id FROM ids) AND e.occurred_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT i.inspected_on, 1, i.id, %s, NULL, false
			  FROM inspection_fact i JOIN site_current s ON s.id = i.site_id
			  WHERE i.site_id IN (SELECT id FROM ids) AND i.inspected_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT i.inspected_on, 2, v.id, %s, v.fine_vnd, %s
			  FROM violation_fact v JOIN inspection_fact i ON i.id = v.inspection_id
			  JOIN site_current s ON s.id = v.site_id
			  WHERE v.site_id IN (SELECT id FROM ids) AND i.inspected_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT l.changed_on, 3, l.id, jsonb_build_object('type', 'location', 'date', l.changed_on, 'id', l.id,
			           'siteId', s.id, 'siteName', s.name, 'precision', l.new_precision, 'source', l.source,
			           'lon', round(CAST(l.lon AS numeric), 6), 'lat', round(CAST(l.lat AS numeric), 6),
			           'movedM', round(CAST(l.moved_m AS numeric)), 'recordedBy', l.recorded_by), NULL, false
			  FROM site_location_fact l JOIN site_current s ON s.id = l.site_id
			  WHERE l.site_id IN (SELECT id FROM ids) AND l.changed_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT o.observed_on, 4, o.id, jsonb_build_object('type', 'observation', 'date', o.observed_on, 'id', o.id,
			           'siteId', s.id, 'siteName', s.name, 'observedAt', o.observed_at, 'findings', to_jsonb(o.findings),
			           'note', o.note, 'statusBefore', o.status_before, 'newStatus', o.new_status,
			           'statusEventId', o.status_event_id, 'siteRegistered', o.site_registered,
			           'lon', round(CAST(o.lon AS numeric), 6), 'lat', round(CAST(o.lat AS numeric), 6),
			           'accuracyM', round(CAST(o.accuracy_m AS numeric)), 'distanceM', round(CAST(o.distance_m AS numeric)),
			           'maxDistanceM', o.max_distance_m, 'far', o.far, 'photos', to_jsonb(o.photos),
			           'recordedBy', o.recorded_by, 'recordedAt', o.recorded_at), NULL, false
			  FROM observation_fact o JOIN site_current s ON s.id = o.site_id
			  WHERE :observations AND o.site_id IN (SELECT id FROM ids) AND o.observed_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT pv.visited_on, 5, pv.id, jsonb_build_object('type', 'patrol', 'date', pv.visited_on, 'id', pv.id,
			           'siteId', s.id, 'siteName', s.name, 'patrolId', pv.patrol_id, 'team', pv.team,
			           'outcome', pv.outcome, 'found', pv.found, 'observationId', pv.observation_id,
			           'recordedAt', pv.recorded_at, 'recordedBy', pv.recorded_by), NULL, false
			  FROM patrol_visit_fact pv JOIN site_current s ON s.id = pv.site_id
			  WHERE pv.site_id IN (SELECT id FROM ids) AND pv.visited_on BETWEEN :from AND :to
			  UNION ALL
			  SELECT c.signed_on, 6, c.id, jsonb_build_object('type', 'commitment', 'date', c.signed_on, 'id', c.id,
			           'siteId', s.id, 'siteName', s.name, 'signerRole', c.signer_role, 'promises', to_jsonb(c.promises),
			           'relocateBy', c.relocate_by, 'validUntil', c.valid_until, 'scanSha256', c.scan_sha256,
			           'supersedesId', c.supersedes_id, 'brokenOn', c.broken_on,
			           'state', CASE WHEN c.broken_on IS NOT NULL THEN 'broken' WHEN c.superseded THEN 'superseded'
			                         WHEN commitment_valid_on(c.signed_on, c.valid_until, false, :today) THEN 'valid'
			                         ELSE 'expired' END,
			           'witnessedBy', c.witnessed_by, 'recordedAt', c.recorded_at), NULL, false
			  FROM commitment_fact c JOIN site_current s ON s.id = c.site_id
			  WHERE :commitments AND c.site_id IN (SELECT id FROM ids) AND c.signed_on BETWEEN :from AND :to)
			SELECT jsonb_build_object('siteId', :id, 'includesMembers', (SELECT count(*) > 1 FROM ids),
			  'from', :from, 'to', :to,
			  'totals', jsonb_build_object(
			    'inspections', (SELECT count(*) FROM entries WHERE ord = 1),
			    'violations', (SELECT count(*) FROM entries WHERE ord = 2),
			    'finesVnd', (SELECT coalesce(sum(fine), 0) FROM entries WHERE ord = 2),
			    'overdue', (SELECT count(*) FROM entries WHERE overdue)),
			  'entries', coalesce((SELECT jsonb_agg(entry ORDER BY date, ord, id) FROM entries), '[]'::jsonb))::text"""
		.formatted(InspectionJson.INSPECTION, InspectionJson.VIOLATION, InspectionJson.OVERDUE);

	private final JdbcClient jdbc;

	SiteHistoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The site must be one the caller may see; its members count only as far as the caller's communes reach. */
	String history(long siteId, LocalDate from, LocalDate to, String lang, LocalDate today) {
		Map<String, Object> scope = new HashMap<>();
		String memberScope = Scope.andCondition("c.commune_code", scope);
		return jdbc.sql(SQL.replace("/*member scope*/", memberScope))
			.params(scope)
			.param("id", siteId)
			.param("from", from)
			.param("to", to)
			.param("lang", lang)
			.param("today", today)
			.param("commitments", CommitmentReaders.callerReads())
			.param("observations", ObservationReaders.callerReads())
			.query(String.class)
			.single();
	}
}
