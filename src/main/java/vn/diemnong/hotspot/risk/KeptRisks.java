package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Every site's risk, kept until the data behind it, the day or the weights change. A score is kept under the key read
 * in the same snapshot as its data, and served only to a caller whose own key it covers (same day and weights, a
 * version at least the caller's): never from data older than the version says. One computation at a time; a caller
 * that finds one running waits for it rather than starting another, and computes again only if it started from older
 * data than the caller sees.
 */
final class KeptRisks {

	/** What every site's risk depends on besides the site records: the data's version, today and the weights. */
	record Key(long version, LocalDate day, int config) {

		boolean covers(Key wanted) {
			return day.equals(wanted.day) && config == wanted.config && version >= wanted.version;
		}
	}

	/**
	 * Every site's risk in id order, and their scores by site.
	 * @param snapshot the database snapshot they were read in, to ask which sites changed since
	 * @param rescored how many sites were scored for it (all of them, or those a change touched)
	 */
	record Kept(Key key, String snapshot, List<SiteRisk> risks, Map<Long, Double> scores, int rescored) {

		static Kept of(Key key, String snapshot, List<SiteRisk> risks, int rescored) {
			return new Kept(key, snapshot, List.copyOf(risks), KeptRisks.scores(risks), rescored);
		}
	}

	/** The scores by site, in a map as {@code Collectors.toMap} made it before (its order is a HashMap's). */
	static Map<Long, Double> scores(List<SiteRisk> risks) {
		Map<Long, Double> scores = new HashMap<>();
		risks.forEach(r -> scores.put(r.siteId(), r.score()));
		return Collections.unmodifiableMap(scores);
	}

	private final Supplier<Key> key;
	/** Reads the key and scores every site in one snapshot, from the kept ones (or null) where it can. */
	private final Function<@Nullable Kept, Kept> compute;

	private volatile @Nullable Kept kept;
	private @Nullable CompletableFuture<Kept> running;

	KeptRisks(Supplier<Key> key, Function<@Nullable Kept, Kept> compute) {
		this.key = key;
		this.compute = compute;
	}

	/** Every site's risk as of now: kept, or computed (and kept). */
	Kept current() {
		Key wanted = key.get();
		Kept now = kept;
		return now != null && now.key().covers(wanted) ? now : refresh(wanted);
	}

	/** Computes in the caller's thread if the kept scores are not current (the background warm-up). */
	void warm() {
		current();
	}

	/** The kept scores, whatever their key (for tests). */
	@Nullable
	Kept kept() {
		return kept;
	}

	private Kept refresh(Key wanted) {
		while (true) {
			CompletableFuture<Kept> mine = null;
			CompletableFuture<Kept> theirs;
			synchronized (this) {
				Kept now = kept;
				if (now != null && now.key().covers(wanted)) {
					return now;
				}
				theirs = running;
				if (theirs == null) {
					mine = new CompletableFuture<>();
					running = mine;
				}
			}
			if (mine == null) {
				try {
					Kept done = theirs.join();
					if (done.key().covers(wanted)) {
						return done;
					}
				}
				catch (CompletionException ex) {
					// theirs failed: try again, computing ourselves if no one else does
				}
				continue;
			}
			try {
				Kept done = compute.apply(kept);
				synchronized (this) {
					kept = done;
					running = null;
				}
				mine.complete(done);
				// read after the caller's key, so at least as new (or a new day: newer still)
				return done;
			}
			catch (RuntimeException | Error ex) {
				synchronized (this) {
					running = null;
				}
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
	}
}
