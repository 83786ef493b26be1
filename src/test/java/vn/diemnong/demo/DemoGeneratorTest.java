package vn.diemnong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.diemnong.demo.DemoProvince.Inspection;
import vn.diemnong.demo.DemoProvince.Site;
import vn.diemnong.demo.DemoProvince.StatusEvent;
import vn.diemnong.demo.DemoProvince.Violation;

class DemoGeneratorTest {

	private static final long SEED = 20250701L;
	private static final LocalDate START = LocalDate.of(2023, 1, 1);
	private static final LocalDate END = LocalDate.of(2026, 10, 31);
	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private static DemoInput input;
	private static DemoProvince demo;

	@BeforeAll
	static void generateBacNinh() {
		input = BacNinhFiles.input(SEED);
		demo = new DemoGenerator().generate(input);
	}

	@Test
	void theSameSeedGivesTheSameProvinceWhateverOrderTheCommunesComeIn() {
		DemoInput reordered = new DemoInput(reversed(input.communes()), reversed(input.predecessors()),
				input.knownSites(), SEED);
		assertThat(new DemoGenerator().generate(reordered)).isEqualTo(demo);
	}

	@Test
	void anotherSeedGivesAnotherProvince() {
		DemoProvince other = new DemoGenerator().generate(BacNinhFiles.input(SEED + 1));
		assertThat(other).isNotEqualTo(demo);
		assertThat(other.sites().subList(0, 33)).extracting(Site::name)
			.isEqualTo(demo.sites().subList(0, 33).stream().map(Site::name).toList());
	}

	@Test
	void theVolumesAreThoseOfABusyProvince() {
		assertThat(demo.sites()).hasSizeBetween(600, 700);
		assertThat(demo.inspections()).hasSizeBetween(1500, 3000);
		assertThat(demo.samples()).hasSizeBetween(3000, 7000);
		assertThat(demo.violations()).hasSizeBetween(600, 1500);
	}

	@Test
	void documentedSitesWithoutALocationAreLeftOut() {
		assertThat(demo.skipped()).containsExactly("KCN Tiên Sơn", "KCN VSIP Bắc Ninh", "KCN Đình Trám");
		assertThat(demo.sites().stream().filter(s -> !s.synthetic())).hasSize(33)
			.allSatisfy(s -> assertThat(s.locationPrecision()).isNotBlank())
			.allSatisfy(s -> assertThat(s.source()).startsWith("http"));
	}

	@Test
	void documentedSitesGetTheKindAndTradeTheirTextSays() {
		assertThat(site("Làng nghề sắt thép Đa Hội")).extracting(Site::kind, Site::trade)
			.containsExactly("craft_village", "steel_recycling");
		assertThat(site("Làng gốm Phù Lãng").trade()).isEqualTo("pottery");
		assertThat(site("Làng nghề đúc đồng Đại Bái").trade()).isEqualTo("copper_casting");
		assertThat(site("Cụm công nghiệp Châu Khê và Châu Khê mở rộng").trade()).isEqualTo("steel_recycling");
		assertThat(site("Làng Vân (nấu rượu)").trade()).isEqualTo("rice_wine");
		assertThat(demo.sites().stream().filter(s -> s.kind().equals("industrial_zone")))
			.hasSize(18).allSatisfy(s -> assertThat(s.trade()).isEqualTo("mixed_industry"));
		assertThat(site("Làng nghề tái chế giấy Phong Khê (thôn Dương Ổ, Châm Khê, Đào Xá)").pollutionClass())
			.isEqualTo("seriously_polluting");
	}

	@Test
	void sitesSharingAPointAreDrawnApartAndSaySo() {
		Site phongKhe = site("Làng nghề tái chế giấy Phong Khê (thôn Dương Ổ, Châm Khê, Đào Xá)");
		Site clusterOne = site("Cụm công nghiệp Phong Khê I");
		Site clusterTwo = site("Cụm công nghiệp Phong Khê II");
		String csvPrecision = "approx: representative point of 2025 commune polygon 09190"
				+ " (area 18 km2, radius ~2.4 km); NOT the site location";
		assertThat(phongKhe.locationPrecision()).startsWith(csvPrecision).doesNotContain("sharing");
		assertThat(List.of(clusterOne, clusterTwo)).allSatisfy(c -> {
			assertThat(c.locationPrecision()).startsWith(csvPrecision)
				.contains("offset by 1200 m", "so that the sites sharing it do not overlap");
			assertThat(c.geometry().intersects(phongKhe.geometry())).isFalse();
			assertThat(c.communeCode()).isEqualTo("09190");
		});
		assertThat(clusterOne.geometry().intersects(clusterTwo.geometry())).isFalse();
	}

	@Test
	void membersLieInsideTheirVillageOrCluster() {
		List<Site> members = demo.sites().stream().filter(s -> s.parentKey() != null).toList();
		assertThat(members).hasSizeGreaterThan(500).allSatisfy(member -> {
			Site parent = demo.sites().get(member.parentKey());
			assertThat(parent.geometry().covers(member.geometry())).isTrue();
			assertThat(member.communeCode()).isEqualTo(parent.communeCode());
			assertThat(member.oldCommuneCode()).isEqualTo(parent.oldCommuneCode());
		});
	}

	@Test
	void everyHistoryDateLiesBetweenJanuary2023AndOctober2026() {
		List<LocalDate> dates = new ArrayList<>();
		demo.events().forEach(e -> dates.add(e.occurredOn()));
		demo.inspections().forEach(i -> dates.add(i.inspectedOn()));
		demo.violations().stream().filter(v -> v.decidedOn() != null).forEach(v -> dates.add(v.decidedOn()));
		assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d).isBetween(START, END));
	}

	@Test
	void recordsBeforeTheReformCarryAnOldCodeThatTheCrosswalkMapsToTheSitesCommune() {
		Set<String> crosswalk = input.predecessors().stream().map(p -> p.oldCode() + ">" + p.newCode())
			.collect(Collectors.toSet());
		demo.events().forEach(e -> assertFiled(e.siteKey(), e.occurredOn(), e.filedCommuneCode(), crosswalk));
		demo.inspections().forEach(i -> assertFiled(i.siteKey(), i.inspectedOn(), i.filedCommuneCode(), crosswalk));
		assertThat(demo.inspections()).anyMatch(i -> i.inspectedOn().isBefore(REFORM)
				&& !i.filedCommuneCode().equals(demo.sites().get(i.siteKey()).communeCode()));
	}

	private static void assertFiled(int siteKey, LocalDate date, String filed, Set<String> crosswalk) {
		String commune = demo.sites().get(siteKey).communeCode();
		if (date.isBefore(REFORM)) {
			assertThat(crosswalk).as("filed %s on %s", filed, date).contains(filed + ">" + commune);
		}
		else {
			assertThat(filed).isEqualTo(commune);
		}
	}

	@Test
	void everySiteHistoryStartsWithItsRegistrationAndEndsInTheSitesStatus() {
		Map<Integer, List<StatusEvent>> bySite = demo.events().stream()
			.collect(Collectors.groupingBy(StatusEvent::siteKey));
		assertThat(demo.sites()).allSatisfy(site -> {
			List<StatusEvent> events = bySite.get(site.key());
			assertThat(events.get(0).oldStatus()).isNull();
			assertThat(events.get(0).reason()).startsWith("đăng ký");
			assertThat(events.get(events.size() - 1).newStatus()).isEqualTo(site.status());
			for (int i = 1; i < events.size(); i++) {
				assertThat(events.get(i).oldStatus()).isEqualTo(events.get(i - 1).newStatus())
					.isNotEqualTo(events.get(i).newStatus());
				assertThat(events.get(i).occurredOn()).isAfterOrEqualTo(events.get(i - 1).occurredOn());
			}
		});
	}

	@Test
	void eachReactivationFollowsACommitmentOrClosureAndIsInspectedWithinDays() {
		List<StatusEvent> reactivations = demo.events().stream().filter(e -> e.newStatus().equals("reactivated"))
			.toList();
		assertThat(reactivations).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(e -> assertThat(e.oldStatus()).isIn("committed", "closed", "suspended"))
			.allSatisfy(e -> assertThat(e.occurredOn()).isAfterOrEqualTo(LocalDate.of(2025, 1, 1)));
		Map<Integer, Inspection> inspections = demo.inspections().stream()
			.collect(Collectors.toMap(Inspection::key, Function.identity()));
		assertThat(reactivations).allSatisfy(e -> assertThat(demo.violations()).anyMatch(v -> v.siteKey() == e.siteKey()
				&& Set.of("operating_after_closure", "scrap_stockpiling").contains(v.category())
				&& !inspections.get(v.inspectionKey()).inspectedOn().isBefore(e.occurredOn())
				&& !inspections.get(v.inspectionKey()).inspectedOn().isAfter(e.occurredOn().plusDays(10))));
	}

	@Test
	void mostRecyclingHouseholdsOfTheCampaignVillagesSignACommitment() {
		Set<Integer> villages = demo.sites().stream()
			.filter(s -> Set.of("Phong Khê", "Mẫn Xá", "Đa Hội", "Đại Bái").stream().anyMatch(s.name()::contains))
			.filter(s -> s.kind().equals("craft_village")).map(Site::key).collect(Collectors.toSet());
		List<Site> households = demo.sites().stream().filter(s -> villages.contains(s.parentKey())).toList();
		Set<Integer> committed = demo.events().stream().filter(e -> e.newStatus().equals("committed"))
			.filter(e -> e.occurredOn().isAfter(LocalDate.of(2024, 9, 30))
					&& e.occurredOn().isBefore(LocalDate.of(2025, 2, 1)))
			.map(StatusEvent::siteKey).collect(Collectors.toSet());
		assertThat(households.stream().filter(h -> committed.contains(h.key())).count())
			.isGreaterThan(households.size() / 2);
	}

	@Test
	void everyDecisionNamesATitleWhosePowerCoversItsFineAndNoOpenCaseDoes() {
		Map<Integer, Inspection> inspections = demo.inspections().stream()
			.collect(Collectors.toMap(Inspection::key, Function.identity()));
		assertThat(demo.violations().stream().filter(v -> v.decidedOn() == null)).allSatisfy(
				v -> assertThat(v.issuingAuthority()).isNull());
		List<Violation> decided = demo.violations().stream().filter(v -> v.decidedOn() != null).toList();
		assertThat(decided).allSatisfy(v -> {
			assertThat(v.issuingAuthority()).isIn("commune_chair", "district_chair", "environmental_police_chief",
					"province_police_director", "province_chair");
			// Decree 45/2022, Điều 57 and 58: an organisation's fine is at most twice the title's power over an individual
			long power = switch (v.issuingAuthority()) {
				case "commune_chair" -> 5_000_000L;
				case "environmental_police_chief" -> 25_000_000L;
				case "district_chair", "province_police_director" -> 100_000_000L;
				default -> 1_000_000_000L;
			};
			assertThat(v.fineVnd()).isLessThanOrEqualTo(2 * power);
			if ("district_chair".equals(v.issuingAuthority())) {
				assertThat(v.decidedOn()).isBefore(REFORM);
			}
			if (v.issuingAuthority().startsWith("environmental_police") || v.issuingAuthority().startsWith("province_police")) {
				assertThat(inspections.get(v.inspectionKey()).team()).contains("police");
			}
		});
		// small fines at the commune, large ones higher up: every title is used
		assertThat(decided.stream().map(Violation::issuingAuthority).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("commune_chair", "district_chair", "environmental_police_chief",
					"province_police_director", "province_chair");
		assertThat(decided.stream().filter(v -> v.fineVnd() <= 5_000_000L))
			.allSatisfy(v -> assertThat(v.issuingAuthority()).isEqualTo("commune_chair"));
	}

	@Test
	void decisionNumbersAreUniqueWithinAYearAndFollowTheInspection() {
		Map<Integer, Inspection> inspections = demo.inspections().stream()
			.collect(Collectors.toMap(Inspection::key, Function.identity()));
		List<Violation> decided = demo.violations().stream().filter(v -> v.decidedOn() != null).toList();
		assertThat(decided.stream().map(v -> v.decidedOn().getYear() + ":" + v.decisionNumber()).distinct())
			.hasSize(decided.size());
		assertThat(decided).allSatisfy(v -> {
			assertThat(v.decisionNumber()).matches("\\d+/QĐ-XPHC");
			LocalDate inspected = inspections.get(v.inspectionKey()).inspectedOn();
			assertThat(v.decidedOn()).isBetween(inspected.plusDays(5), inspected.plusDays(20));
			assertThat(v.remedialDeadline()).isBetween(v.decidedOn().plusDays(30), v.decidedOn().plusDays(90));
		});
	}

	@Test
	void exceedanceViolationsRestOnASampleAboveTheTolerance() {
		assertThat(demo.violations().stream().filter(v -> v.category().endsWith("_exceedance"))).allSatisfy(v -> {
			String medium = v.category().replace("_exceedance", "");
			assertThat(demo.samples()).anyMatch(s -> s.inspectionKey() == v.inspectionKey() && s.medium().equals(medium)
					&& s.exceedance().doubleValue() > 1.1);
		});
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private static Site site(String name) {
		return demo.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}
}
