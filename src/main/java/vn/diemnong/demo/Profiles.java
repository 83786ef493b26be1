package vn.diemnong.demo;

import static vn.diemnong.demo.Behaviour.Regime.HOTSPOT;
import static vn.diemnong.demo.Behaviour.Regime.KILNS_OUT;
import static vn.diemnong.demo.Behaviour.Regime.PHASE_OUT;
import static vn.diemnong.demo.Behaviour.Regime.STEADY;
import static vn.diemnong.demo.Craft.ALUMINIUM_RECYCLING;
import static vn.diemnong.demo.Craft.COPPER_CASTING;
import static vn.diemnong.demo.Craft.METAL_PLATING;
import static vn.diemnong.demo.Craft.PAPER_RECYCLING;
import static vn.diemnong.demo.Craft.PLASTIC_RECYCLING;
import static vn.diemnong.demo.Craft.POTTERY;
import static vn.diemnong.demo.Craft.RICE_WINE;
import static vn.diemnong.demo.Craft.RUBBER_RECYCLING;
import static vn.diemnong.demo.Craft.SCRAP_TRADING;
import static vn.diemnong.demo.Craft.STEEL_RECYCLING;
import static vn.diemnong.demo.Craft.WOOD_FURNITURE;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The Bắc Ninh villages and clusters the demo fills with member sites, by their exact name in
 * {@code bac-ninh-known-sites.csv}. Member counts are scaled from the sources (Phong Khê: 228 facilities told to
 * relocate; Mẫn Xá: 350–400 recycling households; Đại Bái: 184 casting and 26 scrap households) to a demo size.
 */
final class Profiles {

	static final String SERIOUS = "seriously_polluting";
	static final String POLLUTING = "polluting";
	static final String CLEAN = "not_polluting";

	/**
	 * @param place         the short name used in generated names ("Cơ sở tái chế nhôm Mẫn Xá số 12")
	 * @param trades        the members' trades, repeated for weight
	 * @param facilityShare the share of members that are recycling facilities rather than household workshops
	 * @param radius        of the drawn village in metres; 0 for a cluster (from its area in the note, else 300 m)
	 * @param badness       log of the median exceedance of a member's samples
	 * @param inspectRate   monthly chance that an operating member is inspected
	 */
	record Profile(String siteName, String place, int members, List<Craft> trades, double facilityShare,
			List<String> hamlets, @Nullable String pollutionClass, int radius, Behaviour.Regime regime,
			boolean campaign, double badness, double inspectRate) {

		boolean cluster() {
			return radius == 0;
		}
	}

	/** The villages of the commitment campaign; their slag and sludge end up in dumps nearby. */
	static final List<String> CAMPAIGN = List.of("Phong Khê", "Mẫn Xá", "Đa Hội", "Đại Bái");

	static final List<Profile> BAC_NINH = List.of(
			village("Làng nghề tái chế giấy Phong Khê (thôn Dương Ổ, Châm Khê, Đào Xá)", "Phong Khê", 125,
					List.of(PAPER_RECYCLING), 0.25, List.of("thôn Dương Ổ", "thôn Châm Khê", "thôn Đào Xá"),
					SERIOUS, 800, HOTSPOT, -0.25, 0.09),
			cluster("Cụm công nghiệp Phong Khê I", "CCN Phong Khê I", 8, List.of(PAPER_RECYCLING), null, HOTSPOT,
					-0.3, 0.09),
			cluster("Cụm công nghiệp Phong Khê II", "CCN Phong Khê II", 8, List.of(PAPER_RECYCLING), null,
					HOTSPOT, -0.3, 0.09),
			cluster("Cụm công nghiệp Phú Lâm", "CCN Phú Lâm", 28, List.of(PAPER_RECYCLING), POLLUTING, PHASE_OUT,
					-0.1, 0.11),
			village("Làng tái chế nhôm Mẫn Xá (cô đúc nhôm)", "Mẫn Xá", 115, List.of(ALUMINIUM_RECYCLING), 0.25,
					List.of("thôn Mẫn Xá"), SERIOUS, 750, HOTSPOT, -0.25, 0.09),
			cluster("Cụm công nghiệp làng nghề Mẫn Xá - Văn Môn", "CCN Mẫn Xá - Văn Môn", 8,
					List.of(ALUMINIUM_RECYCLING), null, HOTSPOT, -0.3, 0.09),
			cluster("Cụm công nghiệp đa nghề Đông Thọ (giai đoạn 2)", "CCN Đông Thọ", 8,
					List.of(PLASTIC_RECYCLING, PLASTIC_RECYCLING, ALUMINIUM_RECYCLING, PAPER_RECYCLING), null,
					STEADY, -0.5, 0.065),
			village("Làng nghề sắt thép Đa Hội", "Đa Hội", 65,
					List.of(STEEL_RECYCLING, STEEL_RECYCLING, STEEL_RECYCLING, STEEL_RECYCLING, METAL_PLATING), 0.3,
					List.of("khu phố Đa Hội"), SERIOUS, 650, HOTSPOT, -0.2, 0.09),
			cluster("Cụm công nghiệp Châu Khê và Châu Khê mở rộng", "CCN Châu Khê", 8,
					List.of(STEEL_RECYCLING, STEEL_RECYCLING, ALUMINIUM_RECYCLING, METAL_PLATING, RUBBER_RECYCLING),
					null, HOTSPOT, -0.3, 0.09),
			village("Làng nghề đồ gỗ mỹ nghệ Đồng Kỵ", "Đồng Kỵ", 40, List.of(WOOD_FURNITURE), 0.2,
					List.of("khu phố Đồng Kỵ"), POLLUTING, 700, STEADY, -0.4, 0.05),
			village("Làng gốm Phù Lãng", "Phù Lãng", 15, List.of(POTTERY), 0.1, List.of("thôn Phù Lãng"), null,
					600, STEADY, -0.5, 0.04),
			village("Làng nghề đúc đồng Đại Bái", "Đại Bái", 80,
					List.of(COPPER_CASTING, COPPER_CASTING, COPPER_CASTING, COPPER_CASTING, COPPER_CASTING,
							COPPER_CASTING, ALUMINIUM_RECYCLING, ALUMINIUM_RECYCLING, SCRAP_TRADING),
					0.2, List.of("thôn Đại Bái"), SERIOUS, 800, STEADY, -0.25, 0.065),
			cluster("Cụm công nghiệp Đại Bái", "CCN Đại Bái", 8, List.of(COPPER_CASTING), null, STEADY, -0.3,
					0.065),
			village("Làng gốm Thổ Hà (historic kilns)", "Thổ Hà", 5, List.of(POTTERY), 0.0, List.of("thôn Thổ Hà"),
					CLEAN, 600, KILNS_OUT, -0.6, 0.02),
			village("Làng Vân (nấu rượu)", "Vân", 20, List.of(RICE_WINE), 0.0, List.of("thôn Vân"), CLEAN, 600,
					STEADY, -0.6, 0.04));

	private Profiles() {
	}

	static Optional<Profile> of(String siteName) {
		return BAC_NINH.stream().filter(p -> p.siteName().equals(siteName)).findFirst();
	}

	private static Profile village(String name, String place, int members, List<Craft> trades, double facilities,
			List<String> hamlets, @Nullable String pollution, int radius, Behaviour.Regime regime, double badness,
			double rate) {
		return new Profile(name, place, members, trades, facilities, hamlets, pollution, radius, regime,
				CAMPAIGN.contains(place), badness, rate);
	}

	private static Profile cluster(String name, String place, int members, List<Craft> trades,
			@Nullable String pollution, Behaviour.Regime regime, double badness, double rate) {
		return new Profile(name, place, members, trades, 1.0, List.of(place), pollution, 0, regime, false,
				badness, rate);
	}
}
