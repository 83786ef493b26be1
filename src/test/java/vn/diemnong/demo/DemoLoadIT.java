package vn.diemnong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.IntegrationTest;

/** The demo as the test profile loads it on start; other tests may add their own rows, so only the demo's count. */
@IntegrationTest
class DemoLoadIT {

	/** Every demo site has a registration event written by the generator. */
	private static final String DEMO_SITES = """
			FROM site s WHERE s.id IN (SELECT site_id FROM site_status_event WHERE recorded_by = 'demo-generator')""";
	private static final String DEMO_INSPECTIONS = "FROM inspection i WHERE i.recorded_by = 'demo-generator'";
	private static final String DEMO_SAMPLES = """
			FROM sample sa JOIN inspection i ON i.id = sa.inspection_id WHERE i.recorded_by = 'demo-generator'""";
	private static final String DEMO_VIOLATIONS = """
			FROM violation v JOIN inspection i ON i.id = v.inspection_id
			JOIN site s ON s.id = v.site_id JOIN admin_unit a ON a.id = s.commune_id
			WHERE i.recorded_by = 'demo-generator'""";
	private static final String AFTER_REFORM = " AND i.inspected_on BETWEEN DATE '2025-07-01' AND DATE '2026-10-31'";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoLoader loader;

	@Test
	void theDemoProvinceIsLoadedOnStartWithTheVolumesOfABusyProvince() {
		assertThat(count(DEMO_SITES)).isBetween(600L, 700L);
		assertThat(count(DEMO_INSPECTIONS)).isBetween(1500L, 3000L);
		assertThat(count(DEMO_SAMPLES)).isBetween(3000L, 7000L);
		assertThat(count(DEMO_VIOLATIONS)).isBetween(600L, 1500L);
		assertThat(jdbc.sql("SELECT detail FROM dataset_load WHERE name = 'demo:24:seed=20250701'")
			.query(String.class).single()).contains("sites", "violations", "KCN VSIP Bắc Ninh");
	}

	@Test
	void loadingAgainAddsNothing() {
		List<Long> before = tableCounts();
		loader.run(new DefaultApplicationArguments());
		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void everySiteLiesInTheCommuneRecordedForItAndMembersInsideTheirParent() {
		assertThat(count(DEMO_SITES + """
				 AND NOT EXISTS (SELECT 1 FROM admin_unit a WHERE a.id = s.commune_id
				                 AND ST_Covers(a.geom, ST_PointOnSurface(s.geom)))""")).isZero();
		assertThat(count(DEMO_SITES + """
				 AND EXISTS (SELECT 1 FROM site p WHERE p.id = s.parent_id
				             AND (NOT ST_Covers(p.geom, s.geom) OR p.commune_id <> s.commune_id))""")).isZero();
	}

	@Test
	void theRecyclingVillagesLeadTheViolationsAfterTheReform() {
		List<String> top = jdbc.sql("SELECT a.code " + DEMO_VIOLATIONS + AFTER_REFORM
				+ " GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT 5").query(String.class).list();
		assertThat(top).contains("09190", "09238", "09379");
	}

	@Test
	void tienDuHasFarFewerViolationsAMonthOnceThePhuLamClusterIsPhasedOut() {
		String tienDu = DEMO_VIOLATIONS + " AND a.code = '09319'";
		double before = count(tienDu + " AND i.inspected_on < DATE '2025-07-01'") / 30.0;
		double after = count(tienDu + AFTER_REFORM) / 16.0;
		assertThat(before).isGreaterThan(1);
		assertThat(after).isLessThan(before / 4);
	}

	@Test
	void generatedRecordsAreSyntheticAndDocumentedSitesKeepTheirPrecision() {
		assertThat(count("FROM site_status_event WHERE recorded_by = 'demo-generator' AND NOT synthetic")).isZero();
		assertThat(count(DEMO_INSPECTIONS + " AND NOT i.synthetic")).isZero();
		assertThat(count(DEMO_VIOLATIONS + " AND NOT v.synthetic")).isZero();
		assertThat(count(DEMO_SITES + " AND NOT s.synthetic AND s.location_precision LIKE '%NOT the site location%'"))
			.isGreaterThan(20);
		assertThat(count(DEMO_SITES + " AND s.synthetic AND s.location_precision <> 'synthetic position (generated)'"))
			.isZero();
	}

	@Test
	void everySiteSaysItsPrecisionNoteAndSourceInVietnameseToo() {
		assertThat(count(DEMO_SITES + " AND s.location_precision_vi IS NULL")).isZero();
		assertThat(count(DEMO_SITES + " AND NOT s.synthetic AND s.note IS NOT NULL AND s.note_vi IS NULL")).isZero();
		assertThat(count(DEMO_SITES + " AND NOT s.synthetic AND s.location_precision_vi LIKE 'gần đúng%'"))
			.isGreaterThan(20);
		assertThat(count(DEMO_SITES + " AND s.synthetic AND s.source_vi NOT LIKE 'Dữ liệu mô phỏng%'")).isZero();
		assertThat(count(DEMO_SITES + " AND (s.source LIKE '%vn.diemnong%' OR s.source_vi LIKE '%vn.diemnong%')"))
			.isZero();
	}

	@Test
	void everyDemoDecisionSaysWhoSignedItAndNoOpenCaseDoes() {
		assertThat(count(DEMO_VIOLATIONS + " AND v.decided_on IS NOT NULL AND v.issuing_authority IS NULL")).isZero();
		assertThat(count(DEMO_VIOLATIONS + " AND v.decided_on IS NULL AND v.issuing_authority IS NOT NULL")).isZero();
		assertThat(count(DEMO_VIOLATIONS + " AND v.issuing_authority = 'commune_chair'")).isPositive();
		assertThat(count(DEMO_VIOLATIONS + " AND v.issuing_authority = 'province_chair'")).isPositive();
		assertThat(count(DEMO_VIOLATIONS + " AND v.issuing_authority = 'district_chair'"
				+ " AND v.decided_on >= DATE '2025-07-01'")).isZero();
	}

	@Test
	void someViolationsAreOverdueAndSomeSitesOperateAgain() {
		assertThat(count(DEMO_VIOLATIONS + " AND v.status = 'open' AND v.remedial_deadline < DATE '2026-10-31'"))
			.isPositive();
		assertThat(count(DEMO_SITES + " AND s.status = 'reactivated'")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void samplesAreJudgedAgainstTheLimitInForceOnTheirDayInItsUnit() {
		assertThat(count(DEMO_SAMPLES + """
				 AND EXISTS (SELECT 1 FROM regulation_limit r WHERE r.id = sa.regulation_limit_id
				   AND sa.unit = r.unit AND sa.regulation = r.regulation AND sa.regulation_column = 'B'
				   AND i.inspected_on BETWEEN r.valid_from AND coalesce(r.valid_to, DATE '9999-12-31')
				   AND sa.exceedance = round(sa.value / coalesce(sa.limit_value, upper(sa.limit_range)), 3))"""))
			.isEqualTo(count(DEMO_SAMPLES));
		assertThat(jdbc.sql("SELECT DISTINCT sa.limit_verification " + DEMO_SAMPLES
				+ " AND sa.medium = 'wastewater' AND i.inspected_on >= DATE '2025-09-01'").query(String.class).list())
			.containsExactly("NOT RETRIEVED (QCVN 40:2011 value carried over)");
	}

	private List<Long> tableCounts() {
		return List.of("site", "site_status_event", "inspection", "sample", "violation", "dataset_load").stream()
			.map(table -> count("FROM " + table))
			.toList();
	}

	private long count(String from) {
		return jdbc.sql("SELECT count(*) " + from).query(Long.class).single();
	}
}
