package vn.diemnong.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background task run again and again in a daemon thread of its own, a fixed delay after each run ends, until closed.
 * A run that fails is logged and the next one tries again.
 */
public final class Repeating implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(Repeating.class);

	private final ScheduledExecutorService executor;

	private Repeating(String name, Duration first, Duration every, Runnable task) {
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				LOG.warn("{} failed, will try again: {}", name, ex.toString());
			}
		}, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs {@code task} after {@code first}, then {@code every} after each run ends; nothing when {@code every} is zero
	 * or negative (null then).
	 * @param name the thread's name, and the task's in the log
	 */
	public static @Nullable Repeating start(String name, Duration first, Duration every, Runnable task) {
		return every.isZero() || every.isNegative() ? null : new Repeating(name, first, every, task);
	}

	/** Stops the task, interrupting a run in progress. */
	@Override
	public void close() {
		executor.shutdownNow();
	}
}
