package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.diemnong.demo.Behaviour.Regime;

/** Offences an inspection sees without a sample: no permit, no treatment, illegal recycling, dumping. */
final class Observations {

	private Observations() {
	}

	static List<Offence> of(Subject subject, LocalDate date, SplittableRandom rng) {
		if (subject.behaviour().regime() == Regime.DUMP) {
			return rng.nextDouble() < 0.6 ? List.of(Offence.of("illegal_waste_dumping", 2 + rng.nextInt(2)))
					: List.of();
		}
		if (subject.compound()) {
			return !subject.zone() && rng.nextDouble() < 0.08 ? List.of(Offence.of("no_treatment_system", 2))
					: List.of();
		}
		return subject.craft().recycling() ? atRecycler(subject, date, rng) : List.of();
	}

	/** After the campaign, a recycler in a campaign village that did not sign recycles illegally. */
	private static List<Offence> atRecycler(Subject subject, LocalDate date, SplittableRandom rng) {
		List<Offence> found = new ArrayList<>();
		if (subject.site().permitNumber() == null && rng.nextDouble() < 0.07) {
			found.add(Offence.of("no_environmental_permit", 1 + rng.nextInt(2)));
		}
		if (rng.nextDouble() < 0.06) {
			found.add(Offence.of("no_treatment_system", 2));
		}
		if (subject.behaviour().campaign() && date.isAfter(Timeline.CAMPAIGN_TO) && rng.nextDouble() < 0.2) {
			found.add(Offence.of("illegal_scrap_recycling", 2 + rng.nextInt(2)));
		}
		return found;
	}
}
