package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.diemnong.geo.AdminUnits;
import vn.diemnong.inspection.IssuingAuthority;

/**
 * Who signs a demo decision: the title whose power to fine covers the amount. The powers are stated for a fine on an
 * individual, twice that on an organisation (Luật Xử lý vi phạm hành chính, Điều 24). The demo reads Decree
 * 45/2022/ND-CP, Điều 68 and following, as: the commune chair up to 50 million VND; the district chair (until the
 * districts were abolished on 1 July 2025) up to 500 million; the chief of the environmental police division up to
 * 500 million; the province chair up to the maximum. A team with the police hands a larger fine to the environmental
 * police, one without to the district chair or, after the reform, the province chair. Deterministic: no draw.
 */
final class Authorities {

	private static final long MILLION = 1_000_000;
	static final long COMMUNE_CHAIR_MAX = 50 * MILLION;
	static final long UPPER_MAX = 500 * MILLION;

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
		if (individual <= COMMUNE_CHAIR_MAX) {
			title = IssuingAuthority.COMMUNE_CHAIR;
		} else if (team.contains("police") && individual <= UPPER_MAX) {
			title = IssuingAuthority.ENVIRONMENTAL_POLICE_CHIEF;
		} else if (decidedOn.isBefore(AdminUnits.REFORM) && individual <= UPPER_MAX) {
			title = IssuingAuthority.DISTRICT_CHAIR;
		} else {
			title = IssuingAuthority.PROVINCE_CHAIR;
		}
		return title.code();
	}
}
