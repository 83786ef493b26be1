package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A site that signed a commitment and was then seen working while it was in force (the commitment module's published
 * view {@code broken_commitment}): a high weight, so that such sites rise to the top of every list.
 */
final class BrokenCommitmentReason {

	/** The weight's key in the risk configuration. */
	static final String KEY = "broken-commitment.points";

	/** The weight when the configuration does not name one (a file written before commitments). */
	static final double DEFAULT_POINTS = 30;

	private BrokenCommitmentReason() {
	}

	/** Adds the reason, with the commitment as its record and the breach as its date, while within the look-back. */
	static void add(RiskInputs site, RiskWeights weights, LocalDate today, List<RiskReason> reasons) {
		RiskInputs.BrokenCommitmentFact broken = site.brokenCommitment();
		if (broken == null || weights.brokenCommitmentPoints() <= 0) {
			return;
		}
		long age = ChronoUnit.DAYS.between(broken.brokenOn(), today);
		if (age < 0 || age > weights.lookBackDays()) {
			return;
		}
		reasons.add(new RiskReason("broken-commitment", weights.brokenCommitmentPoints(), "commitment",
				broken.commitmentId(), broken.brokenOn(),
				List.of(broken.signedOn().toString(), broken.evidenceType(), broken.evidenceId())));
	}
}
