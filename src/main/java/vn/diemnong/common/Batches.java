package vn.diemnong.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.ArgumentTypePreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** JDBC batches for the bulk imports of the modules that own the tables. */
public final class Batches {

	private Batches() {
	}

	/** One batch of INSERTs into a table with an identity column {@code id}: the ids, in the order of the rows. */
	public static List<Long> insertReturningIds(JdbcTemplate jdbc, String sql, int[] types, List<Object[]> rows) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						new ArgumentTypePreparedStatementSetter(rows.get(i), types).setValues(statement);
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("Inserted " + rows.size() + " rows but got " + ids.size() + " ids");
		}
		return ids;
	}
}
