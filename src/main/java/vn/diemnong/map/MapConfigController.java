package vn.diemnong.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.inspection.Agency;
import vn.diemnong.inspection.InspectionKind;
import vn.diemnong.inspection.Medium;
import vn.diemnong.inspection.ViolationCategory;
import vn.diemnong.inspection.ViolationStatus;
import vn.diemnong.site.PollutionClass;
import vn.diemnong.site.SiteKind;
import vn.diemnong.site.SiteStatus;
import vn.diemnong.site.Trade;

@RestController
class MapConfigController {

	private final AdminUnits units;
	private final MapProperties map;
	private final MapQueries queries;
	private final Clock clock;

	MapConfigController(AdminUnits units, MapProperties map, MapQueries queries, Clock clock) {
		this.units = units;
		this.map = map;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/api/v1/config")
	@Tag(name = "map")
	@Operation(operationId = "getConfig",
			summary = "What the map needs: province extent, base map, default period, code lists")
	@ApiResponse(responseCode = "200", description = "The configuration", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = MapConfigSchema.class)))
	Map<String, Object> config() {
		AdminUnits.ProvinceExtent province = units.province();
		LocalDate lastMonthEnd = Dates.endOfLastMonth(clock);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("province", Map.of("code", province.code(), "name", province.name(), "bbox", province.bbox()));
		config.put("baseMap", Map.of("url", map.baseUrl() == null ? "" : map.baseUrl(),
				"attribution", map.attribution() == null ? "" : map.attribution()));
		config.put("defaultPeriod", Map.of("from", lastMonthEnd.plusDays(1).minusMonths(12), "to", lastMonthEnd));
		config.put("dataRange", queries.dataRange());
		config.put("syntheticHistory", queries.syntheticHistory());
		config.put("kinds", Coded.codes(SiteKind.class));
		config.put("trades", Coded.codes(Trade.class));
		config.put("statuses", Coded.codes(SiteStatus.class));
		config.put("pollutionClasses", Coded.codes(PollutionClass.class));
		config.put("violationCategories", Coded.codes(ViolationCategory.class));
		config.put("violationStatuses", Coded.codes(ViolationStatus.class));
		config.put("inspectionKinds", Coded.codes(InspectionKind.class));
		config.put("agencies", Coded.codes(Agency.class));
		config.put("media", Coded.codes(Medium.class));
		return config;
	}
}
