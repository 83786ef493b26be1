package vn.diemnong.common;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The GeoJSON geometries the service reads and writes (RFC 7946, WGS84 longitude/latitude), for the OpenAPI document
 * only: PostGIS writes them as text and the service reads them with its own checks ({@code Geometries}).
 */
@Schema(name = "GeoJsonGeometry", description = "A GeoJSON geometry in WGS84 (longitude, latitude)",
		oneOf = { GeoJsonGeometry.Point.class, GeoJsonGeometry.Polygon.class, GeoJsonGeometry.MultiPolygon.class },
		discriminatorProperty = "type",
		discriminatorMapping = { @DiscriminatorMapping(value = "Point", schema = GeoJsonGeometry.Point.class),
				@DiscriminatorMapping(value = "Polygon", schema = GeoJsonGeometry.Polygon.class),
				@DiscriminatorMapping(value = "MultiPolygon", schema = GeoJsonGeometry.MultiPolygon.class) })
public interface GeoJsonGeometry {

	@Schema(name = "GeoJsonPoint")
	record Point(@Schema(allowableValues = "Point") String type,
			@ArraySchema(minItems = 2, maxItems = 3, schema = @Schema(description = "longitude, latitude"))
			List<Double> coordinates) {
	}

	@Schema(name = "GeoJsonPolygon", description = "An exterior ring and its holes, each closed")
	record Polygon(@Schema(allowableValues = "Polygon") String type, List<List<List<Double>>> coordinates) {
	}

	@Schema(name = "GeoJsonMultiPolygon")
	record MultiPolygon(@Schema(allowableValues = "MultiPolygon") String type,
			List<List<List<List<Double>>>> coordinates) {
	}
}
