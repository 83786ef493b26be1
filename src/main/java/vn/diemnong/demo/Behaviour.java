package vn.diemnong.demo;

import java.time.LocalDate;

/**
 * How a site behaves over the history.
 *
 * @param badness      log of the median sample exceedance (0: half the samples above the limit)
 * @param inspectRate  chance of an inspection in a month while the site operates
 * @param campaign     a recycler the Oct 2024 – Jan 2025 commitment campaign reaches
 * @param reactivation monthly chance, from February 2025, that a committed or closed site operates again
 * @param start        the day its history starts (registration)
 */
record Behaviour(Regime regime, double badness, double inspectRate, boolean campaign, double reactivation,
		LocalDate start) {

	enum Regime {
		/** A craft village as a whole: its members are inspected, not the village. */
		VILLAGE,
		/** Inspected at a steady pace, no campaign of its own. */
		STEADY,
		/** Võ Cường (Phong Khê), Văn Môn (Mẫn Xá), Phù Khê (Đa Hội): bad throughout, watched harder after 2025. */
		HOTSPOT,
		/** CCN Phú Lâm: bad until mid-2025, then closed, relocated or cleaned up. */
		PHASE_OUT,
		/** Thổ Hà: the kilns went out in 2023. */
		KILNS_OUT,
		/** An illegal recycling workshop found through a tip-off. */
		SCATTERED,
		/** A spontaneous dump of slag, sludge or scraps. */
		DUMP
	}

	static Behaviour member(Profiles.Profile profile, Craft craft, LocalDate start) {
		boolean watched = profile.campaign() || profile.regime() == Regime.HOTSPOT;
		double reactivation = !craft.recycling() || profile.regime() == Regime.PHASE_OUT ? 0 : watched ? 0.012 : 0.006;
		return new Behaviour(profile.regime(), profile.badness(), profile.inspectRate(),
				profile.campaign() && craft.recycling(), reactivation, start);
	}

	static Behaviour village() {
		return new Behaviour(Regime.VILLAGE, 0, 0, false, 0, Timeline.START);
	}

	/** A cluster's shared works are a little better than its members. */
	static Behaviour cluster(Profiles.Profile profile) {
		return new Behaviour(profile.regime(), profile.badness() - 0.2, 0.05, false, 0, Timeline.START);
	}

	static Behaviour zone() {
		return new Behaviour(Regime.STEADY, -0.6, 0.08, false, 0, Timeline.START);
	}

	static Behaviour scattered(LocalDate found) {
		return new Behaviour(Regime.SCATTERED, 0.0, 0.06, false, 0.015, found);
	}

	static Behaviour dump(LocalDate found) {
		return new Behaviour(Regime.DUMP, 0.3, 0.05, false, 0, found);
	}

	/** The reason of the first status event. */
	String registration() {
		return switch (regime) {
			case SCATTERED -> "đăng ký vào sổ theo dõi sau khi phát hiện qua tin báo của người dân";
			case DUMP -> "đăng ký vào sổ theo dõi sau khi phát hiện qua tuần tra";
			default -> "đăng ký vào sổ theo dõi (kiểm kê đầu kỳ)";
		};
	}

	/** The areas of Công văn 1671-CV/TU and of the commitment campaign. */
	boolean campaignArea() {
		return campaign || regime == Regime.HOTSPOT || regime == Regime.PHASE_OUT;
	}
}
