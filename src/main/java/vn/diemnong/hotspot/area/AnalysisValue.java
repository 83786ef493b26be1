package vn.diemnong.hotspot.area;

import vn.diemnong.common.Coded;

/** What a cell's value counts for the period. */
enum AnalysisValue implements Coded {

	/** Violations weighted by severity (1 minor, 2 serious, 3 very serious): the default. */
	SEVERITY("sum(v.severity)"),
	/** Violations, each counting 1. */
	VIOLATIONS("count(*)"),
	/** Fines in million VND. */
	FINES("coalesce(sum(v.fine_vnd), 0) / 1e6");

	private final String sql;

	AnalysisValue(String sql) {
		this.sql = sql;
	}

	/** The aggregate over violations {@code v} that gives this value (a constant of this enumeration, never input). */
	String sql() {
		return sql;
	}
}
