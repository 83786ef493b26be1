package vn.diemnong.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Provisions the embedded PostGIS before the data source is built, when no {@code spring.datasource.url} is given.
 * One cluster per JVM: every Spring context of a test run shares it.
 */
class EmbeddedPostgisEnvironment implements EnvironmentPostProcessor {

	private static EmbeddedPostgis.Connection connection;
	private static Path home;

	private final Log log;

	EmbeddedPostgisEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgis.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("diemnong.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedPostgis.Connection db = start(environment);
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgis", Map.of(
				"spring.datasource.url", db.jdbcUrl(),
				"spring.datasource.username", EmbeddedPostgis.APP_USER,
				"spring.datasource.password", db.appPassword(),
				"spring.flyway.user", EmbeddedPostgis.USER,
				"spring.flyway.password", db.ownerPassword(),
				"diemnong.database.app-role", EmbeddedPostgis.APP_USER,
				"diemnong.embedded-db.home", home.toAbsolutePath().toString())));
		// a default the configuration may override: the audit trail's checkpoints live next to the cluster
		environment.getPropertySources().addLast(new MapPropertySource("embeddedPostgisDefaults", Map.of(
				"diemnong.audit.anchor.directory", home.toAbsolutePath().resolve("audit-anchor").toString())));
	}

	private synchronized EmbeddedPostgis.Connection start(ConfigurableEnvironment environment) {
		if (connection == null) {
			boolean throwaway = environment.getProperty("diemnong.embedded-db.throwaway", Boolean.class, false);
			home = directory(environment, throwaway);
			var limits = new EmbeddedPostgis.RoleLimits(
					environment.getProperty("diemnong.database.statement-timeout",
							EmbeddedPostgis.RoleLimits.DEFAULT.statementTimeout()),
					environment.getProperty("diemnong.database.temp-file-limit",
							EmbeddedPostgis.RoleLimits.DEFAULT.tempFileLimit()));
			connection = new EmbeddedPostgis(home, throwaway, limits, log).start();
		}
		return connection;
	}

	/** As root the folder must be reachable by the postgres user, so it lives under /var/tmp, not in a home folder. */
	private static Path directory(ConfigurableEnvironment environment, boolean throwaway) {
		String configured = environment.getProperty("diemnong.embedded-db.directory");
		if (StringUtils.hasText(configured)) {
			return Path.of(configured);
		}
		String name = environment.getProperty("diemnong.embedded-db.name", "default");
		boolean root = "root".equals(System.getProperty("user.name"));
		if (throwaway) {
			String unique = name + "-" + ProcessHandle.current().pid();
			return root ? Path.of("/var/tmp/diemnong-test", unique) : Path.of("target", "embedded-postgis", unique);
		}
		return root ? Path.of("/var/tmp/diemnong", name)
				: Path.of(System.getProperty("user.home"), ".local", "share", "diemnong", name);
	}
}
