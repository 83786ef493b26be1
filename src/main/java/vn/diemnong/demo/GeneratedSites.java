package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

import vn.diemnong.demo.Names.Identity;
import vn.diemnong.demo.Names.Person;
import vn.diemnong.demo.Profiles.Profile;
import vn.diemnong.site.SiteImport;

/**
 * The synthetic sites: household workshops and recycling facilities inside the villages and clusters, illegal
 * recycling workshops scattered over the other communes, and slag and sludge dumps near the recycling villages.
 */
final class GeneratedSites {

	static final String POSITION = "synthetic position (generated)";
	private static final String POSITION_VI = "vị trí mô phỏng (sinh tự động)";

	private static final int SCATTERED = 45;
	private static final List<Craft> SCATTERED_TRADES = List.of(Craft.ALUMINIUM_RECYCLING, Craft.COPPER_CASTING,
			Craft.PLASTIC_RECYCLING, Craft.PLASTIC_RECYCLING, Craft.PAPER_RECYCLING, Craft.SCRAP_TRADING,
			Craft.STEEL_RECYCLING, Craft.RUBBER_RECYCLING);
	private static final List<Dumps> DUMPS = List.of(new Dumps("Mẫn Xá", 3, "xỉ nhôm"),
			new Dumps("Đại Bái", 2, "xỉ đồng"), new Dumps("Phong Khê", 2, "bùn thải và giấy vụn"),
			new Dumps("Đa Hội", 1, "xỉ thép"));
	private static final String UNKNOWN_OPERATOR = "Không xác định (bãi thải tự phát)";

	private final Geography geography;
	private final Crosswalk crosswalk;
	private final String source;
	private final SiteImport.InVietnamese vi;
	private final Names names = new Names();

	private record Dumps(String place, int count, String material) {
	}

	GeneratedSites(Geography geography, Crosswalk crosswalk, long seed) {
		this.geography = geography;
		this.crosswalk = crosswalk;
		this.source = "Synthetic: generated for the demo (seed %d)".formatted(seed);
		this.vi = new SiteImport.InVietnamese(POSITION_VI,
				"Dữ liệu mô phỏng: sinh tự động cho bản demo (hạt giống %d)".formatted(seed), null);
	}

	/** Adds members (profile by profile), then scattered workshops in the other communes, then dumps. */
	void add(List<Subject> sites, SplittableRandom rng) {
		Set<String> busy = new HashSet<>();
		for (Profile profile : Profiles.BAC_NINH) {
			Subject compound = known(sites, profile.siteName());
			busy.add(compound.site().communeCode());
			for (int number = 1; number <= profile.members(); number++) {
				sites.add(member(compound, profile, number, sites.size(), rng));
			}
		}
		List<Commune> quiet = geography.communes().stream().filter(c -> !busy.contains(c.code())).toList();
		for (int i = 0; i < SCATTERED; i++) {
			sites.add(scattered(Names.pick(rng, quiet), sites.size(), rng));
		}
		for (Dumps dumps : DUMPS) {
			Subject village = known(sites, Profiles.BAC_NINH.stream().filter(p -> p.place().equals(dumps.place()))
				.findFirst().orElseThrow().siteName());
			for (int number = 1; number <= dumps.count(); number++) {
				sites.add(dump(village, dumps, number, sites.size(), rng));
			}
		}
	}

	/** Every profile must find its documented site, or the demo would silently lose a village. */
	private static Subject known(List<Subject> sites, String name) {
		List<Subject> found = sites.stream().filter(s -> s.site().name().equals(name)).toList();
		if (found.size() != 1) {
			throw new IllegalStateException("Expected one known site named '" + name + "', found " + found.size());
		}
		return found.get(0);
	}

	private Subject member(Subject parent, Profile profile, int number, int key, SplittableRandom rng) {
		Craft craft = Names.pick(rng, profile.trades());
		boolean facility = rng.nextDouble() < profile.facilityShare();
		Commune commune = commune(parent.site().communeCode());
		Point point = geography.pointIn(parent.site().geometry(), commune, rng);
		Identity who = profile.cluster() ? firm(craft, profile, rng)
				: facility ? villageFacility(craft, profile, number, rng) : household(craft, rng);
		String lot = profile.cluster() ? "lô " + "ABCD".charAt(rng.nextInt(4)) + (1 + rng.nextInt(40)) + ", " : "";
		String address = lot + Names.pick(rng, profile.hamlets()) + ", " + commune.name();
		boolean permitted = profile.cluster() && rng.nextDouble() < 0.6;
		String permit = permitted ? (100 + rng.nextInt(900)) + "/GPMT-UBND" : null;
		LocalDate validUntil = permitted ? Timeline.between(rng, LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31))
				: null;
		DemoProvince.Site site = new DemoProvince.Site(key, parent.site().key(),
				facility ? "recycling_facility" : "household_workshop", craft.code(), who.name(), address,
				who.operator(), "operating", null, permit, validUntil, point, commune.code(),
				parent.site().oldCommuneCode(), POSITION, source, null, true, vi);
		LocalDate registered = Timeline.between(rng, Timeline.START, Timeline.START.plusDays(27));
		return new Subject(site, craft, Behaviour.member(profile, craft, registered));
	}

	private Identity household(Craft craft, SplittableRandom rng) {
		return names.unique(() -> {
			Person person = names.person(rng);
			return new Identity("Hộ " + person.title() + " (" + craft.household + ")", person.name());
		});
	}

	private Identity villageFacility(Craft craft, Profile profile, int number, SplittableRandom rng) {
		String name = "Cơ sở " + craft.facility + " " + profile.place() + " số " + number;
		return new Identity(name, names.person(rng).name());
	}

	private Identity firm(Craft craft, Profile profile, SplittableRandom rng) {
		return names.unique(() -> {
			String firm = names.firm(rng);
			return new Identity("Xưởng " + craft.facility + " " + firm + " (" + profile.place() + ")",
					"Công ty TNHH " + craft.company + " " + firm);
		});
	}

	/** Filed before the reform under one of its commune's old communes, which the address names as people do. */
	private Subject scattered(Commune commune, int key, SplittableRandom rng) {
		Craft craft = Names.pick(rng, SCATTERED_TRADES);
		Point point = geography.pointIn(commune.boundary(), commune, rng);
		Predecessor old = crosswalk.pick(commune.code(), rng);
		Identity who = names.unique(() -> {
			Person person = names.person(rng);
			return new Identity("Cơ sở " + craft.facility + " không phép của " + person.title(), person.name());
		});
		String address = Names.pick(rng, Names.HAMLETS) + " (" + old.oldName() + " cũ), " + commune.name();
		LocalDate found = Timeline.between(rng, LocalDate.of(2023, 2, 1), LocalDate.of(2026, 8, 31));
		DemoProvince.Site site = new DemoProvince.Site(key, null, "recycling_facility", craft.code(), who.name(),
				address, who.operator(), "operating", null, null, null, point, commune.code(), old.oldCode(),
				POSITION, source, null, true, vi);
		return new Subject(site, craft, Behaviour.scattered(found));
	}

	/** Within 0.9–1.6 km of the village, in its commune, filed under the village's old commune. */
	private Subject dump(Subject village, Dumps dumps, int number, int key, SplittableRandom rng) {
		Commune commune = commune(village.site().communeCode());
		Point point = near(village.site().geometry().getCentroid().getCoordinate(), commune, rng);
		String name = "Bãi thải " + dumps.material() + " tự phát " + dumps.place() + " số " + number;
		String address = "ven đê, gần " + dumps.place() + ", " + commune.name();
		DemoProvince.Site site = new DemoProvince.Site(key, null, "waste_dump", Craft.WASTE_DISPOSAL.code(), name,
				address, UNKNOWN_OPERATOR, "operating", null, null, null, point, commune.code(),
				village.site().oldCommuneCode(), POSITION, source, null, true, vi);
		LocalDate found = Timeline.between(rng, Timeline.START, LocalDate.of(2024, 6, 30));
		return new Subject(site, Craft.WASTE_DISPOSAL, Behaviour.dump(found));
	}

	private Point near(Coordinate centre, Commune commune, SplittableRandom rng) {
		for (int attempt = 0; attempt < 40; attempt++) {
			Coordinate at = geography.offset(centre, 900 + 700 * rng.nextDouble(), 360 * rng.nextDouble());
			Point point = geography.point(at.x, at.y);
			if (geography.communeAt(point).filter(c -> c.code().equals(commune.code())).isPresent()) {
				return point;
			}
		}
		return geography.pointIn(commune.boundary(), commune, rng);
	}

	private Commune commune(String code) {
		return geography.communes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}
}
