package vn.diemnong.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import vn.diemnong.geo.AdminUnits;

/** The dates the demo history is built around. */
final class Timeline {

	static final LocalDate START = LocalDate.of(2023, 1, 1);
	static final LocalDate END = LocalDate.of(2026, 10, 31);
	/** Communes merged on this day (NQ 1658/NQ-UBTVQH15): records filed earlier carry the old commune's code. */
	static final LocalDate REFORM = AdminUnits.REFORM;
	/** Công văn 1671-CV/TU of the provincial party committee: the campaign at Phong Khê, Phú Lâm and Văn Môn. */
	static final LocalDate DIRECTIVE_1671 = LocalDate.of(2024, 9, 23);
	/** Kế hoạch 171/KH-UBND: inspections of craft villages, clusters and serious polluters province-wide. */
	static final LocalDate PLAN_171 = LocalDate.of(2025, 3, 21);
	static final LocalDate CAMPAIGN_FROM = LocalDate.of(2024, 10, 1);
	static final LocalDate CAMPAIGN_TO = LocalDate.of(2025, 1, 31);
	/** Communes and police watch for reactivation once the commitment campaign is over. */
	static final LocalDate WATCH_FROM = LocalDate.of(2025, 2, 1);

	private static final String LAW = "Luật Bảo vệ môi trường 2020";

	private Timeline() {
	}

	static LocalDate between(SplittableRandom rng, LocalDate from, LocalDate to) {
		return from.plusDays(rng.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
	}

	static LocalDate dayIn(SplittableRandom rng, LocalDate month) {
		return month.plusDays(rng.nextInt(month.lengthOfMonth()));
	}

	static boolean inCampaign(LocalDate date) {
		return !date.isBefore(CAMPAIGN_FROM) && !date.isAfter(CAMPAIGN_TO);
	}

	static boolean afterReform(LocalDate date) {
		return !date.isBefore(REFORM);
	}

	/** Records are filed under the commune of their day: before the reform, the old one. */
	static String filedCode(LocalDate date, DemoProvince.Site site) {
		return afterReform(date) ? site.communeCode() : site.oldCommuneCode();
	}

	/**
	 * @param campaignArea Phong Khê, Phú Lâm, Văn Môn and the other recycling villages the 1671 campaign reached
	 * @param estate       industrial zones, inspected under the law and their permits
	 */
	static String legalBasis(LocalDate date, boolean campaignArea, boolean estate) {
		if (estate || date.isBefore(DIRECTIVE_1671)) {
			return LAW;
		}
		if (!date.isBefore(PLAN_171)) {
			return "Kế hoạch 171/KH-UBND ngày 21/3/2025";
		}
		return campaignArea ? "Công văn 1671-CV/TU ngày 23/9/2024" : LAW;
	}
}
