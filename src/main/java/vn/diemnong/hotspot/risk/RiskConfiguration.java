package vn.diemnong.hotspot.risk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The risk weights from the department's file, versioned: when the file's content changes, the next score reads it
 * again and stores it as a new version in {@code risk_config}; an unchanged file keeps its version.
 */
@Component
public class RiskConfiguration {

	private final Path file;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private long readAt = -1;
	private Versioned current;

	RiskConfiguration(@Value("${diemnong.risk.weights-file}") Path file, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.file = file;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The weights in force, re-read when the file changed since the last call. */
	public synchronized Versioned current() {
		if (!Files.exists(file)) {
			return packaged();
		}
		try {
			long modified = Files.getLastModifiedTime(file).toMillis();
			if (current == null || modified != readAt) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				current = new Versioned(version(content, file.toAbsolutePath().toString()), parse(content));
				readAt = modified;
			}
			return current;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the risk weights " + file.toAbsolutePath(), ex);
		}
	}

	/** The default weights inside the jar, for a service started away from its configuration folder. */
	private Versioned packaged() {
		if (current == null) {
			try (var in = new ClassPathResource("config/risk-weights.properties").getInputStream()) {
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				current = new Versioned(version(content, "classpath:config/risk-weights.properties"), parse(content));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No risk weights at " + file.toAbsolutePath() + " nor in the jar", ex);
			}
		}
		return current;
	}

	/** Its own transaction: scores are read in read-only ones, and a version must stay even if they roll back. */
	private int version(String content, String source) {
		String hash = sha256(content);
		return ownTransaction.execute(status -> {
			jdbc.sql("INSERT INTO risk_config (sha256, content, source) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")
				.params(hash, content, source).update();
			return jdbc.sql("SELECT version FROM risk_config WHERE sha256 = ?").param(hash).query(Integer.class).single();
		});
	}

	static RiskWeights parse(String content) {
		Properties p = new Properties();
		try {
			p.load(new StringReader(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Double> trades = new TreeMap<>();
		p.stringPropertyNames().stream().filter(k -> k.startsWith("trade."))
			.forEach(k -> trades.put(k.substring("trade.".length()), number(p, k)));
		return new RiskWeights((int) number(p, "violation.half-life-days"),
				Map.of(1, number(p, "violation.points.severity-1"), 2, number(p, "violation.points.severity-2"), 3,
						number(p, "violation.points.severity-3")),
				(int) number(p, "look-back-days"), number(p, "exceedance.points-per-doubling"),
				number(p, "exceedance.cap"), number(p, "overdue.points"), number(p, "overdue.cap"),
				number(p, "reactivated-status.points"), number(p, "reactivation.points"), number(p, "reactivation.cap"),
				(int) number(p, "inspection-gap.grace-days"), number(p, "inspection-gap.points"),
				(int) number(p, "inspection-gap.full-days"), trades, number(p, "compound.riskiest-member.share"),
				number(p, "compound.risky-member.threshold"), number(p, "compound.risky-member.points"),
				number(p, "compound.risky-member.cap"),
				// a weights file written before field observations existed still reads, with these defaults
				new RiskWeights.ObservationWeights(number(p, "observation.restart.points", 10),
						number(p, "observation.stockpile.points", 5), number(p, "observation.cap", 20)));
	}

	private static double number(Properties p, String key, double absent) {
		return p.getProperty(key) == null ? absent : number(p, key);
	}

	private static double number(Properties p, String key) {
		String value = p.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("risk weights: " + key + " is missing");
		}
		try {
			return Double.parseDouble(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("risk weights: " + key + " is not a number: " + value, ex);
		}
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Versioned(int version, RiskWeights weights) {
	}
}
