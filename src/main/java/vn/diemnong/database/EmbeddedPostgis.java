package vn.diemnong.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local PostgreSQL cluster in a folder of its own, started with the system's {@code initdb} and {@code pg_ctl}.
 * PostgreSQL refuses to run as root, so as root the server runs as the {@code postgres} system user and the
 * folder is handed to it.
 */
final class EmbeddedPostgis {

	static final String DATABASE = "diemnong";
	/** Owns the schema; Flyway migrates as this role. */
	static final String USER = "diemnong";
	/** The service's own login: data only, and no rewriting of the append-only tables (see V11). */
	static final String APP_USER = "diemnong_app";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgis.class);

	private final Path home;
	private final boolean throwaway;
	private final Path binaries;
	private final boolean root;
	private final RoleLimits limits;

	EmbeddedPostgis(Path home, boolean throwaway, RoleLimits limits) {
		this.home = home.toAbsolutePath();
		this.throwaway = throwaway;
		this.limits = limits;
		this.binaries = PostgresBinaries.find();
		this.root = "root".equals(System.getProperty("user.name"));
	}

	/** Starts the cluster (creating it on first use) and returns how to reach it. */
	Connection start() {
		try {
			if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
				initialise();
			}
			int port = runningPort();
			if (port < 0) {
				port = freePort();
				run(List.of(pgCtl(), "-D", dataDir().toString(), "-l", home.resolve("postgres.log").toString(), "-w",
						"-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1", "start"));
				Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgis-stop"));
			}
			Connection connection = new Connection(port, Files.readString(passwordFile()).trim());
			createDatabase(connection);
			log.info("Embedded PostGIS {} ready on port {} in {}", binaries.getParent().getFileName(), port, dataDir());
			return connection;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostGIS in " + home + ": " + ex.getMessage(), ex);
		}
	}

	void stop() {
		try {
			run(List.of(pgCtl(), "-D", dataDir().toString(), "-m", "fast", "-w", "stop"));
			if (throwaway) {
				deleteRecursively(home);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Stopping the embedded PostGIS failed: {}", ex.getMessage());
		}
	}

	private void initialise() throws IOException {
		Files.createDirectories(home);
		Files.writeString(passwordFile(), HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
		Files.setPosixFilePermissions(passwordFile(), PosixFilePermissions.fromString("rw-------"));
		if (root) {
			run(List.of("chown", "-R", "postgres:postgres", home.toString()));
			run(List.of("chmod", "755", home.toString()));
		}
		run(List.of(binaries.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", USER, "-E", "UTF8",
				"--locale=C.UTF-8", "--auth-local=peer", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile()));
	}

	/** The port of a cluster left running (for example after the service was killed), or -1. */
	private int runningPort() throws IOException {
		Path pid = dataDir().resolve("postmaster.pid");
		if (!Files.exists(pid) || runQuietly(List.of(pgCtl(), "-D", dataDir().toString(), "status")) != 0) {
			return -1;
		}
		List<String> lines = Files.readAllLines(pid);
		return lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : -1;
	}

	private void createDatabase(Connection connection) {
		String url = "jdbc:postgresql://127.0.0.1:" + connection.port() + "/postgres";
		try (var jdbc = DriverManager.getConnection(url, USER, connection.password());
				var exists = jdbc.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = jdbc.createStatement()) {
					create.execute("CREATE DATABASE " + DATABASE);
				}
			}
			createApplicationRole(jdbc, connection.password());
			limits.apply(jdbc);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Embedded PostGIS: cannot create the database: " + ex.getMessage(), ex);
		}
	}

	private static void createApplicationRole(java.sql.Connection jdbc, String password) throws SQLException {
		try (var exists = jdbc.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
			exists.setString(1, APP_USER);
			if (exists.executeQuery().next()) {
				return;
			}
		}
		try (var create = jdbc.createStatement()) {
			// the password is our own hex string, so quoting it inline is safe
			create.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + password + "'");
		}
	}

	private Path dataDir() {
		return home.resolve("pgdata");
	}

	private Path passwordFile() {
		return home.resolve("password");
	}

	private String pgCtl() {
		return binaries.resolve("pg_ctl").toString();
	}

	private void run(List<String> command) throws IOException {
		if (runQuietly(command) != 0) {
			String logTail = Files.exists(home.resolve("postgres.log"))
					? Files.readString(home.resolve("postgres.log"), StandardCharsets.UTF_8) : "";
			throw new IOException("command failed: " + String.join(" ", command) + "\n" + tail(logTail));
		}
	}

	private int runQuietly(List<String> command) throws IOException {
		List<String> full = new ArrayList<>();
		if (root && !command.get(0).startsWith("ch")) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			int exit = process.waitFor();
			if (exit != 0) {
				log.debug("{} exited {}: {}", full, exit, output);
			}
			return exit;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private static String tail(String text) {
		return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/**
	 * What one statement of the service may cost: its time, and the temporary files it may write. Set on the service's
	 * role at every start (ALTER ROLE needs the superuser: temp_file_limit is a superuser setting), so a change of the
	 * setting takes effect on the next start.
	 */
	record RoleLimits(String statementTimeout, String tempFileLimit) {

		private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern
			.compile("\\d{1,9}\\s*(us|ms|s|min|h|d|kB|MB|GB|TB)?");

		RoleLimits {
			for (String value : List.of(statementTimeout, tempFileLimit)) {
				if (!AMOUNT.matcher(value).matches()) {
					throw new IllegalArgumentException("not a PostgreSQL amount: " + value);
				}
			}
		}

		void apply(java.sql.Connection jdbc) throws SQLException {
			try (var alter = jdbc.createStatement()) {
				// both values match AMOUNT, so they are safe to write into the statement
				alter.execute("ALTER ROLE " + APP_USER + " SET statement_timeout = '" + statementTimeout + "'");
				alter.execute("ALTER ROLE " + APP_USER + " SET temp_file_limit = '" + tempFileLimit + "'");
			}
		}
	}

	record Connection(int port, String password) {

		String jdbcUrl() {
			return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
		}
	}
}
