package vn.diemnong.hotspot.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** A commune's to-do list: only for its own staff (and the province's), built from the records it names. */
@IntegrationTest
class CommuneTodoIT {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@LocalServerPort
	int port;

	Api env;
	Api voCuong;

	@BeforeEach
	void clients() {
		env = new Api(port, "moitruong");
		voCuong = new Api(port, "xa.vocuong");
	}

	@Test
	void aCommuneSeesOnlyItsOwnListAndTheProvinceSeesEvery() {
		assertThat(voCuong.get("/api/v1/communes/09190/todo").status()).isEqualTo(200);
		assertThat(voCuong.get("/api/v1/communes/09238/todo").status()).isEqualTo(404);
		assertThat(voCuong.get("/api/v1/communes/09238/todo").problem()).isEqualTo("id:not-found.commune");
		assertThat(new Api(port, "xa.vanmon").get("/api/v1/communes/09190/todo").status()).isEqualTo(404);
		for (String user : List.of("moitruong", "congan", "xem")) {
			assertThat(new Api(port, user).get("/api/v1/communes/09238/todo").status()).as(user).isEqualTo(200);
		}
		assertThat(env.get("/api/v1/communes/99999/todo").status()).isEqualTo(404);
		assertThat(new Api(port).get("/api/v1/communes/09190/todo").status()).isEqualTo(401);
	}

	@Test
	void overdueAndDueSoonDeadlinesSitesToCheckAndReactivationsAreListed() {
		long workshop = Fixtures.site(env, Fixtures.unique("Xưởng hạn khắc phục"), Fixtures.VO_CUONG);
		Api.Response inspection = env.post("/api/v1/inspections", Map.of("siteId", workshop,
				"inspectedOn", TODAY.minusDays(20).toString(), "kind", "unannounced", "team", List.of("environment"),
				"samples", List.of(), "violations", List.of(violation(TODAY.minusDays(5), "open"),
						violation(TODAY.plusDays(10), "remediating"), violation(TODAY.plusDays(200), "open"),
						violation(TODAY.minusDays(3), "remediated"))));
		assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
		long suspended = Fixtures.site(env, Fixtures.unique("Xưởng đình chỉ"), Fixtures.VO_CUONG);
		status(suspended, "suspended", TODAY.minusDays(40));
		long reactivated = Fixtures.site(env, Fixtures.unique("Xưởng hoạt động lại"), Fixtures.VO_CUONG);
		status(reactivated, "suspended", TODAY.minusDays(60));
		status(reactivated, "reactivated", TODAY.minusDays(2));
		long elsewhere = Fixtures.site(env, Fixtures.unique("Xưởng Văn Môn"), Fixtures.VAN_MON);
		status(elsewhere, "suspended", TODAY.minusDays(10));

		JsonNode todo = voCuong.get("/api/v1/communes/09190/todo").json();
		assertThat(todo.get("today").asString()).isEqualTo(TODAY.toString());
		assertThat(todo.get("dueSoonDays").asInt()).isEqualTo(30);
		List<JsonNode> own = todo.get("items").valueStream()
			.filter(item -> List.of(workshop, suspended, reactivated).contains(item.get("siteId").asLong()))
			.toList();
		assertThat(own).extracting(item -> item.get("kind").asString() + " " + item.get("days").asLong())
			.containsExactly("deadline-overdue -5", "deadline-soon 10", "reactivation-suspected -2",
					"check-suspended -40");
		assertThat(own.get(0).get("category").asString()).isEqualTo("wastewater_exceedance");
		assertThat(own.get(0).get("lastInspection").asString()).isEqualTo(TODAY.minusDays(20).toString());
		assertThat(own.get(2).get("reasons").valueStream().map(JsonNode::asString).toList())
			.contains("reactivated-status", "reactivation");
		assertThat(todo.get("items").valueStream().map(item -> item.get("siteId").asLong())).doesNotContain(elsewhere);
		// suspended and committed sites are one group, the longest unchecked first
		List<String> kinds = todo.get("items").valueStream().map(item -> item.get("kind").asString())
			.map(kind -> kind.startsWith("check-") ? "check" : kind).distinct().toList();
		assertThat(kinds).as("overdue first, then due soon, reactivations, sites to check")
			.isSubsetOf("deadline-overdue", "deadline-soon", "reactivation-suspected", "check")
			.isSortedAccordingTo(java.util.Comparator.comparingInt(
					List.of("deadline-overdue", "deadline-soon", "reactivation-suspected", "check")::indexOf));
	}

	@Test
	void neighboursAreTheCommunesTouchingIt() {
		List<String> neighbours = voCuong.get("/api/v1/communes/09190/todo").json().get("neighbours").valueStream()
			.map(n -> n.get("code").asString()).toList();
		assertThat(neighbours).isNotEmpty().doesNotContain("09190", "09238");
		String vanMon = env.get("/api/v1/communes/09238/todo").json().get("neighbours").toString();
		assertThat(vanMon).doesNotContain("09190");
	}

	private void status(long site, String status, LocalDate on) {
		Api.Response response = env.post("/api/v1/sites/" + site + "/status-events",
				Map.of("newStatus", status, "occurredOn", on.toString(), "reason", "Kiểm tra"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static Map<String, Object> violation(LocalDate deadline, String status) {
		Map<String, Object> violation = new HashMap<>(Map.of("category", "wastewater_exceedance", "severity", 2,
				"remedialMeasures", "Buộc khắc phục", "remedialDeadline", deadline.toString(), "status", status));
		return violation;
	}
}
