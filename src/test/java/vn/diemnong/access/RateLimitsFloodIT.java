package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diemnong.IntegrationTest;

/** Flooding the rate limits from many addresses does not give a guesser its failed sign-ins back. */
@IntegrationTest
class RateLimitsFloodIT {

	@Autowired
	RateLimits rateLimits;

	@Test
	void floodingManyAddressesDoesNotResetAnotherAddresssFailures() {
		String guesser = "203.0.113.99";
		for (int i = 0; i < 200; i++) {
			rateLimits.failedSignIn(guesser);
		}
		assertThat(rateLimits.failureWait(guesser)).isPositive();
		long started = System.nanoTime();
		for (int i = 0; i < 120_000; i++) {
			String address = "2001:db8::" + Integer.toHexString(i);
			rateLimits.failedSignIn(address);
			rateLimits.publicRequest(address);
		}
		// the bucket refills one failure a second (60 a minute in tests): more than that many failures again
		// empty it, unless the flood gave the guesser a full bucket
		long seconds = (System.nanoTime() - started) / 1_000_000_000 + 5;
		assertThat(seconds).as("the flood took too long to tell").isLessThan(50);
		for (int i = 0; i < seconds; i++) {
			rateLimits.failedSignIn(guesser);
		}
		assertThat(rateLimits.failureWait(guesser)).isPositive();
	}
}
