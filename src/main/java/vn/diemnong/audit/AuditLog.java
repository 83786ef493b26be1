package vn.diemnong.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.diemnong.common.Actor;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its change does. The states
 * are taken by SQL from the tables themselves ({@code before} and {@code after} as JSON of the row).
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;
	private final Map<String, Boolean> hasGeometry = new ConcurrentHashMap<>();

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row as JSON, geometry as GeoJSON, secrets left out, to be stored as a {@code before} or {@code after} state. */
	public @Nullable String snapshot(String table, long id) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		String geometry = hasGeometry.computeIfAbsent(table, name -> jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = 'geom')""")
			.param(name).query(Boolean.class).single())
				? " || jsonb_build_object('geom', ST_AsGeoJSON(t.geom, 6)::jsonb)" : "";
		return jdbc.sql("""
				SELECT (to_jsonb(t) - 'geom' - 'observed_geom' - 'password_hash'%s)::text FROM %s t WHERE t.id = ?"""
			.formatted(geometry, table))
			.param(id).query(String.class).optional().orElse(null);
	}

	/**
	 * @param action     what was done: {@code site.create}, {@code site.update}, {@code site.status}, {@code inspection.create} …
	 * @param recordType the table of the record
	 * @param before     the record's state before, as JSON (null for a creation)
	 * @param after      its state after, as JSON
	 */
	public void record(String action, String recordType, Object recordId, @Nullable String before, @Nullable String after) {
		write(Actor.current(), Actor.role(), Actor.address(), new Change(action, recordType, recordId, before, after));
	}

	/**
	 * {@link #record} for a write by the public whose author must stay unknown (a citizen's tip: the law protects the
	 * reporter): the actor is {@code public}, without the address.
	 */
	public void recordWithoutAddress(String action, String recordType, Object recordId, @Nullable String before,
			@Nullable String after) {
		write("public", null, null, new Change(action, recordType, recordId, before, after));
	}

	private record Change(String action, String recordType, Object recordId, @Nullable String before,
			@Nullable String after) {
	}

	private void write(String actor, @Nullable String role, @Nullable String address, Change change) {
		// the claim and the insert in one statement, so that it holds with or without a surrounding transaction;
		// the trigger takes the actor, role, address and time from the claim and the clock, not from the values
		jdbc.sql("""
				INSERT INTO audit_event (actor, action, record_type, record_id, before, after)
				SELECT claim.actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb)
				FROM (SELECT set_config('diemnong.actor', :actor, true) AS actor,
				             set_config('diemnong.role', coalesce(CAST(:role AS text), ''), true) AS role,
				             set_config('diemnong.address', coalesce(CAST(:address AS text), ''), true) AS address) claim""")
			.param("actor", actor)
			.param("role", role)
			.param("action", change.action())
			.param("type", change.recordType())
			.param("id", String.valueOf(change.recordId()))
			.param("before", change.before())
			.param("after", change.after())
			.param("address", address)
			.update();
	}

	/**
	 * The audited changes of a versioned record made after {@code version}, oldest first: the events whose after
	 * state carries a higher {@code version} column. {@code ignored} columns (bookkeeping such as {@code updated_at})
	 * are left out of each change's columns.
	 */
	public List<RecordChange> changesSince(String recordType, Object recordId, int version, String... ignored) {
		return jdbc.sql("""
				SELECT e.actor, e.occurred_at, e.action,
				       coalesce((SELECT array_agg(k.key ORDER BY k.key)
				                 FROM (SELECT key FROM jsonb_object_keys(coalesce(e.before, '{}')) key
				                       UNION SELECT key FROM jsonb_object_keys(coalesce(e.after, '{}')) key) k
				                 WHERE e.before -> k.key IS DISTINCT FROM e.after -> k.key
				                   AND k.key <> ALL(CAST(:ignored AS text[]))), '{}') AS columns
				FROM audit_event e
				WHERE e.record_type = :type AND e.record_id = :id AND e.after ->> 'version' IS NOT NULL
				  AND CAST(e.after ->> 'version' AS integer) > :version
				ORDER BY e.seq""")
			.param("type", recordType).param("id", String.valueOf(recordId)).param("version", version)
			.param("ignored", ignored)
			.query((rs, n) -> new RecordChange(rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("action"), Arrays.asList((String[]) rs.getArray("columns").getArray())))
			.list();
	}
}
