package vn.diemnong.hotspot.risk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RiskController {

	private final SiteRisks risks;

	RiskController(SiteRisks risks) {
		this.risks = risks;
	}

	/** The score (0–100), each reason with its points and record, and the version of the weights used. */
	@GetMapping("/api/v1/sites/{id}/risk")
	SiteRisk risk(@PathVariable long id) {
		return risks.of(id);
	}
}
