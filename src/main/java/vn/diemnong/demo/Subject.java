package vn.diemnong.demo;

import java.util.Set;

/** A site with what its history needs: its trade and how it behaves. */
record Subject(DemoProvince.Site site, Craft craft, Behaviour behaviour) {

	private static final Set<String> ORGANISATIONS = Set.of("recycling_facility", "industrial_cluster",
			"industrial_zone");
	private static final Set<String> COMPOUNDS = Set.of("craft_village", "industrial_cluster", "industrial_zone");

	/** NĐ 45/2022 Điều 6: an organisation is fined twice what an individual is. */
	boolean organisation() {
		return ORGANISATIONS.contains(site.kind());
	}

	boolean compound() {
		return COMPOUNDS.contains(site.kind());
	}

	boolean zone() {
		return "industrial_zone".equals(site.kind());
	}
}
