package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.util.Map;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.FeatureCollections;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "hotspots")
class HotspotController {

	/** The space-time cube of the demo: January 2023 to October 2026 is 46 months. */
	private static final int CUBE_MONTHS = 46;
	private static final int PERIOD_MONTHS = 12;

	private final AreaHotspots hotspots;
	private final CommuneHotspots communes;
	private final CellDetails cells;
	private final Clock clock;
	private final AnalysisLimits limits;
	private final AnalysisSlots slots;

	HotspotController(AreaHotspots hotspots, CommuneHotspots communes, CellDetails cells, Clock clock,
			AnalysisLimits limits, AnalysisSlots slots) {
		this.hotspots = hotspots;
		this.communes = communes;
		this.cells = cells;
		this.clock = clock;
		this.limits = limits;
		this.slots = slots;
	}

	/** Getis-Ord Gi* of every cell for the period (default: the twelve months before this one). */
	@GetMapping("/hotspots/gi")
	@Operation(operationId = "getGi", summary = "Getis-Ord Gi* of every hexagon cell")
	@ApiResponse(responseCode = "200", description = "Every cell", content = @Content(mediaType = "application/geo+json",
			schema = @Schema(implementation = HotspotSchemas.GiFeatureCollection.class)))
	ResponseEntity<byte[]> gi(@Valid @ParameterObject AnalysisQuery query) {
		Analysis analysis = query.analysis(PERIOD_MONTHS, clock, limits);
		return geoJson(slots.run(() -> hotspots.gi(analysis)));
	}

	/** Emerging hot spots over monthly slices (default: the 46 months before this one). */
	@GetMapping("/hotspots/emerging")
	@Operation(operationId = "getEmerging", summary = "Emerging hot spots over monthly slices")
	@ApiResponse(responseCode = "200", description = "Every cell", content = @Content(mediaType = "application/geo+json",
			schema = @Schema(implementation = HotspotSchemas.EmergingFeatureCollection.class)))
	ResponseEntity<byte[]> emerging(@Valid @ParameterObject AnalysisQuery query) {
		Analysis analysis = query.analysis(CUBE_MONTHS, clock, limits);
		return geoJson(slots.run(() -> hotspots.emerging(analysis)));
	}

	/** One cell: its Gi*, its monthly z series and category, and the sites and violations inside it. */
	@GetMapping("/hotspots/cells/{id}")
	@Operation(operationId = "getCell", summary = "One cell explained")
	@ApiResponse(responseCode = "200", description = "The cell", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = HotspotSchemas.CellDetail.class)))
	Map<String, Object> cell(@PathVariable String id, @Valid @ParameterObject AnalysisQuery query) {
		Analysis analysis = query.analysis(PERIOD_MONTHS, clock, limits);
		return slots.run(() -> cells.of(id, analysis));
	}

	/** A commune's violations, score, rate, trend, rank and hot cells for the period. */
	@GetMapping("/communes/{code}/hotspots")
	@Operation(operationId = "getCommuneHotspots",
			summary = "A commune's violations, score, rate, trend, rank and hot cells")
	@ApiResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = CommuneHotspots.Summary.class)))
	CommuneHotspots.Summary commune(@PathVariable String code, @Valid @ParameterObject AnalysisQuery query) {
		Analysis analysis = query.analysis(PERIOD_MONTHS, clock, limits);
		return slots.run(() -> communes.summary(code, analysis));
	}

	private static ResponseEntity<byte[]> geoJson(byte[] body) {
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON).body(body);
	}
}
