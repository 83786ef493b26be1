package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The reasons of a site's field signals ({@link FieldSignal}), grouped by signal so that each group can be capped. */
final class FieldSignalReasons {

	private FieldSignalReasons() {
	}

	static Map<FieldSignal, List<RiskReason>> of(RiskInputs site, RiskWeights weights, LocalDate today) {
		return site.signals().stream()
			.filter(s -> weights.signal(s.signal()).points() > 0)
			.filter(s -> {
				long age = ChronoUnit.DAYS.between(s.date(), today);
				return age >= 0 && age <= weights.lookBackDays();
			})
			.collect(Collectors.groupingBy(RiskInputs.SignalFact::signal, () -> new EnumMap<>(FieldSignal.class),
					Collectors.mapping(s -> new RiskReason(s.signal().code, weights.signal(s.signal()).points(),
							s.signal().recordType, s.recordId(), s.date(), List.copyOf(s.facts())), Collectors.toList())));
	}
}
