package vn.diemnong.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.diemnong.common.Actor;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its change does. The states
 * are taken by SQL from the tables themselves ({@code before} and {@code after} as JSON of the row).
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row as JSON, geometry as GeoJSON, to be stored as a {@code before} or {@code after} state. */
	public @Nullable String snapshot(String table, long id) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		return jdbc.sql("""
				SELECT (to_jsonb(t) - 'geom' - 'observed_geom' || CASE WHEN to_jsonb(t) -> 'geom' IS NOT NULL
				          THEN jsonb_build_object('geom', ST_AsGeoJSON(t.geom, 6)::jsonb) ELSE '{}'::jsonb END)::text
				FROM %s t WHERE t.id = ?""".formatted(table))
			.param(id).query(String.class).optional().orElse(null);
	}

	/**
	 * @param action     what was done: {@code site.create}, {@code site.update}, {@code site.status}, {@code inspection.create} …
	 * @param recordType the table of the record
	 * @param before     the record's state before, as JSON (null for a creation)
	 * @param after      its state after, as JSON
	 */
	public void record(String action, String recordType, Object recordId, @Nullable String before, @Nullable String after) {
		jdbc.sql("""
				INSERT INTO audit_event (actor, action, record_type, record_id, before, after, address)
				VALUES (:actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb), :address)""")
			.param("actor", Actor.current())
			.param("action", action)
			.param("type", recordType)
			.param("id", String.valueOf(recordId))
			.param("before", before)
			.param("after", after)
			.param("address", address())
			.update();
	}

	private static @Nullable String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
