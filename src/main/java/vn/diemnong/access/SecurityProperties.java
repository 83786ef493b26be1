package vn.diemnong.access;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength     log2 of the bcrypt rounds for new password hashes
 * @param maxFailures        failed sign-ins in a row of one name from one address before each try must wait
 * @param maxDelay           the longest such wait (they double from one second)
 * @param publicRequestsPerMinute requests one address may make to the public API in a minute
 * @param loginsPerMinute    sign-in attempts (and failures) one address may make in a minute
 * @param tipWritesPerMinute tips filed and additions made by one address in a minute (also counted as public requests)
 * @param initialAdmin       an ADMIN account created on a start with no ADMIN, for a deployment without demo data
 */
@ConfigurationProperties("diemnong.security")
record SecurityProperties(@DefaultValue("12") int bcryptStrength, @DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("120") int publicRequestsPerMinute,
		@DefaultValue("10") int loginsPerMinute, @DefaultValue("5") int tipWritesPerMinute,
		@DefaultValue InitialAdmin initialAdmin) {

	record InitialAdmin(@Nullable String username, @Nullable String password) {
	}
}
