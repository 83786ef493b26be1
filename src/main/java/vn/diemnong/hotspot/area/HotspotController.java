package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;
import vn.diemnong.common.FeatureCollections;

@RestController
@RequestMapping("/api/v1")
class HotspotController {

	/** The space-time cube of the demo: January 2023 to October 2026 is 46 months. */
	private static final int DEFAULT_MONTHS = 46;

	private final AreaHotspots hotspots;
	private final CommuneHotspots communes;
	private final CellDetails cells;
	private final Clock clock;

	HotspotController(AreaHotspots hotspots, CommuneHotspots communes, CellDetails cells, Clock clock) {
		this.hotspots = hotspots;
		this.communes = communes;
		this.cells = cells;
		this.clock = clock;
	}

	/** Getis-Ord Gi* of every cell for the period (default: the twelve months before this one). */
	@GetMapping("/hotspots/gi")
	ResponseEntity<String> gi(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, @RequestParam(defaultValue = "500") @DecimalMin("250") @DecimalMax("5000") double cell,
			@RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("50000") double band,
			@RequestParam(defaultValue = "severity") String value, @RequestParam(defaultValue = "true") boolean fdr) {
		return geoJson(hotspots.gi(analysis(from, to, 12, cell, band, value, fdr)));
	}

	/** Emerging hot spots over monthly slices (default: the 46 months before this one). */
	@GetMapping("/hotspots/emerging")
	ResponseEntity<String> emerging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, @RequestParam(defaultValue = "500") @DecimalMin("250") @DecimalMax("5000") double cell,
			@RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("50000") double band,
			@RequestParam(defaultValue = "severity") String value, @RequestParam(defaultValue = "true") boolean fdr) {
		return geoJson(hotspots.emerging(analysis(from, to, DEFAULT_MONTHS, cell, band, value, fdr)));
	}

	/** One cell: its Gi*, its monthly z series and category, and the sites and violations inside it. */
	@GetMapping("/hotspots/cells/{id}")
	java.util.Map<String, Object> cell(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "500") @DecimalMin("250") @DecimalMax("5000") double cell,
			@RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("50000") double band,
			@RequestParam(defaultValue = "severity") String value, @RequestParam(defaultValue = "true") boolean fdr) {
		return cells.of(id, analysis(from, to, 12, cell, band, value, fdr));
	}

	/** A commune's violations, score, rate, trend, rank and hot cells for the period. */
	@GetMapping("/communes/{code}/hotspots")
	CommuneHotspots.Summary commune(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "500") @DecimalMin("250") @DecimalMax("5000") double cell) {
		return communes.summary(code, analysis(from, to, 12, cell, 0, "severity", true));
	}

	private Analysis analysis(@Nullable LocalDate from, @Nullable LocalDate to, int defaultMonths, double cell,
			double band, String value, boolean fdr) {
		LocalDate end = to != null ? to : LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
		LocalDate start = from != null ? from : end.withDayOfMonth(1).minusMonths(defaultMonths - 1L);
		Dates.ordered(start, end);
		return new Analysis(start, end, cell, band, Coded.parse(AnalysisValue.class, "value", value), fdr);
	}

	private static ResponseEntity<String> geoJson(String body) {
		return ResponseEntity.ok().contentType(FeatureCollections.GEO_JSON).body(body);
	}
}
