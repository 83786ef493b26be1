package vn.diemnong.map;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What {@code /api/v1/config} answers: all the map needs before it draws anything. */
@Schema(name = "MapConfig", description = "What the map needs: the province, the base map, the default period and"
		+ " the code lists")
record MapConfig(Province province, BaseMap baseMap,
		@Schema(description = "a second base map the layer switch offers (url empty when none is configured)")
		BaseMap imagery, Period defaultPeriod, Period dataRange,
		boolean syntheticHistory, List<String> kinds, List<String> trades, List<String> statuses,
		List<String> pollutionClasses, List<String> violationCategories, List<String> violationStatuses,
		List<String> inspectionKinds, List<String> agencies, List<String> media,
		@Schema(description = "who may sign a sanctioning decision (a violation's issuingAuthority)")
		List<String> issuingAuthorities) {

	@Schema(name = "MapProvince")
	record Province(String code, String name,
			@Schema(description = "min lon, min lat, max lon, max lat") List<Double> bbox) {
	}

	record BaseMap(String url, String attribution) {
	}

	@Schema(name = "MapPeriod")
	record Period(LocalDate from, LocalDate to) {
	}
}
