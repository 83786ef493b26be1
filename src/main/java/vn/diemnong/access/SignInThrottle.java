package vn.diemnong.access;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Growing delays for one account name from one address: after {@code max-failures} failed sign-ins in a row, the next
 * try must wait 1 s, then 2, 4, 8… up to {@code max-delay}; a sign-in that succeeds starts again. The name is taken as
 * given, whether or not such an account exists, so the answers tell nothing about accounts; and one address's
 * failures never hold up the same account elsewhere, so nobody can lock a colleague out. Forgotten a day after the
 * last failure. Like {@link RateLimits}, an entry costs a failed sign-in (a bcrypt hash), which bounds their number.
 */
@Component
class SignInThrottle {

	/** Usernames are at most 63 characters; longer names are kept (and audited) cut to this length. */
	static final int NAME_LENGTH = 64;

	private record Failures(int count, long untilNanos) {
	}

	private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(1_000_000)
		.expireAfterWrite(Duration.ofDays(1)).build();

	private final SecurityProperties properties;

	SignInThrottle(SecurityProperties properties) {
		this.properties = properties;
	}

	/** The seconds this name must wait before its next try from this address (0: it may try now). */
	long waitSeconds(@Nullable String username, String address) {
		Failures entry = username == null ? null : failures.getIfPresent(key(username, address));
		long nanos = entry == null ? 0 : entry.untilNanos() - System.nanoTime();
		return nanos <= 0 ? 0 : (nanos + 999_999_999) / 1_000_000_000;
	}

	/** Counts a failure; the failures in a row of this name from this address. */
	int failed(String username, String address) {
		Failures entry = failures.asMap().compute(key(username, address), (key, before) -> {
			int count = before == null ? 1 : before.count() + 1;
			return new Failures(count, System.nanoTime() + delay(count).toNanos());
		});
		return entry.count();
	}

	void succeeded(String username, String address) {
		failures.invalidate(key(username, address));
	}

	/** The administrator's unlock: the name may try again at once from everywhere. */
	void forget(String username) {
		String prefix = shortened(username) + "\n";
		failures.asMap().keySet().removeIf(key -> key.startsWith(prefix));
	}

	private Duration delay(int count) {
		int beyond = count - properties.maxFailures();
		if (beyond < 0) {
			return Duration.ZERO;
		}
		Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 30));
		return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
	}

	static String shortened(String username) {
		return username.length() <= NAME_LENGTH ? username : username.substring(0, NAME_LENGTH);
	}

	private static String key(String username, String address) {
		return shortened(username) + "\n" + address;
	}
}
