package vn.diemnong.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import vn.diemnong.common.ProblemRenderer;

/**
 * Per-address token buckets (Bucket4j): the public API, sign-in attempts, and failed sign-ins by any means (a script
 * guessing passwords with HTTP Basic is stopped as a form would be); and the growing delay of one account from one
 * address ({@link SignInThrottle}). A refusal answers 429 with Retry-After. Addresses are the client's as Tomcat sees
 * them: behind a proxy, set {@code server.forward-headers-strategy}. Registered in the security chain only.
 * <p>
 * Each bucket refills completely in a minute, so a bucket left alone for a minute is as good as a new one: both caches
 * forget buckets a minute after their last use and lose nothing by it. The request buckets are also bounded in number;
 * flooding them from many addresses evicts only request buckets. The failure buckets are kept apart and bounded only by
 * time: a new one costs a failed sign-in, that is a bcrypt hash, so a flood cannot make enough of them within a minute
 * to push out a guesser's (the size bound there only guards memory, far above what bcrypt lets through).
 */
@Component
class RateLimits extends OncePerRequestFilter {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Cache<String, Bucket> requests = Caffeine.newBuilder().maximumSize(100_000)
		.expireAfterAccess(MINUTE).build();

	private final Cache<String, Bucket> failures = Caffeine.newBuilder().maximumSize(1_000_000)
		.expireAfterAccess(MINUTE).build();

	private final SecurityProperties properties;
	private final SignInThrottle throttle;
	private final ProblemRenderer problems;

	RateLimits(SecurityProperties properties, SignInThrottle throttle, ProblemRenderer problems) {
		this.properties = properties;
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long wait = 0;
		if (path.startsWith("/api/v1/public/")) {
			wait = publicRequest(address);
		}
		else if (path.startsWith("/api/v1/tips/status/") || path.equals("/api/v1/tips") && isPost(request)) {
			wait = publicRequest(address);
			if (wait == 0 && isPost(request)) {
				wait = take(requests, "tip|" + address, properties.tipWritesPerMinute());
			}
		}
		else if (path.equals("/login") && "POST".equals(request.getMethod())) {
			wait = Math.max(take(requests, "login|" + address, properties.loginsPerMinute()), failureWait(address));
			wait = Math.max(wait, throttle.waitSeconds(request.getParameter("username"), address));
		}
		else if (SecurityConfiguration.BASIC_AUTH.matches(request)) {
			wait = Math.max(failureWait(address), throttle.waitSeconds(basicUsername(request), address));
		}
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait));
			problems.write(request, response,
					Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "request", "rate-limited"));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod());
	}

	/** A failed sign-in from this address uses up one of its attempts. */
	void failedSignIn(@Nullable String address) {
		if (address != null) {
			take(failures, address, properties.loginsPerMinute());
		}
	}

	/** The seconds this address must wait after its failed sign-ins (0: none owed, or never seen). */
	long failureWait(String address) {
		Bucket bucket = failures.getIfPresent(address);
		return bucket == null ? 0 : seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	/** Takes a token for a request to the public API; 0 when there was one, else the seconds until there is. */
	long publicRequest(String address) {
		return take(requests, "public|" + address, properties.publicRequestsPerMinute());
	}

	private static long take(Cache<String, Bucket> cache, String key, int perMinute) {
		Bucket bucket = cache.get(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, MINUTE).build()).build());
		return seconds(bucket.tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill());
	}

	private static long seconds(long nanos) {
		return (nanos + 999_999_999) / 1_000_000_000;
	}

	/** The username of an HTTP Basic header, or null when it cannot be read (then the sign-in fails anyway). */
	private static @Nullable String basicUsername(HttpServletRequest request) {
		try {
			String decoded = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
