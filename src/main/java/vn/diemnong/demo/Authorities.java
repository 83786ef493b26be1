package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.diemnong.geo.AdminUnits;
import vn.diemnong.inspection.IssuingAuthority;

/**
 * Who signs a demo decision: the title whose power to fine covers the amount. The powers are stated for a fine on an
 * individual, twice that on an organisation (Decree 45/2022/ND-CP, Điều 56). Decree 45/2022, Điều 57 (police) and
 * Điều 58 (people's committees), as published: the commune chair up to 5 million VND; the chief of the provincial
 * environmental police division up to 25 million; the provincial police director and the district chair (until the
 * districts were abolished on 1 July 2025) up to 100 million; the province chair up to the maximum, 1 billion. A team
 * with the police hands a fine above the commune's power to the police; one without, to the district chair or, after
 * the reform, the province chair. Deterministic: no draw.
 */
final class Authorities {

	private static final long MILLION = 1_000_000;
	static final long COMMUNE_CHAIR_MAX = 5 * MILLION;
	static final long POLICE_DIVISION_MAX = 25 * MILLION;
	static final long DIRECTOR_OR_DISTRICT_MAX = 100 * MILLION;

	private Authorities() {
	}

	/** The IssuingAuthority code of the title that signs the decision; null for a violation not yet decided. */
	static @Nullable String issuing(Finding finding, List<String> team) {
		LocalDate decidedOn = finding.decidedOn();
		Long fine = finding.fineVnd();
		if (decidedOn == null || fine == null) {
			return null;
		}
		long individual = finding.organisation() ? fine / 2 : fine;
		IssuingAuthority title;
		boolean police = team.contains("police");
		if (individual <= COMMUNE_CHAIR_MAX) {
			title = IssuingAuthority.COMMUNE_CHAIR;
		} else if (police && individual <= POLICE_DIVISION_MAX) {
			title = IssuingAuthority.ENVIRONMENTAL_POLICE_CHIEF;
		} else if (police && individual <= DIRECTOR_OR_DISTRICT_MAX) {
			title = IssuingAuthority.PROVINCE_POLICE_DIRECTOR;
		} else if (decidedOn.isBefore(AdminUnits.REFORM) && individual <= DIRECTOR_OR_DISTRICT_MAX) {
			title = IssuingAuthority.DISTRICT_CHAIR;
		} else {
			title = IssuingAuthority.PROVINCE_CHAIR;
		}
		return title.code();
	}
}
