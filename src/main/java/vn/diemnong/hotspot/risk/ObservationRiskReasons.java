package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What officers saw in the field (V18 {@code observation_fact}): an observation that saw the site working again
 * ({@code observation-restart}: status set to reactivated, or work or scrap coming in at a suspended, closed or
 * committed site) or scrap stockpiled ({@code observation-stockpile}) adds points, within the look-back window, at most
 * {@code observation.cap} together. Each reason names the observation (record type {@code observation}, its id and
 * day). One observation that saw both gives both reasons.
 */
final class ObservationRiskReasons {

	private ObservationRiskReasons() {
	}

	static List<RiskReason> of(RiskInputs site, RiskWeights weights, LocalDate today) {
		List<RiskReason> reasons = new ArrayList<>();
		for (RiskInputs.ObservationFact o : site.observations()) {
			long age = ChronoUnit.DAYS.between(o.date(), today);
			if (age < 0 || age > weights.lookBackDays()) {
				continue;
			}
			if (o.restart()) {
				reasons.add(new RiskReason("observation-restart", weights.observations().restartPoints(),
						"observation", o.observationId(), o.date(), List.of(age)));
			}
			if (o.stockpile()) {
				reasons.add(new RiskReason("observation-stockpile", weights.observations().stockpilePoints(),
						"observation", o.observationId(), o.date(), List.of(age)));
			}
		}
		return reasons;
	}
}
