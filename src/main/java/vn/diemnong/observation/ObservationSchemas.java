package vn.diemnong.observation;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.GeoJsonGeometry;

/** The shape of an observation answer, for the OpenAPI document only ({@link Observations} writes the JSON). */
final class ObservationSchemas {

	private ObservationSchemas() {
	}

	@Schema(name = "Observation", description = "What an officer saw at a site, as filed")
	record Observation(long id, long siteId, String siteName,
			@Schema(description = "the site was registered from this observation") boolean siteRegistered,
			@Schema(description = "the site's status when it was observed") String statusBefore,
			@Schema(description = "the status seen, when it changed") @Nullable String newStatus,
			@Schema(description = "the site's status event recorded with it") @Nullable Long statusEventId,
			@Schema(description = "working, smoke_or_smell, wastewater_discharge, scrap_stockpiled, scrap_brought_in,"
					+ " equipment_removed, nobody_there") List<String> findings,
			@Nullable String note, OffsetDateTime observedAt,
			@Schema(implementation = GeoJsonGeometry.Point.class) Object position, double accuracyM,
			@Schema(description = "metres from the site's geometry (0 inside it)") double distanceM,
			double maxDistanceM, @Schema(description = "distanceM above maxDistanceM") boolean far,
			List<ObservationPhoto> photos, String recordedBy,
			@Schema(description = "the server's time of the filing") OffsetDateTime recordedAt) {
	}

	record ObservationPhoto(@Schema(description = "SHA-256 of the bytes as received") String sha256,
			String mediaType, int width, int height, @Schema(description = "size as received") long bytes, String url,
			String thumbnailUrl,
			@Schema(description = "the position the camera wrote in the file's EXIF (not in the stored copy)",
					implementation = GeoJsonGeometry.Point.class) @Nullable Object exifPosition) {
	}
}
