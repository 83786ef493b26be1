package vn.diemnong.access;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts as the administrator's list shows them: no hash, with the failed sign-ins and the lock. */
@Component
class AccountQueries {

	private static final String USERS = """
			SELECT id, username, display_name AS "displayName", role, communes, enabled, demo,
			       failed_attempts AS "failedAttempts", locked_until AS "lockedUntil", version
			FROM app_user""";

	private final JdbcClient jdbc;

	AccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> all() {
		return jdbc.sql(USERS + " ORDER BY username").query().listOfRows().stream().map(AccountQueries::plain).toList();
	}

	Map<String, Object> one(long id) {
		return plain(jdbc.sql(USERS + " WHERE id = ?").param(id).query().singleRow());
	}

	/** Arrays from the driver as lists, so that they serialise as JSON arrays. */
	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		if (copy.get("communes") instanceof Array array) {
			try {
				copy.put("communes", List.of((Object[]) array.getArray()));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return copy;
	}
}
