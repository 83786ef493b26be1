package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;
import vn.diemnong.photo.Photos;
import vn.diemnong.photo.TestPhotos;

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
		Field field = field(env, own, other);

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
		calls = new ArrayList<>(calls);
		calls.addAll(fieldCalls(env, own, other, field));


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

	/**
	 * VIEWER reads no observation (a note, a position, photos that may show people) in a site's history either, as it
	 * reads no commitment there; those who collect them do.
	 */
	@Test
	void theViewerReadsNoObservationInASitesHistory() {
		Api env = new Api(port, "moitruong");
		long site = Fixtures.site(env, Fixtures.unique("Ma trận lịch sử"), Fixtures.VO_CUONG);
		Api.Response filed = observation(env, site, Fixtures.VO_CUONG, TestPhotos.jpegWithGps(64, 48, 21.17, 106.06, 1));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String path = "/api/v1/sites/" + site + "/history?from=2026-11-01&to=2026-11-30";
		Map<String, Integer> observations = new LinkedHashMap<>();
		for (String caller : List.of("moitruong", "congan", "xa.vocuong", "xem")) {
			List<String> types = new ArrayList<>();
			env.as(caller).get(path).json().get("entries").forEach(entry -> types.add(entry.get("type").asString()));
			observations.put(caller, (int) types.stream().filter("observation"::equals).count());
		}
		assertThat(observations).containsExactly(Map.entry("moitruong", 1), Map.entry("congan", 1),
				Map.entry("xa.vocuong", 1), Map.entry("xem", 0));
	}

	/** What the field rows read: observations with a photo, commitments with a scan, tips, a patrol plan each. */
	record Field(long ownObservation, long otherObservation, String ownPhoto, String otherPhoto, String scan,
			long ownTip, long otherTip, long bypassTip, String tipReference, long ownPlan, long otherPlan, long ownPatrol,
			long otherPatrol) {
	}

	private Field field(Api env, long own, long other) {
		byte[] ownPhoto = TestPhotos.jpegWithGps(64, 48, 21.17, 106.06, 1);
		byte[] otherPhoto = TestPhotos.jpegWithGps(64, 48, 21.12, 106.10, 1);
		long ownObservation = observation(env, own, Fixtures.VO_CUONG, ownPhoto).json().get("id").asLong();
		long otherObservation = observation(env, other, Fixtures.VAN_MON, otherPhoto).json().get("id").asLong();
		byte[] scan = TestPhotos.png(31, 47);
		Api.Response signed = commitment(env, own, scan);
		assertThat(signed.status()).as(signed.body()).isEqualTo(201);
		String ownTipText = Fixtures.unique("Tin ma trận Võ Cường");
		String otherTipText = Fixtures.unique("Tin ma trận Văn Môn");
		String reference = tip(Fixtures.VO_CUONG, ownTipText).json().get("reference").asString();
		tip(Fixtures.VAN_MON, otherTipText);
		// in Võ Cường, but its reporter says the commune's officials are involved: not the commune's to see
		String bypassTipText = Fixtures.unique("Tin ma trận cán bộ xã liên quan");
		Api.Response bypass = new Api(port).post("/api/v1/tips", Map.of("position", Map.of("lon", Fixtures.VO_CUONG[0],
				"lat", Fixtures.VO_CUONG[1]), "findings", List.of("working"), "seenOn", "2026-11-20", "description",
				bypassTipText, "officialsInvolved", true), "X-Forwarded-For", address());
		assertThat(bypass.status()).as(bypass.body()).isEqualTo(201);
		long ownPlan = plan(env, "09190");
		long otherPlan = plan(env, "09238");
		return new Field(ownObservation, otherObservation, Photos.sha256Of(ownPhoto), Photos.sha256Of(otherPhoto),
				Photos.sha256Of(scan), tipId(env, ownTipText), tipId(env, otherTipText), tipId(env, bypassTipText),
				reference, ownPlan, otherPlan,
				patrol(env, ownPlan), patrol(env, otherPlan));
	}

	/** The rows of the field features: observations, photos, commitments, tips, patrols. */
	private List<Call> fieldCalls(Api env, long own, long other, Field f) {
		String tipStatus = "/api/v1/tips/status/" + f.tipReference();
		return List.of(
				new Call("POST /api/v1/sites/{own}/observations", api -> observation(api, own, Fixtures.VO_CUONG),
						401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/sites/{other}/observations", api -> observation(api, other, Fixtures.VAN_MON),
						401, 201, 201, 404, 403, 403),
				new Call("POST /api/v1/observations (a site not on the list, Võ Cường)",
						api -> unlisted(api, Fixtures.VO_CUONG), 401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/observations (a site not on the list, Văn Môn)",
						api -> unlisted(api, Fixtures.VAN_MON), 401, 201, 201, 403, 403, 403),
				get("/api/v1/observations/{own}", "/api/v1/observations/" + f.ownObservation(), 401, 200, 200, 200, 403, 403),
				get("/api/v1/observations/{other}", "/api/v1/observations/" + f.otherObservation(),
						401, 200, 200, 404, 403, 403),
				get("/api/v1/photos/{own observation's}", "/api/v1/photos/" + f.ownPhoto(), 401, 200, 200, 200, 403, 403),
				get("/api/v1/photos/{other observation's}?size=thumb", "/api/v1/photos/" + f.otherPhoto() + "?size=thumb",
						401, 200, 200, 404, 403, 403),
				get("/api/v1/photos/{own commitment's scan}", "/api/v1/photos/" + f.scan(), 401, 200, 200, 200, 403, 403),
				get("/api/v1/sites/{own}/commitments", "/api/v1/sites/" + own + "/commitments", 401, 200, 200, 200, 403, 403),
				get("/api/v1/sites/{other}/commitments", "/api/v1/sites/" + other + "/commitments",
						401, 200, 200, 404, 403, 403),
				new Call("POST /api/v1/sites/{own}/commitments", api -> commitment(api, own, TestPhotos.png(33, 45)),
						401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/sites/{other}/commitments", api -> commitment(api, other, TestPhotos.png(33, 45)),
						401, 201, 201, 404, 403, 403),
				get("/api/v1/commitment-coverage", 401, 200, 200, 200, 200, 403),
				get("/api/v1/communes/09190/commitment-coverage", 401, 200, 200, 200, 200, 403),
				get("/api/v1/communes/09238/commitment-coverage", 401, 200, 200, 404, 200, 403),
				new Call("POST /api/v1/tips", api -> tipAs(api, Fixtures.unique("Tin công khai")), 201, 201, 201, 201, 201, 201),
				new Call("GET /api/v1/tips/status/{reference}", api -> api.get(tipStatus, "X-Forwarded-For", address()),
						200, 200, 200, 200, 200, 200),
				new Call("POST /api/v1/tips/status/{reference}/additions", api -> api.post(tipStatus + "/additions",
						Map.of("text", "Thêm thông tin"), "X-Forwarded-For", address()), 201, 201, 201, 201, 201, 201),
				get("/api/v1/public/tips/nearby?lon=" + Fixtures.VO_CUONG[0] + "&lat=" + Fixtures.VO_CUONG[1],
						200, 200, 200, 200, 200, 200),
				get("/api/v1/tips", 401, 200, 200, 200, 403, 403),
				get("/api/v1/tips/queues", 401, 200, 200, 200, 403, 403),
				get("/api/v1/tips/{own}", "/api/v1/tips/" + f.ownTip(), 401, 200, 200, 200, 403, 403),
				get("/api/v1/tips/{other}", "/api/v1/tips/" + f.otherTip(), 401, 200, 200, 404, 403, 403),
				get("/api/v1/tips/{own, officials involved}", "/api/v1/tips/" + f.bypassTip(), 401, 200, 200, 404, 403, 403),
				new Call("PATCH /api/v1/tips/{own, officials involved}", api -> tipNote(api, env, f.bypassTip()),
						401, 200, 200, 404, 403, 403),
				get("/api/v1/tips/{own}/contact", "/api/v1/tips/" + f.ownTip() + "/contact", 401, 200, 200, 403, 403, 403),
				new Call("PATCH /api/v1/tips/{own}", api -> tipNote(api, env, f.ownTip()), 401, 200, 200, 200, 403, 403),
				new Call("PATCH /api/v1/tips/{other}", api -> tipNote(api, env, f.otherTip()), 401, 200, 200, 404, 403, 403),
				get("/api/v1/police/posts", 401, 200, 200, 200, 200, 403),
				get("/api/v1/patrol-plans/{own}", "/api/v1/patrol-plans/" + f.ownPlan(), 401, 200, 200, 200, 200, 403),
				get("/api/v1/patrol-plans/{other}", "/api/v1/patrol-plans/" + f.otherPlan(), 401, 200, 200, 404, 200, 403),
				get("/api/v1/patrol-plans/{own}/gpx", "/api/v1/patrol-plans/" + f.ownPlan() + "/gpx",
						401, 200, 200, 200, 200, 403),
				get("/api/v1/patrol-plans/{other}/gpx", "/api/v1/patrol-plans/" + f.otherPlan() + "/gpx",
						401, 200, 200, 404, 200, 403),
				new Call("POST /api/v1/patrol-plans/{own}/patrols", api -> api.post("/api/v1/patrol-plans/" + f.ownPlan()
						+ "/patrols", Map.of("team", "Tổ tuần tra")), 401, 201, 201, 201, 403, 403),
				new Call("POST /api/v1/patrol-plans/{other}/patrols", api -> api.post("/api/v1/patrol-plans/"
						+ f.otherPlan() + "/patrols", Map.of("team", "Tổ tuần tra")), 401, 201, 201, 404, 403, 403),
				get("/api/v1/patrols/{own}", "/api/v1/patrols/" + f.ownPatrol(), 401, 200, 200, 200, 200, 403),
				get("/api/v1/patrols/{other}", "/api/v1/patrols/" + f.otherPatrol(), 401, 200, 200, 404, 200, 403),
				get("/api/v1/patrols/effort", 401, 200, 200, 200, 200, 403),
				get("/api/v1/patrols/coverage", 401, 200, 200, 200, 200, 403));
	}

	private Api.Response observation(Api api, long site, double[] lonLat, byte[]... photos) {
		Multipart request = new Multipart().json("observation", Map.of("findings", List.of("working"),
				"position", Fixtures.point(lonLat), "accuracyM", 10, "observedAt", "2026-11-20T09:00:00+07:00"));
		for (byte[] photo : photos) {
			request.file("photos", "IMG.jpg", "image/jpeg", photo);
		}
		return request.post(port, "/api/v1/sites/" + site + "/observations", api.username(), "Idempotency-Key",
				UUID.randomUUID().toString());
	}

	private Api.Response unlisted(Api api, double[] lonLat) {
		return new Multipart().json("observation", Map.of("findings", List.of("working"),
				"position", Fixtures.point(new double[] { lonLat[0] + 0.001, lonLat[1] + 0.001 }), "accuracyM", 10,
				"observedAt", "2026-11-20T09:00:00+07:00", "site", Map.of("name", Fixtures.unique("Điểm mới"))))
			.post(port, "/api/v1/observations", api.username(), "Idempotency-Key", UUID.randomUUID().toString());
	}

	private Api.Response commitment(Api api, long site, byte[] scan) {
		return new Multipart().json("commitment", Map.of("signedOn", "2026-11-01", "signerName", "Người ký",
				"signerRole", "household_head", "promises", List.of("no_scrap_recycling"), "validUntil", "2027-11-01"))
			.file("scan", "cam-ket.png", "image/png", scan)
			.post(port, "/api/v1/sites/" + site + "/commitments", api.username());
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/** Each public tip call from an address of its own (X-Forwarded-For from loopback is trusted): no rate limit. */
	private static String address() {
		return "203.0.113." + (ADDRESSES.incrementAndGet() % 250 + 1);
	}

	private Api.Response tip(double[] lonLat, String description) {
		Api.Response filed = tipAs(new Api(port), description, lonLat);
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		return filed;
	}

	private static Api.Response tipAs(Api api, String description) {
		return tipAs(api, description, Fixtures.VO_CUONG);
	}

	private static Api.Response tipAs(Api api, String description, double[] lonLat) {
		return api.post("/api/v1/tips", Map.of("position", Map.of("lon", lonLat[0], "lat", lonLat[1]),
				"findings", List.of("working"), "seenOn", "2026-11-20", "description", description),
				"X-Forwarded-For", address());
	}

	private static long tipId(Api env, String description) {
		for (var tip : env.get("/api/v1/tips?limit=1000").json()) {
			if (description.equals(tip.path("description").asString(null))) {
				return tip.get("id").asLong();
			}
		}
		throw new AssertionError("no tip " + description);
	}

	/** A note on a tip, with the version the department reads just before. */
	private static Api.Response tipNote(Api api, Api env, long tip) {
		String version = env.get("/api/v1/tips/" + tip).header("ETag");
		return api.patch("/api/v1/tips/" + tip, Map.of("note", Fixtures.unique("Ghi chú")), "If-Match", version);
	}

	private static long plan(Api env, String commune) {
		Api.Response plan = env.post("/api/v1/patrol-plans", Map.of("date", "2026-12-02", "communes", List.of(commune),
				"start", Fixtures.point(commune.equals("09190") ? Fixtures.VO_CUONG : Fixtures.VAN_MON), "hours", 1));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		return plan.json().get("id").asLong();
	}

	private static long patrol(Api env, long plan) {
		Api.Response patrol = env.post("/api/v1/patrol-plans/" + plan + "/patrols", Map.of("team", "Tổ tuần tra"));
		assertThat(patrol.status()).as(patrol.body()).isEqualTo(201);
		return patrol.json().get("id").asLong();
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
