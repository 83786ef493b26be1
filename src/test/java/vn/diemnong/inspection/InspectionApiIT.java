package vn.diemnong.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.SignedInAs;
import vn.diemnong.common.ApiProblem;

@IntegrationTest
class InspectionApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inspections inspections;

	Api api;

	long siteId;

	@BeforeEach
	void site() {
		api = new Api(port, "moitruong");
		siteId = Fixtures.site(api, Fixtures.unique("Xưởng kiểm tra"), Fixtures.VO_CUONG);
	}

	@Test
	void inspectionWithSamplesAndViolationsIsRecordedWhole() {
		Api.Response created = api.post("/api/v1/inspections", inspection("2026-11-03",
				List.of(sample("wastewater", "COD", 410, "mg/l"), sample("emission", "dust", 150, "mg/Nm3")),
				List.of(violation("wastewater_exceedance"))));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = api.get(created.header("Location")).json();
		JsonNode cod = body.get("samples").get(0);
		assertThat(cod.get("regulation").asString()).isEqualTo("QCVN 40:2025/BTNMT");
		assertThat(cod.get("verification").asString()).contains("NOT RETRIEVED");
		assertThat(cod.get("limit").asDouble()).isEqualTo(150.0);
		assertThat(cod.get("exceedance").asDouble()).isEqualTo(2.733);
		assertThat(cod.get("unit").asString()).isEqualTo("mg/L");
		assertThat(body.get("samples").get(1).get("regulation").asString()).isEqualTo("QCVN 19:2009/BTNMT");
		JsonNode violation = body.get("violations").get(0);
		assertThat(violation.get("fineVnd").asLong()).isEqualTo(25_000_000L);
		assertThat(violation.get("overdue").asBoolean()).isFalse();
		assertThat(body.get("filedCommuneCode").asString()).isEqualTo("09190");
	}

	@Test
	void sampleBeforeSeptember2025IsJudgedByQcvn40Of2011() {
		Api.Response created = api.post("/api/v1/inspections",
				inspection("2025-03-10", List.of(sample("wastewater", "Pb", 0.8, "mg/L")), List.of()));
		JsonNode lead = created.json().get("samples").get(0);
		assertThat(lead.get("regulation").asString()).isEqualTo("QCVN 40:2011/BTNMT");
		assertThat(lead.get("verification").asString()).isEqualTo("B: corroborated; A: recalled");
		assertThat(lead.get("exceedance").asDouble()).isEqualTo(1.6);
	}

	@Test
	void theLimitsInForceOnADateAreTheOnesItsSamplesAreJudgedBy() {
		JsonNode before = api.get("/api/v1/regulation/limits?date=2025-03-10&medium=wastewater").json();
		assertThat(before.get("date").asString()).isEqualTo("2025-03-10");
		assertThat(limit(before, "Pb", "B").get("regulation").asString()).isEqualTo("QCVN 40:2011/BTNMT");
		assertThat(limit(before, "Pb", "B").get("max").asDouble()).isEqualTo(0.5);
		JsonNode after = api.get("/api/v1/regulation/limits?date=2026-11-03").json();
		assertThat(limit(after, "COD", "B").get("regulation").asString()).isEqualTo("QCVN 40:2025/BTNMT");
		assertThat(limit(after, "COD", "B").get("max").asDouble()).isEqualTo(150.0);
		assertThat(limit(after, "pH", "B").get("min").asDouble()).isEqualTo(5.5);
		assertThat(limit(after, "pH", "B").get("max").asDouble()).isEqualTo(9.0);
		assertThat(after.get("limits").valueStream().map(l -> l.get("medium").asString()).distinct())
			.contains("wastewater", "emission", "ambient_air", "noise");
		assertThat(api.get("/api/v1/regulation/limits").problem()).isEqualTo("date:constraint.NotNull");
	}

	private static JsonNode limit(JsonNode limits, String parameter, String column) {
		return limits.get("limits").valueStream()
			.filter(l -> l.get("parameter").asString().equals(parameter) && l.get("column").asString().equals(column))
			.reduce((a, b) -> {
				throw new AssertionError("two limits for " + parameter + " " + column);
			})
			.orElseThrow();
	}

	@Test
	void phIsJudgedAgainstItsRangeOnBothSides() {
		JsonNode samples = api.post("/api/v1/inspections", inspection("2026-11-03",
				List.of(sample("wastewater", "pH", 4.4, "pH"), sample("wastewater", "pH", 7.2, "pH")), List.of()))
			.json().get("samples");
		assertThat(samples.get(0).get("limitRange").get(0).asDouble()).isEqualTo(5.5);
		assertThat(samples.get(0).get("limitRange").get(1).asDouble()).isEqualTo(9.0);
		assertThat(samples.get(0).get("exceedance").asDouble()).isEqualTo(1.25);
		assertThat(samples.get(1).get("exceedance").asDouble()).isLessThan(1);
	}

	@Test
	void unitThatDoesNotMatchTheParameterIsRefusedAndNothingIsSaved() {
		assertRefused(inspection("2026-11-03", List.of(sample("wastewater", "COD", 410, "µg/Nm3")), List.of()),
				"samples[0].unit:unit-mismatch");
	}

	@Test
	void unknownParameterAndMediumAreRefused() {
		assertRefused(inspection("2026-11-03", List.of(sample("wastewater", "Unobtainium", 1, "mg/L")), List.of()),
				"samples[0].parameter:unknown-parameter");
		assertRefused(inspection("2026-11-03", List.of(sample("lava", "COD", 1, "mg/L")), List.of()),
				"samples[0].medium:unknown-value");
	}

	@Test
	void aBadSecondViolationLeavesNoTraceOfTheFirst() {
		assertRefused(inspection("2026-11-03", List.of(sample("wastewater", "COD", 410, "mg/L")),
				List.of(violation("wastewater_exceedance"), violation("arson"))), "violations[1].category:unknown-value");
	}

	@Test
	void futureInspectionDateIsRefused() {
		assertRefused(inspection(java.time.LocalDate.now().plusMonths(1).toString(), List.of(), List.of()),
				"inspectedOn:future-date");
	}

	@Test
	void remedialDeadlineBeforeTheDecisionIsRefused() {
		Map<String, Object> violation = new HashMap<>(violation("no_treatment_system"));
		violation.put("remedialDeadline", "2026-11-01");
		assertRefused(inspection("2026-11-03", List.of(), List.of(violation)),
				"violations[0].remedialDeadline:deadline-before-decision");
	}

	@Test
	void unknownSiteAndUnknownInspectionAreNamed() {
		Map<String, Object> body = new HashMap<>(inspection("2026-11-03", List.of(), List.of()));
		body.put("siteId", 987654321);
		assertRefused(body, "siteId:not-found.site");
		assertThat(api.get("/api/v1/inspections/987654321").status()).isEqualTo(404);
	}

	@Test
	void filedCommuneCodeMustBeACommuneOfTheProvinceOnTheInspectionDate() {
		assertRefused(filed("2026-11-03", "99999"), "filedCommuneCode:unknown-commune");
		// Phong Khê (09244) went into Võ Cường on 1 July 2025: an old code, not one to file under after that
		assertRefused(filed("2026-11-03", "09244"), "filedCommuneCode:unknown-commune");
		assertRefused(filed("2024-05-02", "99999"), "filedCommuneCode:unknown-commune");
		// Hà Nội's Trúc Bạch: a real old commune, but not one of this province
		assertRefused(filed("2024-05-02", "00004"), "filedCommuneCode:unknown-commune");
		Api.Response refused = api.post("/api/v1/inspections", filed("2026-11-03", "99999"));
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("messageVi").asString()).contains("99999");
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("99999", "2026-11-03");

		assertThat(filedCode(api.post("/api/v1/inspections", filed("2024-05-02", "09244")))).isEqualTo("09244");
		assertThat(filedCode(api.post("/api/v1/inspections", filed("2026-11-03", "09238")))).isEqualTo("09238");
	}

	/** No commune account may record an inspection over HTTP (a role rule), so the service is asked directly. */
	@Test
	void aCommuneUserMayFileOnlyUnderTheirOwnCommunes() {
		long before = rows();
		SignedInAs.communeUser("xa.vocuong", "09190", () -> {
			assertThatThrownBy(() -> inspections.record(newInspection("2026-11-03", "09238")))
				.isInstanceOfSatisfying(ApiProblem.class, problem -> {
					assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN);
					assertThat(problem.errors().get(0).field()).isEqualTo("filedCommuneCode");
					assertThat(problem.errors().get(0).code()).isEqualTo("commune-outside-scope");
				});
			// old Yên Phụ (09220) went into Văn Môn, not Võ Cường
			assertThatThrownBy(() -> inspections.record(newInspection("2024-05-02", "09220")))
				.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN));
			assertThat(rows()).isEqualTo(before);
			assertThat(inspections.record(newInspection("2026-11-03", "09190"))).isPositive();
			assertThat(inspections.record(newInspection("2024-05-02", "09244"))).isPositive();
		});
	}

	private Map<String, Object> filed(String date, String communeCode) {
		Map<String, Object> body = new HashMap<>(inspection(date, List.of(), List.of()));
		body.put("filedCommuneCode", communeCode);
		return body;
	}

	private String filedCode(Api.Response created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return api.get(created.header("Location")).json().get("filedCommuneCode").asString();
	}

	private NewInspection newInspection(String date, String communeCode) {
		return new NewInspection(siteId, LocalDate.parse(date), "scheduled", List.of("commune"), null, null,
				communeCode, null, null, null);
	}

	private void assertRefused(Map<String, Object> body, String fieldAndCode) {
		long before = rows();
		Api.Response response = api.post("/api/v1/inspections", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo(fieldAndCode);
		assertThat(rows()).isEqualTo(before);
	}

	private long rows() {
		return jdbc.sql("SELECT (SELECT count(*) FROM inspection) + (SELECT count(*) FROM sample) "
				+ "+ (SELECT count(*) FROM violation) + (SELECT count(*) FROM audit_event)").query(Long.class).single();
	}

	private Map<String, Object> inspection(String date, List<Map<String, Object>> samples,
			List<Map<String, Object>> violations) {
		return Map.of("siteId", siteId, "inspectedOn", date, "kind", "unannounced", "team",
				List.of("environment", "police", "commune"), "samples", samples, "violations", violations);
	}

	private static Map<String, Object> sample(String medium, String parameter, double value, String unit) {
		return Map.of("medium", medium, "parameter", parameter, "value", value, "unit", unit);
	}

	private static Map<String, Object> violation(String category) {
		return Map.of("category", category, "severity", 2, "legalReference", "NĐ 45/2022/NĐ-CP Điều 18",
				"decisionNumber", "77/QĐ-XPHC", "decidedOn", "2026-11-05", "fineVnd", 25_000_000,
				"remedialMeasures", "Buộc khắc phục tình trạng ô nhiễm", "remedialDeadline", "2027-01-05");
	}
}
