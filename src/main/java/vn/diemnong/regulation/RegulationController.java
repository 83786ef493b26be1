package vn.diemnong.regulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "regulation")
class RegulationController {

	private final RegulationLimits limits;

	RegulationController(RegulationLimits limits) {
		this.limits = limits;
	}

	@GetMapping("/api/v1/regulation/limits")
	@Operation(operationId = "getLimitsInForce",
			summary = "The QCVN limits in force on a date, in columns A and B, as samples of that date are judged")
	@ApiResponse(responseCode = "200", description = "The limits", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = LimitsInForce.class)))
	LimitsInForce inForce(@RequestParam LocalDate date,
			@Parameter(description = "wastewater, emission, ambient_air, noise or soil; all when absent")
			@RequestParam(required = false) @Nullable String medium) {
		return new LimitsInForce(date, limits.inForce(date, medium).stream().map(LimitInForce::of).toList());
	}

	@Schema(name = "LimitsInForce", description = "The limits in force on a date")
	record LimitsInForce(LocalDate date, List<LimitInForce> limits) {
	}

	@Schema(name = "LimitInForce", description = "One parameter's limit in one column: a ceiling (max) or a range (pH)")
	record LimitInForce(String medium, String parameter, String nameVi, String nameEn, String unit,
			@Schema(allowableValues = { "A", "B" }) String column, @Nullable BigDecimal min, @Nullable BigDecimal max,
			String regulation, String verification) {

		static LimitInForce of(Limit limit) {
			return new LimitInForce(limit.medium(), limit.parameter(), limit.nameVi(), limit.nameEn(), limit.unit(),
					String.valueOf(limit.column()), limit.min(), limit.max(), limit.regulation(), limit.verification());
		}
	}
}
