package vn.diemnong.site;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.Bbox;
import vn.diemnong.common.Coded;

/** What a list of sites is narrowed to; every code is checked before it reaches SQL. */
record SiteFilter(@Nullable Bbox bbox, List<String> kinds, List<String> trades, List<String> statuses,
		@Nullable String commune, @Nullable String q, @Nullable Long parentId, Sort sort, int limit, long offset) {

	/** {@code id} (the default, stable for paging) or {@code risk} (highest first). */
	enum Sort implements Coded {
		ID, RISK
	}

	static SiteFilter of(@Nullable String bbox, @Nullable String kind, @Nullable String trade, @Nullable String status,
			@Nullable String commune, @Nullable String q, @Nullable Long parent, @Nullable String sort, int limit,
			long offset) {
		return new SiteFilter(Bbox.parse(bbox), codes(SiteKind.class, "kind", kind), codes(Trade.class, "trade", trade),
				codes(SiteStatus.class, "status", status), commune, q == null || q.isBlank() ? null : q.strip(), parent,
				sort == null ? Sort.ID : Coded.parse(Sort.class, "sort", sort), limit, offset);
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type, String field, @Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).map(c -> Coded.parse(type, field, c).code()).toList();
	}
}
