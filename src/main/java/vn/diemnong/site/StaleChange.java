package vn.diemnong.site;

import java.time.OffsetDateTime;
import java.util.List;

import vn.diemnong.audit.RecordChange;

/**
 * A change made to a site since the version a client holds, as a 412 tells it: who, when, what kind of change
 * ({@code site.update}, {@code site.status}, {@code site.location}) and the fields it touched, named as the API names
 * them.
 */
record StaleChange(String by, OffsetDateTime at, String action, List<String> fields) {

	/** Bookkeeping columns that change with every write, and the commune, which follows the geometry. */
	static final String[] IGNORED = { "version", "updated_at", "name_key", "commune_id" };

	static StaleChange from(RecordChange change) {
		return new StaleChange(change.by(), change.at(), change.action(),
				change.columns().stream().map(StaleChange::field).distinct().toList());
	}

	/** {@code operator_name} → {@code operatorName}; {@code geom} → {@code geometry}; a {@code _vi} text → its field. */
	static String field(String column) {
		if (column.equals("geom")) {
			return "geometry";
		}
		String base = column.endsWith("_vi") ? column.substring(0, column.length() - 3) : column;
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : base.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
				upper = false;
			}
		}
		return field.toString();
	}
}
