package vn.diemnong.audit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.diemnong.common.Actor;

/** Reading the audit trail, with its personal fields shown or redacted by role, and checking its chain. */
@Service
class AuditTrail {

	/** The personal data a snapshot may hold: a site's operator and address, a commitment's signer. */
	private static final String[] PERSONAL = { "operator_name", "address", "signer_name" };

	private final JdbcClient jdbc;
	private final AuditAnchor anchor;
	private final AuditLog audit;

	AuditTrail(JdbcClient jdbc, AuditAnchor anchor, AuditLog audit) {
		this.jdbc = jdbc;
		this.anchor = anchor;
		this.audit = audit;
	}

	/**
	 * @param record {@code type:id} (e.g. {@code site:12}) or a bare id; null for every record
	 * @param limit  at most this many events, held to 1–5000
	 */
	record Filter(@Nullable String record, @Nullable String user, @Nullable LocalDate from, @Nullable LocalDate to,
			int limit) {
	}

	/**
	 * Events, newest first. The personal fields of the snapshots are shown to the environment department only, and
	 * its reading them is itself an event; an administrator, who keeps the trail but not the data, sees them redacted.
	 */
	List<Map<String, Object>> events(Filter filter) {
		String record = filter.record();
		String type = record != null && record.contains(":") ? record.substring(0, record.indexOf(':')) : null;
		String id = record != null && record.contains(":") ? record.substring(record.indexOf(':') + 1) : record;
		boolean showPersonal = "ENV_DEPT".equals(Actor.role());
		List<Map<String, Object>> events = jdbc.sql("""
				SELECT seq, occurred_at AS "occurredAt", actor, role, action, record_type AS "recordType",
				       record_id AS "recordId", %s AS before, %s AS after, address, hash,
				       EXISTS (SELECT 1 FROM jsonb_each(coalesce(before, '{}') || coalesce(after, '{}')) f
				               WHERE f.key = ANY(CAST(:personal AS text[])) AND f.value <> 'null'::jsonb) AS personal
				FROM audit_event
				WHERE (CAST(:type AS text) IS NULL OR record_type = :type) AND (CAST(:id AS text) IS NULL OR record_id = :id)
				  AND (CAST(:user AS text) IS NULL OR actor = :user)
				  AND (CAST(:from AS date) IS NULL OR occurred_at >= :from)
				  AND (CAST(:to AS date) IS NULL OR occurred_at < CAST(:to AS date) + 1)
				ORDER BY seq DESC LIMIT :limit""".formatted(showPersonal ? "before::text" : redacted("before"),
					showPersonal ? "after::text" : redacted("after")))
			.param("type", type).param("id", id).param("user", filter.user()).param("from", filter.from())
			.param("to", filter.to()).param("limit", Math.max(1, Math.min(filter.limit(), 5000)))
			.param("personal", PERSONAL)
			.query().listOfRows();
		List<Object> shown = new ArrayList<>();
		for (Map<String, Object> event : events) {
			if (Boolean.TRUE.equals(event.remove("personal"))) {
				shown.add(event.get("seq"));
			}
		}
		if (showPersonal && !shown.isEmpty()) {
			audit.record("audit.view_confidential", "audit_event", record == null ? "*" : record, null,
					"{\"fields\": [\"" + String.join("\", \"", PERSONAL) + "\"], \"events\": " + shown + "}");
		}
		return events;
	}

	/** The snapshot with each personal field that has a value replaced by {@code "[redacted]"}. */
	private static String redacted(String column) {
		return """
				(SELECT jsonb_object_agg(f.key, CASE WHEN f.key = ANY(CAST(:personal AS text[])) AND f.value <> 'null'::jsonb
				                                     THEN '"[redacted]"'::jsonb ELSE f.value END)
				 FROM jsonb_each(%1$s) f)::text""".formatted(column);
	}

	/**
	 * Recomputes every hash in chain order (the first broken link, if any, is named), then holds the chain against
	 * the checkpoints kept outside the database ({@code anchor}): a rewrite that recomputed every later hash passes
	 * the first check but not the second.
	 */
	Map<String, Object> verify() throws IOException {
		Map<String, Object> verdict = new LinkedHashMap<>(jdbc.sql("""
				WITH chain AS (
				  SELECT seq, hash, prev_hash, lag(hash) OVER (ORDER BY seq) AS previous, lag(seq) OVER (ORDER BY seq) AS previous_seq,
				         encode(sha256(convert_to(coalesce(prev_hash, '') || '|' || audit_payload(e), 'UTF8')), 'hex') AS recomputed
				  FROM audit_event e),
				broken AS (
				  SELECT seq, CASE WHEN hash <> recomputed THEN 'edited'
				                   WHEN prev_hash IS DISTINCT FROM previous OR seq <> coalesce(previous_seq, 0) + 1 THEN 'gap'
				              END AS reason
				  FROM chain)
				SELECT (SELECT count(*) FROM audit_event) AS events,
				       NOT EXISTS (SELECT 1 FROM broken WHERE reason IS NOT NULL) AS intact,
				       (SELECT min(seq) FROM broken WHERE reason IS NOT NULL) AS "firstBrokenSeq",
				       (SELECT reason FROM broken WHERE reason IS NOT NULL ORDER BY seq LIMIT 1) AS reason,
				       (has_table_privilege('audit_event', 'UPDATE') OR has_table_privilege('audit_event', 'DELETE')
				        OR has_table_privilege('audit_event', 'TRUNCATE')
				        OR pg_has_role((SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'), 'USAGE'))
				         AS "applicationRoleCanRewrite\"""")
			.query().singleRow());
		Map<String, Object> anchored = anchor.verify();
		verdict.put("anchor", anchored);
		if (Boolean.TRUE.equals(verdict.get("intact")) && Boolean.FALSE.equals(anchored.get("intact"))) {
			verdict.put("intact", false);
			verdict.put("reason", "checkpoint");
		}
		return verdict;
	}
}
