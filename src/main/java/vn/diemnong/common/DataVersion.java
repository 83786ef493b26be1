package vn.diemnong.common;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The version of the data behind the kept answers and the kept risk scores (V28, V29): it grows by one when a
 * transaction that wrote a commune, a site, a status event, an inspection, a violation, a sample, an observation, a
 * commitment or a tip commits, never before its data is visible, and never goes back. Its table is compacted now and
 * then (V29 {@code compact_map_data_change()}), which leaves the version as it was.
 */
@Component
public class DataVersion {

	private static final Logger LOG = LoggerFactory.getLogger(DataVersion.class);

	private final JdbcClient jdbc;
	private final Duration compactEvery;
	private @Nullable Repeating compactions;

	DataVersion(JdbcClient jdbc, @Value("${diemnong.data-version.compact-every:PT10M}") Duration compactEvery) {
		this.jdbc = jdbc;
		this.compactEvery = compactEvery;
	}

	/** The version the calling statement's snapshot shows. */
	public long current() {
		return jdbc.sql("SELECT map_data_version()").query(Long.class).single();
	}

	/**
	 * Whether the calling transaction wrote data behind the version and has not committed yet: what it reads then is
	 * seen by no other transaction, so it must not be kept under any version.
	 */
	public boolean changedHere() {
		return jdbc.sql("SELECT map_data_changed_here()").query(Boolean.class).single();
	}

	/** The calling transaction's snapshot, to ask later which sites changed since ({@link #sitesChangedSince}). */
	public String snapshot() {
		return jdbc.sql("SELECT CAST(pg_current_snapshot() AS text)").query(String.class).single();
	}

	/**
	 * The sites that transactions committed after an earlier snapshot touched (V29 {@code map_data_change_site}): its
	 * rows, their old and new site, village or cluster; or null when that cannot be told (compacted since, or a
	 * table was truncated).
	 * @param earlierVersion the version that snapshot showed
	 */
	public @Nullable Set<Long> sitesChangedSince(String earlier, long earlierVersion) {
		Long[] ids = jdbc.sql("SELECT map_data_sites_changed_since(CAST(:earlier AS pg_snapshot), :version)")
			.param("earlier", earlier).param("version", earlierVersion)
			.query((rs, n) -> {
				java.sql.Array array = rs.getArray(1);
				return array == null ? null : (Long[]) array.getArray();
			}).list().get(0);
		return ids == null ? null : Set.of(ids);
	}

	/** Folds the committed change rows into the version's base; returns how many rows it folded. */
	public long compact() {
		return jdbc.sql("SELECT compact_map_data_change()").query(Long.class).single();
	}

	@EventListener(ApplicationReadyEvent.class)
	void startCompacting() {
		compactions = Repeating.start("data-version-compaction", compactEvery, compactEvery,
				() -> LOG.debug("data version: {} change rows compacted", compact()));
	}

	@PreDestroy
	void stop() {
		if (compactions != null) {
			compactions.close();
		}
	}
}
