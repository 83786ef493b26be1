package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;

/**
 * The query parameters of every hotspot analysis: period, cell size (hexagon edge, m), distance band (m, 0 for the
 * default; at most {@link AnalysisLimits#maxBandCells()} edges), value and FDR. Absent ones take their defaults.
 */
record AnalysisQuery(@Schema(description = "first day; absent: the default period") @Nullable LocalDate from,
		@Schema(description = "last day; absent: the end of last month") @Nullable LocalDate to,
		@Schema(description = "hexagon edge, m", defaultValue = "500") @DecimalMin("250") @DecimalMax("5000")
		@Nullable Double cell,
		@Schema(description = "distance band, m; absent or 0: the default") @DecimalMin("0") @DecimalMax("50000")
		@Nullable Double band,
		@Schema(allowableValues = { "severity", "violations", "fines" }, defaultValue = "severity") @Nullable String value,
		@Schema(description = "false discovery rate correction", defaultValue = "true") @Nullable Boolean fdr) {

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
