package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** A commune's user sees their commune in every list, layer and history, and nothing of any other. */
@IntegrationTest
class CommuneScopeIT {

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
	void siteListsHoldOnlyTheCommunesOwnSitesWhateverTheFilterAsks() {
		List<String> communes = communesOf(voCuong.get("/api/v1/sites?limit=10000").json());
		assertThat(communes).isNotEmpty().containsOnly("09190");
		long ownCount = env.get("/api/v1/sites?limit=10000&commune=09190").json().get("numberMatched").asLong();
		assertThat(voCuong.get("/api/v1/sites?limit=10000").json().get("numberMatched").asLong()).isEqualTo(ownCount);
		assertThat(communesOf(voCuong.get("/api/v1/sites?limit=10000&sort=risk").json())).containsOnly("09190");

		assertThat(voCuong.get("/api/v1/sites?commune=09238").json().get("numberMatched").asLong()).isZero();
		String vanMonBox = "105.90,21.16,105.96,21.21";
		assertThat(env.get("/api/v1/sites?bbox=" + vanMonBox).json().get("numberMatched").asLong()).isPositive();
		assertThat(communesOf(voCuong.get("/api/v1/sites?bbox=" + vanMonBox).json())).isSubsetOf("09190");

		String name = Fixtures.unique("Xưởng ngoài phạm vi");
		long other = Fixtures.site(env, name, Fixtures.VAN_MON);
		assertThat(voCuong.get("/api/v1/sites?q=" + name.split(" ")[4]).json().get("numberMatched").asLong()).isZero();
		assertThat(voCuong.get("/api/v1/sites/" + other).status()).isEqualTo(404);
		assertThat(voCuong.get("/api/v1/sites/" + other).problem()).isEqualTo("id:not-found.site");
	}

	@Test
	void theCommunesLayerAndHistoriesHoldOnlyTheirCommune() {
		JsonNode layer = voCuong.get("/api/v1/communes").json();
		assertThat(layer.get("features").valueStream().map(f -> f.get("id").asString()).toList())
			.containsExactly("09190");
		assertThat(voCuong.get("/api/v1/communes/09190/history").status()).isEqualTo(200);
		assertThat(voCuong.get("/api/v1/communes/09238/history").status()).isEqualTo(404);
		assertThat(voCuong.get("/api/v1/communes/09238/hotspots").status()).isEqualTo(404);
		assertThat(voCuong.get("/api/v1/hotspots/gi").status()).isEqualTo(403);
	}

	@Test
	void aCommuneMayRegisterAndChangeOnlyInsideItselfAndMayNotClassify() {
		Api.Response outside = voCuong.post("/api/v1/sites", Fixtures.newSite(Fixtures.unique("Ngoài"), Fixtures.VAN_MON));
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.problem()).isEqualTo("geometry:outside-scope");

		long own = Fixtures.site(voCuong, Fixtures.unique("Trong phạm vi"), Fixtures.VO_CUONG);
		Api.Response classify = voCuong.patch("/api/v1/sites/" + own, java.util.Map.of("pollutionClass", "polluting"),
				"If-Match", "\"0\"");
		assertThat(classify.status()).isEqualTo(403);
		assertThat(classify.problem()).isEqualTo("pollutionClass:field-not-allowed");
		Api.Response move = voCuong.patch("/api/v1/sites/" + own,
				java.util.Map.of("geometry", Fixtures.point(Fixtures.VAN_MON)), "If-Match", "\"0\"");
		assertThat(move.status()).isEqualTo(403);
		assertThat(env.get("/api/v1/sites/" + own).json().get("properties").get("communeCode").asString())
			.isEqualTo("09190");
		assertThat(env.get("/api/v1/sites/" + own).header("ETag")).isEqualTo("\"0\"");
	}

	@Test
	void anotherCommunesUserSeesTheOtherSide() {
		Api vanMon = new Api(port, "xa.vanmon");
		assertThat(communesOf(vanMon.get("/api/v1/sites?limit=10000").json())).isNotEmpty().containsOnly("09238");
		long own = Fixtures.site(env, Fixtures.unique("Võ Cường"), Fixtures.VO_CUONG);
		assertThat(vanMon.get("/api/v1/sites/" + own + "/history").status()).isEqualTo(404);
		assertThat(vanMon.get("/api/v1/sites/" + own + "/risk").status()).isEqualTo(404);
	}

	private static List<String> communesOf(JsonNode collection) {
		return collection.get("features").valueStream().map(f -> f.get("properties").get("communeCode").asString())
			.distinct().toList();
	}
}
