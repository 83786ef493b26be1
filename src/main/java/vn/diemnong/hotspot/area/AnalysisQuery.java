package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;

/**
 * The query parameters of every hotspot analysis: period, cell size (hexagon edge, m), distance band (m, 0 for the
 * default), value and FDR. Absent ones take their defaults.
 */
record AnalysisQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
		@DecimalMin("250") @DecimalMax("5000") @Nullable Double cell,
		@DecimalMin("0") @DecimalMax("50000") @Nullable Double band, @Nullable String value, @Nullable Boolean fdr) {

	/** @param defaultMonths the length of the default period, which ends with the last full month */
	Analysis analysis(int defaultMonths, Clock clock) {
		LocalDate end = to != null ? to : Dates.endOfLastMonth(clock);
		LocalDate start = from != null ? from : end.withDayOfMonth(1).minusMonths(defaultMonths - 1L);
		Dates.ordered(start, end);
		return new Analysis(start, end, cell == null ? 500 : cell, band == null ? 0 : band,
				Coded.parse(AnalysisValue.class, "value", value == null ? "severity" : value), fdr == null || fdr);
	}
}
