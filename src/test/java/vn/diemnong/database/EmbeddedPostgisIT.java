package vn.diemnong.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded cluster on its own, without the service: taking over a running one, upgrading an earlier one. */
class EmbeddedPostgisIT {

	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private final Path home = (ROOT ? Path.of("/var/tmp/diemnong-test") : Path.of("target", "embedded-postgis"))
		.resolve("it-" + ProcessHandle.current().pid() + "-" + System.nanoTime()).toAbsolutePath();

	private final List<Thread> hooks = new ArrayList<>();

	@AfterEach
	void stopAndDelete() {
		hooks.forEach(Thread::run);
		new EmbeddedPostgis(home, true, hook -> { }).stop();
	}

	@Test
	void aClusterFoundRunningAfterAKillStopsWhenTheServiceStops() throws Exception {
		EmbeddedPostgis.Connection first = new EmbeddedPostgis(home, false, hooks::add).start();
		// the service was killed: its hook never ran, and the next start finds the cluster running
		List<Thread> next = new ArrayList<>();
		EmbeddedPostgis.Connection second = new EmbeddedPostgis(home, false, next::add).start();
		assertThat(second.port()).isEqualTo(first.port());
		assertThat(next).as("a hook that stops the cluster it reused").hasSize(1);
		next.get(0).run();
		assertThatThrownBy(() -> DriverManager.getConnection(second.jdbcUrl(), EmbeddedPostgis.USER,
				second.ownerPassword()).close()).isInstanceOf(SQLException.class).hasMessageContaining("refused");
	}

	@Test
	void aClusterMadeByAnEarlierVersionIsUpgradedToRolesThatAreNoSuperusers() throws Exception {
		String shared = "0123456789abcdef0123456789abcdef";
		int port = earlierVersionsCluster(shared);
		EmbeddedPostgis.Connection connection = new EmbeddedPostgis(home, false, hooks::add).start();
		assertThat(connection.port()).isEqualTo(port);
		assertThat(connection.ownerPassword()).isEqualTo(shared);
		assertThat(connection.appPassword()).isNotEqualTo(shared);
		try (var owner = DriverManager.getConnection(connection.jdbcUrl(), EmbeddedPostgis.USER, shared);
				var app = DriverManager.getConnection(connection.jdbcUrl(), EmbeddedPostgis.APP_USER,
						connection.appPassword())) {
			assertThat(value(owner, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
			assertThat(value(app, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
			assertThat(value(owner, "SELECT tableowner FROM pg_tables WHERE tablename = 'evidence'")).isEqualTo("diemnong");
			assertThat(value(owner, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'forbid_rewrite'"))
				.isEqualTo("diemnong");
			assertThat(value(app, "SELECT count(*)::text FROM evidence")).isEqualTo("1");
			assertThatThrownBy(() -> owner.createStatement().execute("SET session_replication_role = replica"))
				.hasMessageContaining("permission denied");
		}
		// the shared secret opens neither the service's role nor the former superuser any more
		for (String user : List.of(EmbeddedPostgis.APP_USER, "diemnong_bootstrap")) {
			assertThatThrownBy(() -> DriverManager.getConnection(connection.jdbcUrl(), user, shared).close())
				.as(user).isInstanceOf(SQLException.class);
		}
	}

	/** As the previous version made it: the owner is the cluster's superuser and shares its secret with the service. */
	private int earlierVersionsCluster(String password) throws Exception {
		Files.createDirectories(home);
		Files.writeString(home.resolve("password"), password);
		if (ROOT) {
			run(false, "chown", "-R", "postgres:postgres", home.toString());
			run(false, "chmod", "755", home.toString());
		}
		Path bin = PostgresBinaries.find();
		run(true, bin.resolve("initdb").toString(), "-D", home.resolve("pgdata").toString(), "-U", "diemnong", "-E",
				"UTF8", "--locale=C.UTF-8", "--auth-local=peer", "--auth-host=scram-sha-256",
				"--pwfile=" + home.resolve("password"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		run(true, bin.resolve("pg_ctl").toString(), "-D", home.resolve("pgdata").toString(), "-l",
				home.resolve("postgres.log").toString(), "-w", "-o",
				"-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1", "start");
		try (var jdbc = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "diemnong",
				password)) {
			jdbc.createStatement().execute("CREATE DATABASE diemnong");
			jdbc.createStatement().execute("CREATE ROLE diemnong_app LOGIN PASSWORD '" + password + "'");
		}
		try (var jdbc = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/diemnong", "diemnong",
				password)) {
			jdbc.createStatement().execute("""
					CREATE EXTENSION postgis;
					CREATE FUNCTION forbid_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
					CREATE TABLE evidence (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text);
					INSERT INTO evidence (what) VALUES ('kept');
					GRANT SELECT ON evidence TO diemnong_app""");
		}
		return port;
	}

	private static String value(java.sql.Connection jdbc, String sql) throws SQLException {
		var result = jdbc.createStatement().executeQuery(sql);
		result.next();
		return result.getString(1);
	}

	private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (ROOT && asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}
}
