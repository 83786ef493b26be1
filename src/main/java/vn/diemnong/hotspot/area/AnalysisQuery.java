package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;

/**
 * The query parameters of every hotspot analysis: period, cell size (hexagon edge, m), distance band (m, 0 for the
 * default; at most {@link AnalysisLimits#maxBandCells()} edges), value and FDR. Absent ones take their defaults.
 */
record AnalysisQuery(@Nullable LocalDate from, @Nullable LocalDate to,
		@DecimalMin("250") @DecimalMax("5000") @Nullable Double cell,
		@DecimalMin("0") @DecimalMax("50000") @Nullable Double band, @Nullable String value, @Nullable Boolean fdr) {

	/** @param defaultMonths the length of the default period, which ends with the last full month */
	Analysis analysis(int defaultMonths, Clock clock, AnalysisLimits limits) {
		LocalDate end = to != null ? to : Dates.endOfLastMonth(clock);
		LocalDate start = from != null ? from : end.withDayOfMonth(1).minusMonths(defaultMonths - 1L);
		Dates.ordered(start, end);
		double edge = cell == null ? 500 : cell;
		double widest = edge * limits.maxBandCells();
		if (band != null && band > widest) {
			throw ApiProblem.invalid("band", "band-too-wide", String.valueOf(Math.round(widest)),
					String.valueOf(Math.round(limits.maxBandCells())));
		}
		return new Analysis(start, end, edge, band == null ? 0 : band,
				Coded.parse(AnalysisValue.class, "value", value == null ? "severity" : value), fdr == null || fdr);
	}
}
