package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * Every endpoint as every role and as the public, with the status each must get: allowed (200/201), 401 without
 * sign-in, 403 for a role that may not, 404 for a record outside a commune user's communes. The commune user is
 * {@code xa.vocuong} (Võ Cường, 09190); "own" records lie in Võ Cường, "other" ones in Văn Môn (09238).
 * The matrix is written to {@code target/access-matrix.md}.
 */
@IntegrationTest
class AccessMatrixIT {

	/** The columns: the public, then the demo accounts of each role. */
	static final List<String> CALLERS = List.of("anonymous", "moitruong", "congan", "xa.vocuong", "xem", "quantri");

	@LocalServerPort
	int port;

	record Call(String label, Function<Api, Api.Response> request, int... expected) {
	}

	/** /api/v1/me lists what each caller may do, and the service answers as it says (the page trusts that list). */
	@Test
	void meSaysWhatEachRoleMayDo() {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put("anonymous", List.of());
		expected.put("moitruong", List.of("data", "hotspots", "editSites", "recordStatus", "planPatrols", "recordPatrols",
				"recordInspections", "audit", "tips"));
		expected.put("congan", List.of("data", "hotspots", "recordStatus", "planPatrols", "recordPatrols", "tips"));
		expected.put("xa.vocuong", List.of("data", "editSites", "recordStatus", "planPatrols", "recordPatrols", "tips"));
		expected.put("xem", List.of("data", "hotspots"));
		expected.put("quantri", List.of("audit", "users"));
		Map<String, String> probes = Map.of("data", "/api/v1/sites?limit=1", "hotspots", "/api/v1/hotspots/gi",
				"audit", "/api/v1/audit/verify", "users", "/api/v1/users", "tips", "/api/v1/tips?limit=1");
		expected.forEach((caller, can) -> {
			Api api = caller.equals("anonymous") ? new Api(port) : new Api(port, caller);
			List<String> said = new ArrayList<>();
			api.get("/api/v1/me").json().get("can").forEach(code -> said.add(code.asString()));
			assertThat(said).as(caller).isEqualTo(can);
			probes.forEach((code, path) -> assertThat(api.get(path).status() == 200).as(caller + " " + path)
				.isEqualTo(can.contains(code)));
		});
	}

	@Test
	void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws IOException {
		Api env = new Api(port, "moitruong");
		long own = Fixtures.site(env, Fixtures.unique("Ma trận Võ Cường"), Fixtures.VO_CUONG);
		long other = Fixtures.site(env, Fixtures.unique("Ma trận Văn Môn"), Fixtures.VAN_MON);
		long ownInspection = inspection(env, own);
		long otherInspection = inspection(env, other);
		String cell = env.get("/api/v1/hotspots/gi").json().get("features").get(0).get("id").asString();
		long user = env.as("quantri").post("/api/v1/users", newUser()).json().get("id").asLong();

		List<Call> calls = List.of(
				get("/", 200, 200, 200, 200, 200, 200),
				get("/actuator/health", 200, 200, 200, 200, 200, 200),
				get("/api/v1/config", 200, 200, 200, 200, 200, 200),
				get("/api/v1/me", 200, 200, 200, 200, 200, 200),
				get("/api/v1/public/sites?limit=5", 200, 200, 200, 200, 200, 200),
				get("/api/v1/public/sites/{other}", "/api/v1/public/sites/" + other, 200, 200, 200, 200, 200, 200),
				get("/api/v1/public/communes", 200, 200, 200, 200, 200, 200),
				get("/api/v1/sites?limit=5", 401, 200, 200, 200, 200, 403),
				get("/api/v1/sites/{own}", "/api/v1/sites/" + own, 401, 200, 200, 200, 200, 403),
				get("/api/v1/sites/{other}", "/api/v1/sites/" + other, 401, 200, 200, 404, 200, 403),
				get("/api/v1/sites/{own}/history", "/api/v1/sites/" + own + "/history", 401, 200, 200, 200, 200, 403),
				get("/api/v1/sites/{other}/history", "/api/v1/sites/" + other + "/history", 401, 200, 200, 404, 200, 403),
				get("/api/v1/sites/{own}/risk", "/api/v1/sites/" + own + "/risk", 401, 200, 200, 200, 200, 403),
				get("/api/v1/sites/{other}/risk", "/api/v1/sites/" + other + "/risk", 401, 200, 200, 404, 200, 403),
				get("/api/v1/inspections/{own}", "/api/v1/inspections/" + ownInspection, 401, 200, 200, 200, 200, 403),
				get("/api/v1/inspections/{other}", "/api/v1/inspections/" + otherInspection, 401, 200, 200, 404, 200, 403),
				get("/api/v1/communes", 401, 200, 200, 200, 200, 403),
				get("/api/v1/communes/09190/history", 401, 200, 200, 200, 200, 403),
				get("/api/v1/communes/09238/history", 401, 200, 200, 404, 200, 403),
				get("/api/v1/communes/09190/hotspots", 401, 200, 200, 200, 200, 403),
				get("/api/v1/communes/09238/hotspots", 401, 200, 200, 404, 200, 403),
				get("/api/v1/hotspots/gi", 401, 200, 200, 403, 200, 403),
				get("/api/v1/hotspots/emerging", 401, 200, 200, 403, 200, 403),
				get("/api/v1/hotspots/cells/{cell}", "/api/v1/hotspots/cells/" + cell, 401, 200, 200, 403, 200, 403),
				get("/api/v1/audit?record=site:{own}", "/api/v1/audit?record=site:" + own, 401, 200, 403, 403, 403, 200),
				get("/api/v1/audit/verify", 401, 200, 403, 403, 403, 200),
				get("/api/v1/users", 401, 403, 403, 403, 403, 200),
				get("/api/v1/police/watchlist?limit=5", 401, 200, 200, 200, 200, 403),
				new Call("POST /api/v1/patrol-plans (Võ Cường)", api -> api.post("/api/v1/patrol-plans", Map.of(
						"date", "2026-12-01", "communes", List.of("09190"), "start", Fixtures.point(Fixtures.VO_CUONG),
						"hours", 1)), 401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/sites (Võ Cường)", api -> api.post("/api/v1/sites",
						Fixtures.newSite(Fixtures.unique("Mới"), Fixtures.VO_CUONG)), 401, 201, 403, 201, 403, 403),
				new Call("POST /api/v1/sites (Văn Môn)", api -> api.post("/api/v1/sites",
						Fixtures.newSite(Fixtures.unique("Mới"), Fixtures.VAN_MON)), 401, 201, 403, 403, 403, 403),
				new Call("PATCH /api/v1/sites/{own}", api -> patch(api, env, own), 401, 200, 403, 200, 403, 403),
				new Call("PATCH /api/v1/sites/{other}", api -> patch(api, env, other), 401, 200, 403, 404, 403, 403),
				new Call("POST /api/v1/sites/{own}/location-corrections", api -> locate(api, env, own,
						new double[] { 106.065, 21.171 }), 401, 201, 403, 201, 403, 403),
				new Call("POST /api/v1/sites/{other}/location-corrections", api -> locate(api, env, other,
						Fixtures.VAN_MON), 401, 201, 403, 404, 403, 403),
				new Call("POST /api/v1/sites/{own}/status-events", api -> status(api, env, own),
						401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/sites/{other}/status-events", api -> status(api, env, other),
						401, 201, 201, 404, 403, 403),
				new Call("POST /api/v1/inspections", api -> api.post("/api/v1/inspections", inspectionOf(own)),
						401, 201, 403, 403, 403, 403),
				new Call("POST /api/v1/users", api -> api.post("/api/v1/users", newUser()), 401, 403, 403, 403, 403, 201),
				new Call("PATCH /api/v1/users/{id}", api -> api.patch("/api/v1/users/" + user,
						Map.of("displayName", Fixtures.unique("Tên"))), 401, 403, 403, 403, 403, 200));

		Map<String, List<String>> table = new LinkedHashMap<>();
		List<String> mismatches = new ArrayList<>();
		for (Call call : calls) {
			List<String> row = new ArrayList<>();
			for (int i = 0; i < CALLERS.size(); i++) {
				String caller = CALLERS.get(i);
				Api api = caller.equals("anonymous") ? new Api(port) : new Api(port, caller);
				Api.Response response = call.request().apply(api);
				row.add(Integer.toString(response.status()));
				if (response.status() != call.expected()[i]) {
					mismatches.add(call.label() + " as " + caller + ": " + response.status() + ", expected "
							+ call.expected()[i] + " " + response.body().substring(0, Math.min(200, response.body().length())));
				}
				if (response.status() >= 400 && !call.label().equals("GET /")) {
					assertThat(response.header("Content-Type")).as(call.label() + " as " + caller)
						.startsWith("application/problem+json");
				}
			}
			table.put(call.label(), row);
		}
		write(table);
		assertThat(mismatches).isEmpty();
	}

	private static Call get(String path, int... expected) {
		return get(path, path, expected);
	}

	private static Call get(String label, String path, int... expected) {
		return new Call("GET " + label, api -> api.get(path), expected);
	}

	private static Map<String, Object> newUser() {
		return Map.of("username", "u" + Fixtures.unique("").trim(), "displayName", "Người thử", "password",
				"mat-khau-dai-2026", "role", "VIEWER");
	}

	private static long inspection(Api env, long site) {
		return env.post("/api/v1/inspections", inspectionOf(site)).json().get("id").asLong();
	}

	private static Map<String, Object> inspectionOf(long site) {
		return Map.of("siteId", site, "inspectedOn", "2026-11-02", "kind", "scheduled", "team", List.of("environment"));
	}

	/** A change with the version the environment department reads just before. */
	private static Api.Response patch(Api api, Api env, long site) {
		String version = env.get("/api/v1/sites/" + site).header("ETag");
		return api.patch("/api/v1/sites/" + site, Map.of("note", Fixtures.unique("Ghi chú")), "If-Match", version);
	}

	/** A location correction with the version the environment department reads just before. */
	private static Api.Response locate(Api api, Api env, long site, double[] lonLat) {
		String version = env.get("/api/v1/sites/" + site).header("ETag");
		return api.post("/api/v1/sites/" + site + "/location-corrections", Map.of("geometry", Fixtures.point(lonLat),
				"precision", "surveyed", "source", "Đo GPS tại hiện trường"), "If-Match", version);
	}

	/** A status other than the current one, so that only the caller's rights decide. */
	private static Api.Response status(Api api, Api env, long site) {
		String current = env.get("/api/v1/sites/" + site).json().get("properties").get("status").asString();
		String next = current.equals("suspended") ? "operating" : "suspended";
		return api.post("/api/v1/sites/" + site + "/status-events",
				Map.of("newStatus", next, "occurredOn", "2026-11-03", "reason", "Quan sát tại hiện trường"));
	}

	private static void write(Map<String, List<String>> table) throws IOException {
		StringBuilder markdown = new StringBuilder("| endpoint | " + String.join(" | ", CALLERS) + " |\n|---|");
		markdown.append("---|".repeat(CALLERS.size())).append('\n');
		table.forEach((label, row) -> markdown.append("| ").append(label).append(" | ")
			.append(String.join(" | ", row)).append(" |\n"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "access-matrix.md"), markdown);
	}
}
