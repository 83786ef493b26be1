package vn.diemnong.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;
import vn.diemnong.SignedInAs;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.inspection.NewInspection.Citation;
import vn.diemnong.photo.TestPhotos;

/**
 * Issue 12: "a later inspection or sanction decision can cite the observation and the photo by hash", and issue 11's
 * issuing authority of a decision. Real observations with real photos, over HTTP.
 */
@IntegrationTest
class InspectionEvidenceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inspections inspections;

	@Autowired
	InspectionPhotoCitations photoCitations;

	Api env;

	@BeforeEach
	void api() {
		env = new Api(port, "moitruong");
	}

	/** An observation filed by a commune user, with photos; its id and the photos' hashes. */
	private record Observed(long id, List<String> photos) {
	}

	private Observed observe(long site, String user, double[] lonLat, byte[]... photos) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("findings", List.of("working", "scrap_stockpiled"));
		o.put("position", Fixtures.point(lonLat));
		o.put("accuracyM", 8);
		o.put("observedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).withNano(0).toString());
		Multipart request = new Multipart().json("observation", JSON.writeValueAsString(o));
		for (byte[] photo : photos) {
			request.file("photos", "IMG.jpg", "image/jpeg", photo);
		}
		Api.Response filed = request.post(port, "/api/v1/sites/" + site + "/observations", user, "Idempotency-Key",
				UUID.randomUUID().toString());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		JsonNode body = filed.json();
		return new Observed(body.get("id").asLong(),
				body.get("photos").valueStream().map(p -> p.get("sha256").asString()).toList());
	}

	private static Map<String, Object> cite(long observation, String sha) {
		Map<String, Object> citation = new HashMap<>();
		citation.put("observationId", observation);
		if (sha != null) {
			citation.put("photoSha256", sha);
		}
		return citation;
	}

	private static Map<String, Object> inspection(long site, List<Map<String, Object>> evidence,
			List<Map<String, Object>> violations) {
		return Map.of("siteId", site, "inspectedOn", LocalDate.now().minusDays(1).toString(), "kind", "follow_up",
				"team", List.of("environment", "commune"), "evidence", evidence, "violations", violations);
	}

	private static Map<String, Object> decision(Map<String, Object> more) {
		Map<String, Object> violation = new HashMap<>(Map.of("category", "illegal_scrap_recycling", "severity", 2,
				"decisionNumber", "12/QĐ-XPHC", "decidedOn", LocalDate.now().toString(), "fineVnd", 15_000_000));
		violation.putAll(more);
		return violation;
	}

	@Test
	void anInspectionAndItsDecisionCiteAnObservationAndItsPhotosByHash() {
		long site = Fixtures.site(env, Fixtures.unique("Xưởng dẫn chứng"), Fixtures.VO_CUONG);
		Observed seen = observe(site, "xa.vocuong", Fixtures.VO_CUONG, TestPhotos.jpeg(41, 31), TestPhotos.jpeg(42, 31));
		String first = seen.photos().get(0);
		String second = seen.photos().get(1);
		assertThat(photoCitations.visible(second)).as("not cited yet").isFalse();

		Api.Response created = env.post("/api/v1/inspections", inspection(site,
				List.of(cite(seen.id(), null), cite(seen.id(), first)),
				List.of(decision(Map.of("issuingAuthority", "commune_chair", "issuingAuthorityName",
						"Chủ tịch UBND phường Võ Cường", "evidence", List.of(cite(seen.id(), second)))))));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = env.get(created.header("Location")).json();
		assertThat(body.get("evidence").valueStream().map(e -> e.get("observationId").asLong()))
			.containsExactly(seen.id(), seen.id());
		assertThat(body.get("evidence").get(0).get("photoSha256").isNull()).isTrue();
		assertThat(body.get("evidence").get(1).get("photoSha256").asString()).isEqualTo(first);
		assertThat(body.get("evidence").get(1).get("findings").valueStream().map(JsonNode::asString))
			.containsExactly("working", "scrap_stockpiled");
		JsonNode violation = body.get("violations").get(0);
		assertThat(violation.get("issuingAuthority").asString()).isEqualTo("commune_chair");
		assertThat(violation.get("issuingAuthorityName").asString()).isEqualTo("Chủ tịch UBND phường Võ Cường");
		assertThat(violation.get("evidence").get(0).get("photoSha256").asString()).isEqualTo(second);

		// the site's history shows the same, the audit trail holds it, and the service may not delete the rows
		JsonNode history = env.get("/api/v1/sites/" + site + "/history").json();
		JsonNode entries = history.get("entries");
		assertThat(entries.valueStream().filter(e -> e.get("type").asString().equals("violation"))
			.map(e -> e.get("evidence").get(0).get("photoSha256").asString())).containsExactly(second);
		assertThat(jdbc.sql("SELECT after::text FROM audit_event WHERE action = 'inspection.create' AND record_id = ?")
			.param(String.valueOf(body.get("id").asLong())).query(String.class).single()).contains(first, second);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM inspection_evidence WHERE inspection_id = ?")
			.param(body.get("id").asLong()).update()).rootCause().hasMessageContaining("permission denied");

		// the photo endpoint counts the inspection as a record citing the photo
		assertThat(photoCitations.visible(second)).isTrue();
		SignedInAs.communeUser("xa.vanmon", "09238", () -> assertThat(photoCitations.visible(second)).isFalse());
	}

	@Test
	void anObservationOfAnotherSiteAnUnknownOneAndAPhotoOfAnotherObservationAreRefusedPerField() {
		long site = Fixtures.site(env, Fixtures.unique("Xưởng được kiểm tra"), Fixtures.VO_CUONG);
		long other = Fixtures.site(env, Fixtures.unique("Xưởng bên cạnh"), Fixtures.VO_CUONG);
		Observed here = observe(site, "xa.vocuong", Fixtures.VO_CUONG, TestPhotos.jpeg(43, 31));
		Observed there = observe(other, "xa.vocuong", Fixtures.VO_CUONG, TestPhotos.jpeg(44, 31));

		assertRefused(inspection(site, List.of(cite(there.id(), null)), List.of()),
				"evidence[0].observationId:inspection.evidence.other-site");
		assertRefused(inspection(site, List.of(cite(987654321L, null)), List.of()),
				"evidence[0].observationId:inspection.evidence.unknown-observation");
		assertRefused(inspection(site, List.of(), List.of(decision(Map.of("evidence",
				List.of(cite(here.id(), there.photos().get(0))))))),
				"violations[0].evidence[0].photoSha256:inspection.evidence.photo-not-of-observation");
		assertRefused(inspection(site, List.of(cite(here.id(), null), cite(here.id(), null)), List.of()),
				"evidence[1]:inspection.evidence.repeated");
		assertRefused(inspection(site, List.of(cite(here.id(), "not-a-hash")), List.of()),
				"evidence[0].photoSha256:constraint.Pattern");

		// every failing citation is named, each in both languages
		Api.Response refused = env.post("/api/v1/inspections", inspection(site,
				List.of(cite(there.id(), null), cite(here.id(), there.photos().get(0))), List.of()));
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode errors = refused.json().get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString()))
			.containsExactly("evidence[0].observationId", "evidence[1].photoSha256");
		assertThat(errors.get(0).get("messageVi").asString()).contains(String.valueOf(there.id()), "không phải");
		assertThat(errors.get(1).get("messageEn").asString()).contains(there.photos().get(0), "is not one of");
	}

	@Test
	void aVillagesInspectionMayCiteItsMembersObservationsWithinTheCallersCommunes() {
		long village = created(Map.of("name", Fixtures.unique("Làng nghề dẫn chứng"), "kind", "craft_village", "trade",
				"paper_recycling", "geometry", Fixtures.point(Fixtures.VO_CUONG)));
		long member = created(Map.of("name", Fixtures.unique("Hộ thành viên"), "kind", "household_workshop", "trade",
				"paper_recycling", "geometry", Fixtures.point(Fixtures.VAN_MON), "parentId", village));
		Observed seen = observe(member, "xa.vanmon", Fixtures.VAN_MON, TestPhotos.jpeg(45, 31));

		Api.Response cited = env.post("/api/v1/inspections",
				inspection(village, List.of(cite(seen.id(), seen.photos().get(0))), List.of()));
		assertThat(cited.status()).as(cited.body()).isEqualTo(201);
		assertThat(cited.json().get("evidence").get(0).get("siteId").asLong()).isEqualTo(member);

		// a user of the village's commune, not the member's, is not shown the member's observation (nor told of it)
		long before = rows();
		SignedInAs.communeUser("xa.vocuong", "09190", () -> assertThatThrownBy(() -> inspections.record(new NewInspection(village,
				LocalDate.now().minusDays(1), "scheduled", List.of("commune"), null, null, null, null, null,
				List.of(new Citation(seen.id(), null)))))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors().get(0).code())
				.isEqualTo("inspection.evidence.unknown-observation")));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theDecisionSaysWhoSignedIt() {
		long site = Fixtures.site(env, Fixtures.unique("Xưởng quyết định"), Fixtures.VO_CUONG);
		assertRefused(inspection(site, List.of(), List.of(decision(Map.of("issuingAuthority", "district_chair")))),
				"violations[0].issuingAuthority:violation.authority-abolished");
		assertRefused(inspection(site, List.of(), List.of(decision(Map.of("issuingAuthority", "other")))),
				"violations[0].issuingAuthorityName:violation.authority-other-needs-name");
		assertRefused(inspection(site, List.of(), List.of(decision(Map.of("issuingAuthority", "mayor")))),
				"violations[0].issuingAuthority:unknown-value");
		Map<String, Object> undated = decision(Map.of("issuingAuthority", "inspectorate_chief"));
		undated.remove("decisionNumber");
		undated.remove("decidedOn");
		assertRefused(inspection(site, List.of(), List.of(undated)),
				"violations[0].decidedOn:violation.authority-needs-decision");

		Map<String, Object> before = new HashMap<>(inspection(site, List.of(), List.of(decision(Map.of(
				"issuingAuthority", "district_chair", "issuingAuthorityName", "Chủ tịch UBND huyện Yên Phong",
				"decidedOn", "2024-05-10")))));
		before.put("inspectedOn", "2024-05-02");
		Api.Response old = env.post("/api/v1/inspections", before);
		assertThat(old.status()).as(old.body()).isEqualTo(201);
		assertThat(old.json().get("violations").get(0).get("issuingAuthority").asString()).isEqualTo("district_chair");
		assertThat(env.get("/api/v1/config").json().get("issuingAuthorities").valueStream().map(JsonNode::asString))
			.contains("commune_chair", "province_chair", "environmental_police_chief", "other");
	}

	private long created(Map<String, Object> body) {
		Api.Response response = env.post("/api/v1/sites", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private void assertRefused(Map<String, Object> body, String fieldAndCode) {
		long before = rows();
		Api.Response response = env.post("/api/v1/inspections", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo(fieldAndCode);
		assertThat(response.json().get("errors").get(0).get("messageVi").asString()).isNotBlank();
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).isNotBlank();
		assertThat(rows()).isEqualTo(before);
	}

	private long rows() {
		return jdbc.sql("SELECT (SELECT count(*) FROM inspection) + (SELECT count(*) FROM violation) "
				+ "+ (SELECT count(*) FROM inspection_evidence) + (SELECT count(*) FROM audit_event)")
			.query(Long.class).single();
	}
}
