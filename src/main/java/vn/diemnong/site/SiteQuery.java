package vn.diemnong.site;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.Bbox;
import vn.diemnong.common.Coded;

/**
 * The query parameters of the site list: {@code bbox}, {@code kind}, {@code trade} and {@code status} (lists of
 * codes separated by commas), {@code commune}, {@code q}, {@code parent}, {@code sort} ({@code id} or {@code risk}),
 * {@code limit} (1 to 10000, 1000 when absent) and {@code offset} (0 when absent).
 */
record SiteQuery(@Nullable String bbox, @Nullable String kind, @Nullable String trade, @Nullable String status,
		@Nullable String commune, @Nullable String q, @Nullable Long parent, @Nullable String sort,
		@Min(1) @Max(10000) @Schema(defaultValue = "1000") @Nullable Integer limit,
		@Min(0) @Schema(defaultValue = "0") @Nullable Long offset) {

	/** The filter, with every code checked before it reaches SQL. */
	SiteFilter filter() {
		return new SiteFilter(Bbox.parse(bbox), codes(SiteKind.class, "kind", kind), codes(Trade.class, "trade", trade),
				codes(SiteStatus.class, "status", status), commune, q == null || q.isBlank() ? null : q.strip(), parent,
				sort == null ? SiteFilter.Sort.ID : Coded.parse(SiteFilter.Sort.class, "sort", sort),
				limit == null ? 1000 : limit, offset == null ? 0 : offset);
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type, String field, @Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).map(c -> Coded.parse(type, field, c).code()).toList();
	}
}
