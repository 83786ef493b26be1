package vn.diemnong.access;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.diemnong.common.ProblemRenderer;

/**
 * Per-address token buckets: the public API, sign-in attempts, and failed sign-ins by any means (a script guessing
 * passwords with HTTP Basic is stopped as a form would be). An empty bucket answers 429 with Retry-After.
 * Addresses are the client's as Tomcat sees them: behind a proxy, set {@code server.forward-headers-strategy}.
 * Registered in the security chain only, not as a servlet filter of its own.
 */
@Component
class RateLimits extends OncePerRequestFilter {

	/** Forget buckets when this many addresses are tracked (those left full are dropped first). */
	private static final int MAX_TRACKED = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final SecurityProperties properties;
	private final ProblemRenderer problems;

	RateLimits(SecurityProperties properties, ProblemRenderer problems) {
		this.properties = properties;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long wait = 0;
		if (path.startsWith("/api/v1/public/")) {
			wait = take("public", address, properties.publicRequestsPerMinute());
		}
		else if (path.equals("/login") && "POST".equals(request.getMethod())) {
			wait = Math.max(take("login", address, properties.loginsPerMinute()),
					peek("failure", address));
		}
		else if (SecurityConfiguration.BASIC_AUTH.matches(request)) {
			wait = peek("failure", address);
		}
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait));
			problems.write(request, response,
					Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "request", "rate-limited"));
			return;
		}
		chain.doFilter(request, response);
	}

	/** A failed sign-in from this address uses up one of its attempts. */
	void failedSignIn(@Nullable String address) {
		if (address != null) {
			take("failure", address, properties.loginsPerMinute());
		}
	}

	/** Takes a token; 0 when there was one, else the seconds until there is. */
	private long take(String kind, String address, int perMinute) {
		return bucket(kind, address, perMinute).take();
	}

	/** The wait an address already owes in a bucket, without taking from it (none for an address not seen yet). */
	private long peek(String kind, String address) {
		Bucket bucket = buckets.get(kind + "|" + address);
		return bucket == null ? 0 : bucket.waitSeconds();
	}

	private Bucket bucket(String kind, String address, int perMinute) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.values().removeIf(Bucket::full);
			if (buckets.size() > MAX_TRACKED) {
				buckets.clear();
			}
		}
		return buckets.computeIfAbsent(kind + "|" + address, key -> new Bucket(perMinute));
	}

	/** Holds up to a minute's worth of requests and refills continuously. */
	private static final class Bucket {

		private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

		private final int capacity;
		private double tokens;
		private long refilledAt = System.nanoTime();

		Bucket(int capacity) {
			this.capacity = capacity;
			this.tokens = capacity;
		}

		synchronized long take() {
			refill();
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return waitSeconds();
		}

		synchronized long waitSeconds() {
			refill();
			return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * 60.0 / capacity);
		}

		synchronized boolean full() {
			refill();
			return tokens >= capacity;
		}

		private void refill() {
			long now = System.nanoTime();
			tokens = Math.min(capacity, tokens + (double) (now - refilledAt) * capacity / MINUTE_NANOS);
			refilledAt = now;
		}
	}
}
