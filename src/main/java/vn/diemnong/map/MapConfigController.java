package vn.diemnong.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
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
import vn.diemnong.inspection.IssuingAuthority;
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
			mediaType = "application/json", schema = @Schema(implementation = MapConfig.class)))
	MapConfig config() {
		AdminUnits.ProvinceExtent province = units.province();
		LocalDate lastMonthEnd = Dates.endOfLastMonth(clock);
		return new MapConfig(
				new MapConfig.Province(province.code(), province.name(), Arrays.stream(province.bbox()).boxed().toList()),
				baseMap(map.baseUrl(), map.attribution()), baseMap(map.imageryUrl(), map.imageryAttribution()),
				new MapConfig.Period(lastMonthEnd.plusDays(1).minusMonths(12), lastMonthEnd), queries.dataRange(),
				queries.syntheticHistory(), Coded.codes(SiteKind.class), Coded.codes(Trade.class),
				Coded.codes(SiteStatus.class), Coded.codes(PollutionClass.class), Coded.codes(ViolationCategory.class),
				Coded.codes(ViolationStatus.class), Coded.codes(InspectionKind.class), Coded.codes(Agency.class),
				Coded.codes(Medium.class), Coded.codes(IssuingAuthority.class));
	}

	private static MapConfig.BaseMap baseMap(@Nullable String url, @Nullable String attribution) {
		return new MapConfig.BaseMap(url == null ? "" : url, attribution == null ? "" : attribution);
	}
}
