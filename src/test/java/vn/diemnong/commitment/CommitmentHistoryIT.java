package vn.diemnong.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;

/**
 * A signed commitment is an entry of its site's history (and of the village's, for a member), dated when signed, with
 * its state; only for the roles that read commitments, and without the signer's name.
 */
@IntegrationTest
class CommitmentHistoryIT {

	private static final LocalDate TODAY = CommitmentApiIT.TODAY;

	@LocalServerPort
	int port;

	private List<JsonNode> entries(String user, String path) {
		Api.Response answer = new Api(port, user).get(path);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("entries").valueStream().toList();
	}

	private static List<JsonNode> commitments(List<JsonNode> entries) {
		return entries.stream().filter(entry -> entry.get("type").asString().equals("commitment")).toList();
	}

	@Test
	void aCommitmentIsInItsSitesHistoryInDateOrderWithItsState() {
		Api env = new Api(port, "moitruong");
		long site = Fixtures.site(env, Fixtures.unique("Hộ ký cam kết"), Fixtures.VO_CUONG);
		Map<String, Object> body = CommitmentApiIT.commitment(TODAY.minusDays(40), TODAY.plusYears(1),
				"no_scrap_recycling", "relocate_to_cluster");
		body.put("relocateBy", TODAY.plusMonths(6).toString());
		Api.Response signed = new Multipart().json("commitment", body)
			.file("scan", "cam-ket.png", "image/png", CommitmentApiIT.SCAN)
			.post(port, "/api/v1/sites/" + site + "/commitments", "xa.vocuong");
		assertThat(signed.status()).as(signed.body()).isEqualTo(201);
		long id = signed.json().get("commitments").get(0).get("id").asLong();
		Api.Response seen = env.post("/api/v1/sites/" + site + "/status-events", Map.of("newStatus", "suspended",
				"occurredOn", TODAY.minusDays(20).toString(), "reason", "tạm dừng"));
		assertThat(seen.status()).as(seen.body()).isEqualTo(201);

		String path = "/api/v1/sites/" + site + "/history";
		for (String reader : List.of("xa.vocuong", "moitruong", "congan")) {
			List<JsonNode> entries = entries(reader, path);
			List<JsonNode> promises = commitments(entries);
			assertThat(promises).as(reader).hasSize(1);
			JsonNode entry = promises.get(0);
			assertThat(entry.get("id").asLong()).isEqualTo(id);
			assertThat(entry.get("date").asString()).isEqualTo(TODAY.minusDays(40).toString());
			assertThat(entry.get("siteId").asLong()).isEqualTo(site);
			assertThat(entry.get("signerRole").asString()).isEqualTo("household_head");
			assertThat(entry.get("promises").valueStream().map(JsonNode::asString))
				.containsExactly("no_scrap_recycling", "relocate_to_cluster");
			assertThat(entry.get("relocateBy").asString()).isEqualTo(TODAY.plusMonths(6).toString());
			assertThat(entry.get("validUntil").asString()).isEqualTo(TODAY.plusYears(1).toString());
			assertThat(entry.get("state").asString()).isEqualTo("valid");
			assertThat(entry.get("witnessedBy").asString()).isEqualTo("xa.vocuong");
			assertThat(entry.get("scanSha256").asString()).hasSize(64);
			assertThat(entry.toString()).as("the signer's name stays in the commitments section")
				.doesNotContain("Nguyễn Văn Ký");
			// in date order with the rest: after what came before the signing, before the status change after it
			List<String> order = entries.stream().map(e -> e.get("type").asString() + "@" + e.get("date").asString())
				.toList();
			assertThat(order).containsSubsequence("commitment@" + TODAY.minusDays(40),
					"status@" + TODAY.minusDays(20));
			assertThat(entries.stream().map(e -> e.get("date").asString()).toList()).isSorted();
		}

		// the period filters it as it filters the rest
		assertThat(commitments(entries("xa.vocuong", path + "?from=" + TODAY.minusDays(30)))).isEmpty();
		// a reader who may not read commitments does not see them in the history either
		assertThat(commitments(entries("xem", path))).isEmpty();
	}
}
