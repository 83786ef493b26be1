package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.GeoJsonGeometry;

/**
 * The shapes of the Gi*, emerging and cell answers, for the OpenAPI document: {@link GiAnswer},
 * {@link EmergingAnswer} and {@link CellDetails} write them; only {@link CellGi} is also serialised.
 */
final class HotspotSchemas {

	private HotspotSchemas() {
	}

	@Schema(name = "GiFeatureCollection", description = "Getis-Ord Gi* of every hexagon cell, with the analysis"
			+ " stated so that each z can be recomputed from the answer")
	record GiFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type,
			@Schema(description = "hexagon edge, m") double cellSize, @Schema(example = "EPSG:32648") String crs,
			@Schema(description = "m") double distanceBand, String neighbourhood, boolean fdr, LocalDate from,
			LocalDate to, @Schema(description = "the analysed value: severity, violations or fines") String value,
			long numberMatched, long numberReturned, List<GiCell> features) {
	}

	record GiCell(@Schema(description = "i_j of the hexagon lattice", example = "788_2725") String id,
			@Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry, GiCellProperties properties) {
	}

	record GiCellProperties(int i, int j, @Schema(description = "UTM easting of the centre, m") double x,
			@Schema(description = "UTM northing of the centre, m") double y, @Nullable String commune,
			@Schema(description = "null when not finite") @Nullable Double value,
			@Schema(description = "null when not finite") @Nullable Double z,
			@Schema(description = "null when not finite") @Nullable Double p,
			@JsonProperty("class") @Schema(description = "hot99, hot95, hot90, none, cold90 …") String giClass,
			@Schema(description = "cells in the window, itself included") int neighbours) {
	}

	@Schema(name = "EmergingFeatureCollection", description = "Per cell: its emerging hot spot category, the"
			+ " Mann-Kendall trend of its monthly z and the series")
	record EmergingFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type, double cellSize,
			String crs, double distanceBand, boolean fdr, LocalDate from, LocalDate to, String value,
			@Schema(allowableValues = "month") String timeStep,
			@Schema(description = "YYYY-MM of each slice") List<String> months,
			long numberMatched, long numberReturned, List<EmergingCell> features) {
	}

	record EmergingCell(String id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			EmergingCellProperties properties) {
	}

	record EmergingCellProperties(@Nullable String commune, String category, double trendZ, double trendP,
			@Schema(description = "the Gi* z of each month") List<Double> z) {
	}

	@Schema(name = "CellDetail", description = "One cell explained: its Gi*, its monthly z, its category, and the"
			+ " sites and violations inside it")
	record CellDetail(String id, int i, int j, double cellSize, LocalDate from, LocalDate to, String value,
			boolean fdr, GeoJsonGeometry geometry, @Nullable String commune, CellGi gi, List<String> months,
			List<Double> zSeries, String category, double trendZ, double trendP, List<CellSite> sites,
			List<CellViolation> violations) {
	}

	record CellGi(double value, double z, double p, @JsonProperty("class") String giClass, int neighbours,
			double distanceBand) {
	}

	record CellSite(long id, String name, String kind, String status, long violations) {
	}

	record CellViolation(long id, long siteId, String siteName, LocalDate date, String category, int severity,
			@Nullable Long fineVnd) {
	}
}
