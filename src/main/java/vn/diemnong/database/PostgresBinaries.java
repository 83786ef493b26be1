package vn.diemnong.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the folder holding {@code initdb} and {@code pg_ctl}: $PG_BINDIR, Debian's layout, then pg_config. */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	static Path find() {
		return fromEnvironment().or(PostgresBinaries::fromDebianLayout).or(PostgresBinaries::fromPgConfig)
			.orElseThrow(() -> new IllegalStateException("""
					PostgreSQL server binaries (initdb, pg_ctl) not found. Install PostgreSQL and PostGIS \
					(./diemnong run does it), set PG_BINDIR, or point SPRING_DATASOURCE_URL at a PostGIS database."""));
	}

	private static Optional<Path> fromEnvironment() {
		return Optional.ofNullable(System.getenv("PG_BINDIR")).map(Path::of).filter(PostgresBinaries::hasInitdb);
	}

	private static Optional<Path> fromDebianLayout() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map(v -> v.resolve("bin"))
				.filter(PostgresBinaries::hasInitdb)
				.max(Comparator.comparingInt(PostgresBinaries::majorVersion));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Path> fromPgConfig() {
		try {
			Process process = new ProcessBuilder("pg_config", "--bindir").start();
			String dir = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return process.waitFor() == 0 ? Optional.of(Path.of(dir)).filter(PostgresBinaries::hasInitdb) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static boolean hasInitdb(Path dir) {
		return Files.isExecutable(dir.resolve("initdb"));
	}

	private static int majorVersion(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
