package vn.diemnong.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.springframework.core.env.Environment;

/** The embedded cluster's superuser, for tests that play an intruder with every right in the database. */
public final class Superuser {

	private Superuser() {
	}

	/** Runs SQL in the service's database as the superuser (psql over the socket) and returns psql's output. */
	public static String sql(Environment environment, String sql) {
		Path home = Path.of(environment.getRequiredProperty("diemnong.embedded-db.home"));
		int port = URI.create(environment.getRequiredProperty("spring.datasource.url").substring("jdbc:".length())).getPort();
		try {
			return new EmbeddedPostgis(home, false, hook -> { }).superuserSql(port, EmbeddedPostgis.DATABASE, sql);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
