package vn.diemnong.common;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reference and demo data sets are in this database ({@code dataset_load}), so that a restart loads nothing
 * twice. The loaders of every module ask and record here, in their own transaction.
 */
@Component
public class DatasetLoads {

	private final JdbcClient jdbc;

	DatasetLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean loaded(String name) {
		return jdbc.sql("SELECT count(*) FROM dataset_load WHERE name = ?").param(name).query(Integer.class).single() > 0;
	}

	/** The names of the loaded data sets that start with this prefix, sorted. */
	public List<String> loadedStartingWith(String prefix) {
		return jdbc.sql("SELECT name FROM dataset_load WHERE starts_with(name, ?) ORDER BY name")
			.param(prefix)
			.query(String.class)
			.list();
	}

	/** @param detail what was loaded, as the log says it */
	public void record(String name, String detail) {
		jdbc.sql("INSERT INTO dataset_load (name, detail) VALUES (?, ?)").params(name, detail).update();
	}
}
