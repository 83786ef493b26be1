package vn.diemnong.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.diemnong.regulation.Limit;
import vn.diemnong.regulation.RegulationLimits;
import vn.diemnong.regulation.RegulationLimits.LimitQuery;

/**
 * The units and limits samples are judged by: asked of {@link RegulationLimits} one sample at a time, or the limits
 * fetched in one query beforehand when an import judges thousands.
 */
final class SampleLimits {

	private final RegulationLimits limits;
	private final Map<LimitQuery, Limit> fetched;
	private final boolean prefetched;
	private final Map<String, Optional<String>> units = new HashMap<>();

	private SampleLimits(RegulationLimits limits, Map<LimitQuery, Limit> fetched, boolean prefetched) {
		this.limits = limits;
		this.fetched = fetched;
		this.prefetched = prefetched;
	}

	static SampleLimits oneByOne(RegulationLimits limits) {
		return new SampleLimits(limits, Map.of(), false);
	}

	/** Only the limits of {@code queries} can be asked for. */
	static SampleLimits fetched(RegulationLimits limits, Collection<LimitQuery> queries) {
		return new SampleLimits(limits, limits.applicable(queries), true);
	}

	Optional<String> unit(String medium, String parameter) {
		return units.computeIfAbsent(medium + "/" + parameter, key -> limits.unit(medium, parameter));
	}

	List<String> parameters(String medium) {
		return limits.parameters(medium);
	}

	Optional<Limit> applicable(String medium, String parameter, LocalDate date, char column) {
		return prefetched ? Optional.ofNullable(fetched.get(new LimitQuery(medium, parameter, date, column)))
				: limits.applicable(medium, parameter, date, column);
	}
}
