package vn.diemnong.hotspot.risk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
class RiskController {

	private final SiteRisks risks;

	RiskController(SiteRisks risks) {
		this.risks = risks;
	}

	/** The score (0–100), each reason with its points and record, and the version of the weights used. */
	@GetMapping("/api/v1/sites/{id}/risk")
	@Tag(name = "hotspots")
	@Operation(operationId = "getSiteRisk", summary = "A site's risk (0-100) with its reasons")
	@ApiResponse(responseCode = "200", description = "The risk", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = SiteRisk.class)))
	SiteRisk risk(@PathVariable long id) {
		return risks.of(id);
	}
}
