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
 * A site's location corrected: the new geometry, how precisely it is known and on whose word; {@code changedOn}
 * (today when left out) is the day the position was established.
 */
record LocationCorrection(@NotNull @Schema(implementation = GeoJsonGeometry.class) JsonNode geometry,
		@NotNull @Schema(allowableValues = { "surveyed", "imagery", "address", "approximate" }) String precision,
		@NotBlank @Size(max = 500) @Schema(example = "Biên bản kiểm tra hiện trường ngày 12/3/2026") String source,
		@Nullable LocalDate changedOn) {
}
