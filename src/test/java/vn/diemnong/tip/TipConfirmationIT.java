package vn.diemnong.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * Issue 12: a verified tip is "linked to the site, observation or inspection that confirmed it". Each record linked
 * must exist, be of the tip's site and be one the caller may see.
 */
@IntegrationTest
class TipConfirmationIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long tip(double[] lonLat) {
		String text = Fixtures.unique("Xác minh bằng chứng");
		Map<String, Object> tip = new HashMap<>();
		tip.put("position", Map.of("lon", lonLat[0], "lat", lonLat[1]));
		tip.put("findings", List.of("working"));
		tip.put("seenOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		tip.put("description", text);
		Api.Response filed = new Api(port).post("/api/v1/tips", tip, "X-Forwarded-For",
				"203.0.113." + (1 + Math.abs(text.hashCode()) % 250));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		for (JsonNode one : new Api(port, "moitruong").get("/api/v1/tips?limit=1000").json()) {
			if (text.equals(one.path("description").asString(null))) {
				return one.get("id").asLong();
			}
		}
		throw new AssertionError("no tip " + text);
	}

	private long observation(long site, String user, double[] lonLat) {
		Map<String, Object> o = Map.of("findings", List.of("working"), "position", Fixtures.point(lonLat),
				"accuracyM", 10, "observedAt",
				OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0).toString());
		Api.Response filed = new Multipart().json("observation", JSON.writeValueAsString(o))
			.post(port, "/api/v1/sites/" + site + "/observations", user, "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		return filed.json().get("id").asLong();
	}

	private long inspection(Api env, long site) {
		Api.Response created = env.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn",
				LocalDate.now().minusDays(1).toString(), "kind", "unannounced", "team", List.of("environment")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static Map<String, Object> confirmation(String kind, long id) {
		return Map.of("kind", kind, "id", id);
	}

	@Test
	void aTipIsVerifiedByTheObservationAndTheInspectionThatConfirmedIt() {
		Api env = new Api(port, "moitruong");
		Api commune = env.as("xa.vocuong");
		long site = Fixtures.site(env, Fixtures.unique("Xưởng bị tố giác"), Fixtures.VO_CUONG);
		long other = Fixtures.site(env, Fixtures.unique("Xưởng khác"), Fixtures.VO_CUONG);
		long seen = observation(site, "xa.vocuong", Fixtures.VO_CUONG);
		long seenElsewhere = observation(other, "xa.vocuong", Fixtures.VO_CUONG);
		long inspected = inspection(env, site);
		long id = tip(Fixtures.VO_CUONG);

		// on main an observation was taken by its id alone: one that does not exist was linked
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "siteId", site, "confirmedBy",
				confirmation("observation", 987654321L)), "If-Match", "\"0\"").problem())
			.isEqualTo("confirmedBy.id:tip.confirmation-unknown");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "siteId", site, "confirmations",
				List.of(confirmation("observation", seen), confirmation("observation", seenElsewhere))), "If-Match", "\"0\"")
			.problem()).isEqualTo("confirmations[1].id:tip.confirmation-not-of-site");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "siteId", site, "confirmations",
				List.of(confirmation("inspection", 987654321L))), "If-Match", "\"0\"").problem())
			.isEqualTo("confirmations[0].id:tip.confirmation-unknown");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "siteId", site, "confirmations",
				List.of(confirmation("photo", seen))), "If-Match", "\"0\"").problem())
			.isEqualTo("confirmations[0].kind:unknown-value");
		assertThat(jdbc.sql("SELECT count(*) FROM tip_confirmation WHERE tip_id = ?").param(id).query(Long.class)
			.single()).isZero();

		Api.Response verified = commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "siteId", site,
				"confirmations", List.of(confirmation("observation", seen), confirmation("inspection", inspected))),
				"If-Match", "\"0\"");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(confirmed(verified.json().get("tip"))).containsExactly("observation:" + seen, "inspection:" + inspected);

		// linked once: naming the observation again adds nothing; the queue shows both
		Api.Response again = env.patch("/api/v1/tips/" + id, Map.of("confirmedBy", confirmation("observation", seen)),
				"If-Match", "\"1\"");
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		JsonNode listed = env.get("/api/v1/tips?limit=1000").json().valueStream()
			.filter(t -> t.get("id").asLong() == id).findFirst().orElseThrow();
		assertThat(confirmed(listed)).containsExactly("observation:" + seen, "inspection:" + inspected);
		assertThat(jdbc.sql("SELECT after::text FROM audit_event WHERE action = 'tip.update' AND record_id = ? "
				+ "ORDER BY id LIMIT 1").param(String.valueOf(id)).query(String.class).single())
			.contains("observation:" + seen, "inspection:" + inspected);
	}

	@Test
	void aRecordTheCallerMayNotSeeIsRefusedAsUnknown() {
		Api env = new Api(port, "moitruong");
		long vanMonSite = Fixtures.site(env, Fixtures.unique("Xưởng Văn Môn"), Fixtures.VAN_MON);
		long seen = observation(vanMonSite, "xa.vanmon", Fixtures.VAN_MON);
		// a tip routed to Võ Cường that the department linked to a site in Văn Môn
		long id = tip(Fixtures.VO_CUONG);
		assertThat(env.patch("/api/v1/tips/" + id, Map.of("status", "verifying", "siteId", vanMonSite), "If-Match",
				"\"0\"").status()).isEqualTo(200);

		Api.Response refused = env.as("xa.vocuong").patch("/api/v1/tips/" + id, Map.of("status", "verified",
				"confirmations", List.of(confirmation("observation", seen))), "If-Match", "\"1\"");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problem()).isEqualTo("confirmations[0].id:tip.confirmation-unknown");
		assertThat(refused.json().get("errors").get(0).get("messageVi").asString()).contains(String.valueOf(seen));

		Api.Response province = env.patch("/api/v1/tips/" + id, Map.of("status", "verified", "confirmations",
				List.of(confirmation("observation", seen))), "If-Match", "\"1\"");
		assertThat(province.status()).as(province.body()).isEqualTo(200);
		assertThat(confirmed(province.json().get("tip"))).containsExactly("observation:" + seen);
	}

	private static List<String> confirmed(JsonNode tip) {
		return tip.get("confirmations").valueStream()
			.map(c -> c.get("kind").asString() + ":" + c.get("id").asLong()).toList();
	}
}
