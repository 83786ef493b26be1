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
 * {@code limit} (1 to 10000, 1000 when absent; 10000 for a file) and {@code offset} (0 when absent), and
 * {@code format} ({@code csv} or {@code xlsx}: the list as a file, as an Accept header naming text/csv or the XLSX type
 * also asks).
 */
record SiteQuery(@Nullable String bbox, @Nullable String kind, @Nullable String trade, @Nullable String status,
		@Nullable String commune, @Nullable String q, @Nullable Long parent, @Nullable String sort,
		@Min(1) @Max(10000) @Schema(defaultValue = "1000") @Nullable Integer limit,
		@Min(0) @Schema(defaultValue = "0") @Nullable Long offset,
		@Schema(description = "the list as a file to download: csv (UTF-8 with a byte order mark) or xlsx; the headers"
				+ " and code names in the Accept-Language; the Accept header may ask instead",
				allowableValues = { "csv", "xlsx" }) @Nullable String format) {

	/** The filter, with every code checked before it reaches SQL. */
	SiteFilter filter() {
		return filter(1000);
	}

	/** The filter of a list exported as a file: up to the largest page when no limit is given. */
	SiteFilter exportFilter() {
		return filter(SiteExport.MAX_ROWS);
	}

	private SiteFilter filter(int defaultLimit) {
		return new SiteFilter(Bbox.parse(bbox), codes(SiteKind.class, "kind", kind), codes(Trade.class, "trade", trade),
				codes(SiteStatus.class, "status", status), commune, q == null || q.isBlank() ? null : q.strip(), parent,
				sort == null ? SiteFilter.Sort.ID : Coded.parse(SiteFilter.Sort.class, "sort", sort),
				limit == null ? defaultLimit : limit, offset == null ? 0 : offset);
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type, String field, @Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).map(c -> Coded.parse(type, field, c).code()).toList();
	}
}
