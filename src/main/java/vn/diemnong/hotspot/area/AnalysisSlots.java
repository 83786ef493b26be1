package vn.diemnong.hotspot.area;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.diemnong.common.Actor;
import vn.diemnong.common.RetryLater;

/**
 * A few analyses at a time per user and for the whole service; one more is refused at once (429, Retry-After)
 * rather than queued, so that a burst cannot hold every request thread. Only signed-in users reach the analyses,
 * so the users' permits are few; each is forgotten an hour after its last use.
 */
@Component
class AnalysisSlots {

	private final Semaphore total;
	private final Cache<String, Semaphore> perUser;
	private final int userPermits;
	private final Duration retryAfter;

	AnalysisSlots(AnalysisLimits limits) {
		this.total = new Semaphore(limits.total());
		this.userPermits = limits.perUser();
		this.retryAfter = limits.retryAfter();
		this.perUser = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
	}

	<T> T run(Supplier<T> analysis) {
		Semaphore mine = perUser.get(Actor.current(), user -> new Semaphore(userPermits));
		if (!mine.tryAcquire()) {
			throw busy();
		}
		if (!total.tryAcquire()) {
			mine.release();
			throw busy();
		}
		try {
			return analysis.get();
		}
		finally {
			total.release();
			mine.release();
		}
	}

	private RetryLater busy() {
		return new RetryLater("request", "analyses-busy", retryAfter);
	}
}
