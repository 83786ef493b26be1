package vn.diemnong.site;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.GeoJsonGeometry;

/**
 * A site to register. Codes ({@code kind}, {@code trade}, {@code status}, {@code pollutionClass}) are checked against
 * their enumerations; {@code geometry} is a GeoJSON Point, Polygon or MultiPolygon in WGS84 inside the province.
 */
record NewSite(@NotBlank @Size(max = 300) String name, @NotNull String kind, @NotNull String trade,
		@Nullable String status, @NotNull @Schema(implementation = GeoJsonGeometry.class) JsonNode geometry,
		@Nullable Long parentId,
		@Size(max = 500) @Nullable String address, @Size(max = 300) @Nullable String operatorName,
		@Nullable String pollutionClass, @Size(max = 100) @Nullable String permitNumber,
		@Nullable LocalDate permitValidUntil, @Size(max = 500) @Nullable String locationPrecision,
		@Size(max = 2000) @Nullable String note) {
}
