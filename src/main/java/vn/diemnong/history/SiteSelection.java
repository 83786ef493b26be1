package vn.diemnong.history;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.Coded;
import vn.diemnong.site.SiteKind;
import vn.diemnong.site.SiteStatus;
import vn.diemnong.site.Trade;

/**
 * The sites whose records the communes layer counts: the map's kind, trade and status filters (lists of codes
 * separated by commas, as for the site list), each checked before it reaches SQL. Empty lists select every site.
 */
record SiteSelection(List<String> kinds, List<String> trades, List<String> statuses) {

	static SiteSelection of(@Nullable String kind, @Nullable String trade, @Nullable String status) {
		return new SiteSelection(codes(SiteKind.class, "kind", kind), codes(Trade.class, "trade", trade),
				codes(SiteStatus.class, "status", status));
	}

	/** A condition on the sites {@code s} (of site_current), with its parameters added to {@code params}. */
	String condition(String s, Map<String, Object> params) {
		params.put("kinds", kinds.toArray(String[]::new));
		params.put("trades", trades.toArray(String[]::new));
		params.put("statuses", statuses.toArray(String[]::new));
		return ("(cardinality(CAST(:kinds AS text[])) = 0 OR %1$s.kind = ANY(CAST(:kinds AS text[])))"
				+ " AND (cardinality(CAST(:trades AS text[])) = 0 OR %1$s.trade = ANY(CAST(:trades AS text[])))"
				+ " AND (cardinality(CAST(:statuses AS text[])) = 0 OR %1$s.status = ANY(CAST(:statuses AS text[])))")
			.formatted(s);
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type, String field, @Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).map(c -> Coded.parse(type, field, c).code()).toList();
	}
}
