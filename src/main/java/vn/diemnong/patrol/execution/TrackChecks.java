package vn.diemnong.patrol.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.ApiProblem;

/** What a track batch must be to be stored, and the fingerprint that tells a batch sent again from another one. */
final class TrackChecks {

	/** Phone clocks drift: a point this much before the start, after the end or ahead of the server still counts. */
	static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

	static final int MAX_KEY_LENGTH = 100;

	private TrackChecks() {
	}

	/**
	 * Refuses (400, naming the first point at fault) a batch larger than {@code max} or with a point taken outside
	 * the patrol: before it started, after it ended, or in the future.
	 */
	static void check(List<TrackPoint> points, Instant startedAt, @Nullable Instant endedAt, Instant now, int max) {
		if (points.size() > max) {
			throw ApiProblem.invalid("points", "constraint.Size", 1, max);
		}
		Instant earliest = startedAt.minus(CLOCK_SLACK);
		Instant latest = (endedAt == null || endedAt.isAfter(now) ? now : endedAt).plus(CLOCK_SLACK);
		for (int i = 0; i < points.size(); i++) {
			Instant at = points.get(i).recordedAt().toInstant();
			if (at.isBefore(earliest) || at.isAfter(latest)) {
				throw ApiProblem.invalid("points[" + i + "].recordedAt", "patrol.track.outside-patrol", at.toString());
			}
		}
	}

	/** The Idempotency-Key as a client may send it: 1–100 visible ASCII characters (a UUID fits). */
	static String key(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw ApiProblem.invalid("Idempotency-Key", "missing-header");
		}
		String stripped = key.strip();
		if (stripped.length() > MAX_KEY_LENGTH || !stripped.matches("[\\x21-\\x7e]+")) {
			throw ApiProblem.invalid("Idempotency-Key", "patrol.track.key-format", MAX_KEY_LENGTH);
		}
		return stripped;
	}

	/** SHA-256 of the points in a canonical text: the same points give the same hash however the JSON was written. */
	static String contentHash(List<TrackPoint> points) {
		StringBuilder text = new StringBuilder();
		for (TrackPoint p : points) {
			text.append(p.lon()).append(',').append(p.lat()).append(',').append(p.accuracy()).append(',')
				.append(p.recordedAt().toInstant()).append('\n');
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
