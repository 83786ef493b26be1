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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A local PostgreSQL cluster in a folder of its own, started with the system's {@code initdb} and {@code pg_ctl}.
 * PostgreSQL refuses to run as root, so as root the server runs as the {@code postgres} system user and the
 * folder is handed to it.
 * <p>
 * Three roles: the cluster's superuser (named after the system user the server runs as, reachable only through the
 * Unix socket by that system user, with no password) provisions roles, the database and the extensions; the owner
 * ({@link #USER}, no superuser) migrates; the service connects as {@link #APP_USER}, with a secret of its own.
 */
final class EmbeddedPostgis {

	static final String DATABASE = "diemnong";
	/** Owns the database and the schema, not a superuser; Flyway migrates as this role. */
	static final String USER = "diemnong";
	/** The service's own login: data only, and no rewriting of the append-only tables (see V11). */
	static final String APP_USER = "diemnong_app";

	private final Path home;
	private final boolean throwaway;
	private final Path binaries;
	private final boolean root;
	private final Consumer<Thread> shutdownHooks;
	private final RoleLimits limits;
	/** Boot's deferred log at start-up: the cluster starts before the logging system does. */
	private final Log log;

	EmbeddedPostgis(Path home, boolean throwaway, RoleLimits limits, Log log) {
		this(home, throwaway, limits, Runtime.getRuntime()::addShutdownHook, log);
	}

	/** @param shutdownHooks where the hook that stops the cluster goes (a test's) */
	EmbeddedPostgis(Path home, boolean throwaway, Consumer<Thread> shutdownHooks) {
		this(home, throwaway, RoleLimits.DEFAULT, shutdownHooks, LogFactory.getLog(EmbeddedPostgis.class));
	}

	private EmbeddedPostgis(Path home, boolean throwaway, RoleLimits limits, Consumer<Thread> shutdownHooks,
			Log log) {
		this.log = log;
		this.home = home.toAbsolutePath();
		this.throwaway = throwaway;
		this.binaries = PostgresBinaries.find();
		this.root = "root".equals(System.getProperty("user.name"));
		this.shutdownHooks = shutdownHooks;
		this.limits = limits;
	}

	/**
	 * Starts the cluster (creating it on first use) and returns how to reach it. A cluster found running (left by a
	 * service that was killed) is taken over: it stops with this service too.
	 */
	Connection start() {
		try {
			if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
				initialise();
			}
			int port = runningPort();
			boolean foundRunning = port >= 0;
			if (!foundRunning) {
				port = freePort();
				run(List.of(pgCtl(), "-D", dataDir().toString(), "-l", home.resolve("postgres.log").toString(), "-w",
						"-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1", "start"));
			}
			shutdownHooks.accept(new Thread(this::stop, "embedded-postgis-stop"));
			Connection connection = provision(port);
			log.info("Embedded PostGIS %s %s on port %d in %s; it stops when the service stops".formatted(
					binaries.getParent().getFileName(), foundRunning ? "found running (reused)" : "started", port,
					dataDir()));
			return connection;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostGIS in " + home + ": " + ex.getMessage(), ex);
		}
	}

	void stop() {
		try {
			if (runningPort() >= 0) {
				run(List.of(pgCtl(), "-D", dataDir().toString(), "-m", "fast", "-w", "stop"));
				log.info("Embedded PostGIS in " + dataDir() + " stopped");
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Stopping the embedded PostGIS failed: " + ex.getMessage());
		}
		try {
			if (throwaway) {
				deleteRecursively(home);
			}
		}
		catch (IOException ex) {
			log.warn("Deleting the throwaway PostGIS in " + home + " failed: " + ex.getMessage());
		}
	}

	private void initialise() throws IOException {
		Files.createDirectories(home);
		writeSecret(passwordFile(), newSecret());
		writeSecret(appPasswordFile(), newSecret());
		if (root) {
			run(List.of("chown", "-R", "postgres:postgres", home.toString()));
			run(List.of("chmod", "755", home.toString()));
		}
		// no password for the superuser: only the system user the server runs as reaches it, over the socket
		run(List.of(binaries.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", superuser(), "-E", "UTF8",
				"--locale=C.UTF-8", "--auth-local=peer", "--auth-host=scram-sha-256"));
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

	/**
	 * As the superuser: the owner and the service's roles (neither a superuser, each with its own secret), the
	 * database and its extensions. A cluster made by an earlier version, whose owner was its superuser, is upgraded.
	 */
	private Connection provision(int port) throws IOException {
		String owner = Files.readString(passwordFile()).trim();
		boolean upgrade = !Files.exists(appPasswordFile());
		String app = upgrade ? newSecret() : Files.readString(appPasswordFile()).trim();
		if (upgrade) {
			createSuperuserAsFormerOwner(port, owner);
		}
		// the secrets are our own hex strings and the limits match RoleLimits.AMOUNT, so quoting them inline is safe
		superuserSql(port, "postgres", """
				DO $$ BEGIN
				  -- an earlier version made the owner the cluster's superuser: it keeps the superuser, renamed and unable
				  -- to sign in, and a new owner takes over its objects
				  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s' AND rolsuper) THEN
				    ALTER ROLE %1$s RENAME TO %1$s_bootstrap;
				    ALTER ROLE %1$s_bootstrap NOLOGIN PASSWORD NULL;
				  END IF;
				  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
				  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s; END IF;
				END $$;
				ALTER ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '%3$s';
				ALTER ROLE %2$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '%4$s';
				ALTER ROLE %2$s SET statement_timeout = '%6$s';
				ALTER ROLE %2$s SET temp_file_limit = '%7$s';
				SELECT 'CREATE DATABASE %5$s OWNER %1$s' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '%5$s')
				\\gexec
				ALTER DATABASE %5$s OWNER TO %1$s;
				\\c %5$s
				CREATE EXTENSION IF NOT EXISTS postgis;
				CREATE EXTENSION IF NOT EXISTS unaccent;
				CREATE EXTENSION IF NOT EXISTS pg_trgm;
				""".formatted(USER, APP_USER, owner, app, DATABASE, limits.statementTimeout(), limits.tempFileLimit())
				+ (upgrade ? transferToOwner() : ""));
		if (upgrade) {
			writeSecret(appPasswordFile(), app);
			log.info("Embedded PostGIS in %s upgraded: the owner %s is no longer a superuser, %s has a secret of its own"
				.formatted(home, USER, APP_USER));
		}
		return new Connection(port, owner, app);
	}

	/** An earlier version's owner was the superuser; as it, a superuser reachable through the socket is made. */
	private void createSuperuserAsFormerOwner(int port, String password) {
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (var jdbc = DriverManager.getConnection(url, USER, password);
				var superuser = jdbc.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
				var exists = jdbc.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
			var result = superuser.executeQuery();
			exists.setString(1, superuser());
			if (result.next() && result.getBoolean(1) && !exists.executeQuery().next()) {
				try (var create = jdbc.createStatement()) {
					create.execute("CREATE ROLE \"" + superuser() + "\" SUPERUSER LOGIN");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Embedded PostGIS: cannot upgrade the roles: " + ex.getMessage(), ex);
		}
	}

	/** The former owner's objects in the schema (not the extensions') pass to the new owner. */
	private static String transferToOwner() {
		return """
				DO $$
				DECLARE
				  r record;
				BEGIN
				  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s_bootstrap') THEN
				    RETURN;
				  END IF;
				  FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
				           WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = '%1$s_bootstrap'::regrole
				             AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
				             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
				                             AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')) LOOP
				    EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.relkind WHEN 'v' THEN 'VIEW'
				        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name);
				  END LOOP;
				  FOR r IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
				           WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '%1$s_bootstrap'::regrole
				             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
				                             AND d.objid = p.oid AND d.deptype = 'e') LOOP
				    EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.prokind WHEN 'p' THEN 'PROCEDURE'
				        WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.name);
				  END LOOP;
				END $$;
				-- what the new owner creates later is the service's to use, as V11 arranged for the former owner
				ALTER DEFAULT PRIVILEGES FOR ROLE %1$s IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2$s;
				ALTER DEFAULT PRIVILEGES FOR ROLE %1$s IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %2$s;
				""".formatted(USER, APP_USER);
	}

	/** Runs SQL as the cluster's superuser with psql over the socket (peer authentication): no password exists. */
	String superuserSql(int port, String database, String sql) throws IOException {
		List<String> command = List.of(binaries.resolve("psql").toString(), "-X", "-q", "-A", "-t", "-v",
				"ON_ERROR_STOP=1", "-h", home.toString(), "-p", String.valueOf(port), "-U", superuser(), "-d", database);
		Result result = execute(command, sql);
		if (result.exit() != 0) {
			throw new IOException("psql as " + superuser() + " failed: " + tail(result.output()));
		}
		return result.output();
	}

	/** The cluster's superuser is named after the system user the server runs as, for peer authentication. */
	private String superuser() {
		return root ? "postgres" : System.getProperty("user.name");
	}

	private static String newSecret() {
		return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
	}

	private void writeSecret(Path file, String secret) throws IOException {
		Files.writeString(file, secret);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		if (root) {
			run(List.of("chown", "postgres:postgres", file.toString()));
		}
	}

	private Path dataDir() {
		return home.resolve("pgdata");
	}

	/** The owner's secret (the file name is an earlier version's, when every role shared it). */
	private Path passwordFile() {
		return home.resolve("password");
	}

	private Path appPasswordFile() {
		return home.resolve("app-password");
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
		return execute(command, null).exit();
	}

	private Result execute(List<String> command, @Nullable String input) throws IOException {
		List<String> full = new ArrayList<>();
		if (root && !command.get(0).startsWith("ch")) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		try (var stdin = process.getOutputStream()) {
			if (input != null) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			}
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			int exit = process.waitFor();
			if (exit != 0) {
				log.debug(full + " exited " + exit + ": " + output);
			}
			return new Result(exit, output);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private record Result(int exit, String output) {
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
	 * role at every start (as the superuser: temp_file_limit is a superuser setting), so a changed setting holds from
	 * the next start.
	 */
	record RoleLimits(String statementTimeout, String tempFileLimit) {

		private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern
			.compile("\\d{1,9}\\s*(us|ms|s|min|h|d|kB|MB|GB|TB)?");

		static final RoleLimits DEFAULT = new RoleLimits("30s", "2GB");

		RoleLimits {
			for (String value : List.of(statementTimeout, tempFileLimit)) {
				if (!AMOUNT.matcher(value).matches()) {
					throw new IllegalArgumentException("not a PostgreSQL amount: " + value);
				}
			}
		}
	}

	/**
	 * @param ownerPassword the owner's, for migrations
	 * @param appPassword   the service's own
	 */
	record Connection(int port, String ownerPassword, String appPassword) {

		String jdbcUrl() {
			return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
		}
	}
}
