package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.inspection.InspectionImport;
import vn.diemnong.inspection.InspectionImport.HistoricalInspection;
import vn.diemnong.inspection.InspectionImport.HistoricalViolation;
import vn.diemnong.site.SiteImport;
import vn.diemnong.site.SiteImport.HistoricalSite;
import vn.diemnong.site.SiteImport.HistoricalStatus;

/**
 * A village's risk draws on its members as docs/hotspots.md says, with the default weights of
 * config/risk-weights.properties. The constructed villages are rolled back.
 */
@IntegrationTest
class CompoundRiskIT {

	@LocalServerPort
	int port;

	@Autowired
	SiteImport sites;

	@Autowired
	InspectionImport inspections;

	@Autowired
	SiteRisks risks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	/*
	 * Village V (pottery: 4 points), registered 1,000 days ago, never inspected itself; its members are food
	 * processing workshops (2 points each):
	 *   A: three severity-3 violations: two today (20 + 20) and one 180 days ago (one half-life: 10), whose remedial
	 *      deadline passed 30 days ago while open (overdue: 8)         → 20 + 20 + 10 + 8 + 2 = 60
	 *   B: severity 3, 2 and 2 today                                   → 20 + 12 + 12 + 2     = 46 (≥ 40: risky)
	 *   C: severity 3 and 2 today                                      → 20 + 12 + 2          = 34 (< 40)
	 *   D: never inspected, registered 100 days ago (within the grace)  → 2
	 * V = its trade 4 + the riskiest member A 60 + one other risky member (B) 3 = 67; no inspection gap, as its
	 * members were inspected today. Village W, registered 1,000 days ago with one member registered as long ago and
	 * nobody ever inspected: its own gap 10 ("never") + trade 4 + the member's 2 + 10 = 26.
	 */
	@Test
	void aVillagesRiskIsItsOwnRecordItsRiskiestMemberAndItsOtherRiskyMembers() {
		LocalDate today = LocalDate.now(clock);
		transaction.executeWithoutResult(status -> {
			String suffix = Fixtures.unique("").strip();
			List<Long> ids = load(today, suffix);
			long v = ids.get(0);
			long a = ids.get(1);
			long b = ids.get(2);
			long w = ids.get(5);
			long wMember = ids.get(6);

			SiteRisk village = risks.of(v);
			assertThat(village.score()).isCloseTo(67.0, within(1e-9));
			assertThat(village.scaledBy()).isEqualTo(1.0);
			assertThat(village.reasons()).extracting(RiskReason::code).containsExactly("trade", "member",
					"risky-member");
			RiskReason member = village.reasons().get(1);
			assertThat(member.recordId()).isEqualTo(a);
			assertThat(member.contribution()).isCloseTo(60.0, within(1e-9));
			assertThat(member.facts()).containsExactly("Thành viên A " + suffix, 60.0, List.of(
					new CompoundRiskScorer.CodePoints("violation", 50.0),
					new CompoundRiskScorer.CodePoints("overdue", 8.0),
					new CompoundRiskScorer.CodePoints("trade", 2.0)));
			RiskReason risky = village.reasons().get(2);
			assertThat(risky.recordId()).isEqualTo(b);
			assertThat(risky.contribution()).isCloseTo(3.0, within(1e-9));
			assertThat(risky.facts()).containsExactly("Thành viên B " + suffix, 46.0, 40.0);
			assertThat(risks.of(a).score()).isCloseTo(60.0, within(1e-9));

			SiteRisk never = risks.of(w);
			assertThat(never.score()).isCloseTo(26.0, within(1e-9));
			assertThat(never.reasons()).extracting(RiskReason::code, RiskReason::recordId, RiskReason::contribution)
				.containsExactly(Tuple.tuple("inspection-gap", w, 10.0),
						Tuple.tuple("trade", w, 4.0),
						Tuple.tuple("member", wMember, 12.0));
			assertThat(never.reasons().get(0).facts()).containsExactly(1000L, "never");

			// the ranked list scores every site by the same rule
			Map<Long, Double> ranking = risks.scores();
			assertThat(ranking.get(v)).isCloseTo(67.0, within(1e-9));
			assertThat(ranking.get(w)).isCloseTo(26.0, within(1e-9));
			status.setRollbackOnly();
		});
	}

	@Test
	void phongKheDrawsOnItsMembersAndIsNotSaidNeverInspected() {
		Api api = new Api(port, "moitruong");
		long phongKhe = jdbc.sql("SELECT id FROM site_current WHERE name LIKE 'Làng nghề tái chế giấy Phong Khê%'")
			.query(Long.class).single();
		JsonNode risk = api.get("/api/v1/sites/" + phongKhe + "/risk").json();
		assertThat(risk.get("score").asDouble()).isGreaterThan(90);
		assertThat(risk.get("reasons").valueStream().map(r -> r.get("code").asString())).contains("member",
				"risky-member");
		assertThat(risk.get("reasons").valueStream()
			.filter(r -> r.get("code").asString().equals("inspection-gap"))
			.map(r -> r.get("facts").get(1).asString())).doesNotContain("never");

		JsonNode ranked = api.get("/api/v1/sites?sort=risk&kind=craft_village&limit=50").json();
		JsonNode listed = ranked.get("features").valueStream().filter(f -> f.get("id").asLong() == phongKhe)
			.findFirst().orElseThrow();
		assertThat(listed.get("properties").get("risk").asDouble()).isCloseTo(risk.get("score").asDouble(),
				within(0.005));
	}

	private List<Long> load(LocalDate today, String suffix) {
		GeometryFactory geometries = new GeometryFactory();
		Point here = geometries.createPoint(new Coordinate(Fixtures.VO_CUONG[0], Fixtures.VO_CUONG[1]));
		List<HistoricalSite> list = new ArrayList<>();
		List<HistoricalStatus> history = new ArrayList<>();
		String[] names = { "Làng V", "Thành viên A", "Thành viên B", "Thành viên C", "Thành viên D", "Làng W",
				"Thành viên của W" };
		int[] registeredDaysAgo = { 1000, 1000, 1000, 1000, 100, 1000, 1000 };
		Integer[] parents = { null, 0, 0, 0, 0, null, 5 };
		for (int i = 0; i < names.length; i++) {
			boolean village = parents[i] == null;
			list.add(new HistoricalSite(parents[i], village ? "craft_village" : "household_workshop",
					village ? "pottery" : "food_processing", names[i] + " " + suffix, null, null, "operating", null,
					null, null, here, "test", null, null, true));
			history.add(new HistoricalStatus(i, today.minusDays(registeredDaysAgo[i]), null, "operating", "registered",
					null, null));
		}
		List<Long> ids = sites.load(list, history, "compound-risk-test", true).stream()
			.map(SiteImport.ImportedSite::id).toList();
		inspections.load(List.of(
				inspection(ids.get(1), today, violation(3, null, null, null), violation(3, null, null, null)),
				inspection(ids.get(1), today.minusDays(180),
						violation(3, today.minusDays(180), today.minusDays(30), "open")),
				inspection(ids.get(2), today, violation(3, null, null, null), violation(2, null, null, null),
						violation(2, null, null, null)),
				inspection(ids.get(3), today, violation(3, null, null, null), violation(2, null, null, null))),
				"compound-risk-test", true);
		return ids;
	}

	private static HistoricalInspection inspection(long site, LocalDate on, HistoricalViolation... violations) {
		return new HistoricalInspection(site, on, "scheduled", List.of("environment"), null, "test", null, List.of(),
				List.of(violations));
	}

	private static HistoricalViolation violation(int severity, LocalDate decidedOn, LocalDate deadline,
			String status) {
		return new HistoricalViolation("no_environmental_permit", severity, null, decidedOn == null ? null : "QĐ-1",
				decidedOn, null, null, deadline == null ? null : "Lập hồ sơ", deadline, status);
	}
}
