package vn.diemnong.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the audit trail and checking its chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final JdbcClient jdbc;

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Events, newest first; {@code record} is {@code type:id} (e.g. {@code site:12}) or a bare id. */
	@GetMapping
	List<Map<String, Object>> events(@RequestParam(required = false) @Nullable String record,
			@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "200") int limit) {
		String type = record != null && record.contains(":") ? record.substring(0, record.indexOf(':')) : null;
		String id = record != null && record.contains(":") ? record.substring(record.indexOf(':') + 1) : record;
		return jdbc.sql("""
				SELECT seq, occurred_at AS "occurredAt", actor, role, action, record_type AS "recordType",
				       record_id AS "recordId", before::text AS before, after::text AS after, address, hash
				FROM audit_event
				WHERE (CAST(:type AS text) IS NULL OR record_type = :type) AND (CAST(:id AS text) IS NULL OR record_id = :id)
				  AND (CAST(:user AS text) IS NULL OR actor = :user)
				  AND (CAST(:from AS date) IS NULL OR occurred_at >= :from)
				  AND (CAST(:to AS date) IS NULL OR occurred_at < CAST(:to AS date) + 1)
				ORDER BY seq DESC LIMIT :limit""")
			.param("type", type).param("id", id).param("user", user).param("from", from).param("to", to)
			.param("limit", Math.max(1, Math.min(limit, 5000)))
			.query().listOfRows();
	}

	/** Recomputes every hash in chain order: the first broken link, if any, is named. */
	@GetMapping("/verify")
	Map<String, Object> verify() {
		return jdbc.sql("""
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
			.query().singleRow();
	}
}
