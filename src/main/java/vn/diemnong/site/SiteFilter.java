package vn.diemnong.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.Bbox;
import vn.diemnong.common.Coded;

/** What a list of sites is narrowed to, its codes checked ({@link SiteQuery#filter()}). */
record SiteFilter(@Nullable Bbox bbox, List<String> kinds, List<String> trades, List<String> statuses,
		@Nullable String commune, @Nullable String q, @Nullable Long parentId, Sort sort, int limit, long offset) {

	/** {@code id} (the default, stable for paging) or {@code risk} (highest first). */
	enum Sort implements Coded {
		ID, RISK
	}
}
