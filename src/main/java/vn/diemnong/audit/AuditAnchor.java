package vn.diemnong.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.Repeating;

/**
 * Anchors the hash chain outside the database: checkpoints of its head (seq and hash), HMAC-SHA256'd with a key the
 * database does not hold, appended as JSON lines to a file (and, if configured, POSTed to an address). Whoever
 * rewrites an event and recomputes every later hash gets a chain that checks, but not one that matches a checkpoint.
 */
@Component
class AuditAnchor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final @Nullable Path directory;
	private final @Nullable Path keyFile;
	private final String configuredKey;
	private final Duration interval;
	private final String url;
	private @Nullable Repeating anchoring;

	AuditAnchor(JdbcClient jdbc, JsonMapper json, Clock clock,
			@Value("${diemnong.audit.anchor.directory:}") String directory,
			@Value("${diemnong.audit.anchor.key-file:}") String keyFile,
			@Value("${diemnong.audit.anchor.key:}") String key,
			@Value("${diemnong.audit.anchor.interval:10m}") Duration interval,
			@Value("${diemnong.audit.anchor.url:}") String url) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.directory = directory.isBlank() ? null : Path.of(directory).toAbsolutePath();
		this.keyFile = !keyFile.isBlank() ? Path.of(keyFile)
				: this.directory == null ? null : this.directory.resolve("anchor.key");
		this.configuredKey = key;
		this.interval = interval;
		this.url = url;
	}

	boolean enabled() {
		return directory != null;
	}

	/** A checkpoint on start, then every interval. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled()) {
			log.warn("The audit trail is not anchored outside the database: set diemnong.audit.anchor.directory");
			return;
		}
		checkpointQuietly();
		anchoring = Repeating.start("audit-anchor", interval, interval, this::checkpointQuietly);
	}

	@Override
	public void destroy() {
		if (anchoring != null) {
			anchoring.close();
		}
	}

	private void checkpointQuietly() {
		try {
			checkpoint();
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Audit checkpoint failed: {}", ex.getMessage());
		}
	}

	/** Appends a checkpoint of the chain's head unless the last one already holds it; the checkpoint written, if any. */
	synchronized Optional<Checkpoint> checkpoint() throws IOException {
		if (directory == null) {
			return Optional.empty();
		}
		Optional<Map<String, Object>> head = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query().listOfRows().stream().findFirst();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		long seq = ((Number) head.get().get("seq")).longValue();
		String hash = ((String) head.get().get("hash")).trim();
		List<Checkpoint> existing = checkpoints();
		if (!existing.isEmpty() && existing.get(existing.size() - 1).seq() == seq
				&& existing.get(existing.size() - 1).hash().equals(hash)) {
			return Optional.empty();
		}
		Instant at = clock.instant();
		Checkpoint checkpoint = new Checkpoint(seq, hash, at.toString(), hmac(seq, hash, at.toString()));
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("seq", checkpoint.seq());
		line.put("hash", checkpoint.hash());
		line.put("at", checkpoint.at());
		line.put("hmac", checkpoint.hmac());
		String text = json.writeValueAsString(line);
		Files.writeString(file(), text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
		send(text);
		return Optional.of(checkpoint);
	}

	/**
	 * Every checkpoint against the chain as stored: each HMAC must verify, and each checkpointed (seq, hash) must be
	 * in the trail.
	 */
	Map<String, Object> verify() throws IOException {
		Map<String, Object> verdict = new LinkedHashMap<>();
		verdict.put("configured", enabled());
		if (!enabled()) {
			return verdict;
		}
		List<Checkpoint> all = checkpoints();
		List<Checkpoint> genuine = all.stream().filter(c -> MessageDigest.isEqual(
				c.hmac().getBytes(StandardCharsets.UTF_8), hmac(c.seq(), c.hash(), c.at()).getBytes(StandardCharsets.UTF_8)))
			.toList();
		List<Long> mismatches = jdbc.sql("""
				SELECT c.seq FROM unnest(CAST(:seqs AS bigint[]), CAST(:hashes AS text[])) AS c(seq, hash)
				LEFT JOIN audit_event e ON e.seq = c.seq
				WHERE e.hash IS NULL OR CAST(e.hash AS text) <> c.hash ORDER BY c.seq""")
			.param("seqs", genuine.stream().map(Checkpoint::seq).toArray(Long[]::new))
			.param("hashes", genuine.stream().map(Checkpoint::hash).toArray(String[]::new))
			.query(Long.class).list();
		Long firstMismatch = mismatches.isEmpty() ? null : mismatches.get(0);
		long lastMatching = genuine.stream().mapToLong(Checkpoint::seq)
			.filter(seq -> firstMismatch == null || seq < firstMismatch).max().orElse(0);
		verdict.put("intact", firstMismatch == null && genuine.size() == all.size());
		verdict.put("checkpoints", all.size());
		verdict.put("forgedCheckpoints", all.size() - genuine.size());
		if (!genuine.isEmpty()) {
			verdict.put("since", genuine.get(0).at());
			verdict.put("upToSeq", genuine.get(genuine.size() - 1).seq());
			verdict.put("lastCheckpointAt", genuine.get(genuine.size() - 1).at());
		}
		if (firstMismatch != null) {
			// the rewritten event lies after the last checkpoint that still matches, up to the first that does not
			verdict.put("brokenBetween", List.of(lastMatching + 1, firstMismatch));
		}
		return verdict;
	}

	List<Checkpoint> checkpoints() throws IOException {
		if (directory == null || !Files.exists(file())) {
			return List.of();
		}
		List<Checkpoint> checkpoints = new ArrayList<>();
		for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			checkpoints.add(new Checkpoint(node.path("seq").asLong(), node.path("hash").asString(""),
					node.path("at").asString(""), node.path("hmac").asString("")));
		}
		return checkpoints;
	}

	private Path file() {
		return directory().resolve("checkpoints.jsonl");
	}

	private Path directory() {
		if (directory == null) {
			throw new IllegalStateException("diemnong.audit.anchor.directory is not set");
		}
		return directory;
	}

	private String hmac(long seq, String hash, String at) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((seq + "|" + hash + "|" + at).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("audit anchor key: " + ex.getMessage(), ex);
		}
	}

	/** The configured key, or the key file's, made (readable by this user only) on first use. */
	private synchronized byte[] key() throws IOException {
		if (!configuredKey.isBlank()) {
			return configuredKey.getBytes(StandardCharsets.UTF_8);
		}
		if (keyFile == null) {
			throw new IllegalStateException("no anchor key");
		}
		if (!Files.exists(keyFile)) {
			Files.createDirectories(keyFile.toAbsolutePath().getParent(),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(keyFile, HexFormat.of().formatHex(secret));
		}
		return HexFormat.of().parseHex(Files.readString(keyFile).trim());
	}

	private void send(String checkpoint) {
		if (url.isBlank()) {
			return;
		}
		try {
			HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(checkpoint)).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() >= 300) {
				log.warn("Audit checkpoint sent to {}: HTTP {}", url, response.statusCode());
			}
		}
		catch (IOException ex) {
			log.warn("Audit checkpoint could not be sent to {}: {}", url, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One line of the checkpoint file: the chain's head at a time, and its HMAC. */
	record Checkpoint(long seq, String hash, String at, String hmac) {
	}
}
