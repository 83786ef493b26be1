package vn.diemnong.patrol;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patrol benchmark of {@code ./diemnong bench} (bench/run.sh, bench/scale.sh): a whole-province plan over a
 * running service, 8 hours, every site a candidate. Times POST /api/v1/patrol-plans end to end (the median of
 * {@code runs}), then, on the same candidates (the watch list's risks and positions) and start, compares the risk
 * the sampled plan collects with the heuristic over every candidate (no sampling) and the greedy baseline. The exact
 * optimum is out of reach at this size (OrienteeringTest measures the gap on 12-candidate instances).
 * <p>
 * Arguments: base URL, user, password, runs, and "full" to run the unsampled heuristic too (slow beyond a few
 * thousand candidates).
 */
public final class PatrolBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PatrolBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int runs = Integer.parseInt(args[3]);
		boolean full = args.length > 4 && args[4].equals("full");
		// one signed-in session, as the page has, so no timed request pays for a password hash
		java.net.CookieManager cookies = new java.net.CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		get(http, base + "/api/v1/me", "");
		String form = "username=" + java.net.URLEncoder.encode(args[1], StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(args[2], StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("X-XSRF-TOKEN", xsrf(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 200) {
			throw new IllegalStateException("sign-in: " + login.statusCode());
		}
		String auth = "";

		JsonNode posts = JSON.readTree(get(http, base + "/api/v1/police/posts", auth));
		List<String> communes = new ArrayList<>();
		posts.forEach(p -> communes.add(p.path("communeCode").asString()));
		JsonNode post = posts.get(0);
		double lon = post.path("lon").asDouble();
		double lat = post.path("lat").asDouble();
		String body = JSON.writeValueAsString(java.util.Map.of("date", "2026-12-01", "communes", communes, "start",
				java.util.Map.of("type", "Point", "coordinates", List.of(lon, lat)), "hours", 8, "seed", 1));

		List<Double> times = new ArrayList<>();
		JsonNode plan = null;
		for (int i = 0; i < runs + 1; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/patrol-plans"))
				.header("X-XSRF-TOKEN", xsrf(cookies)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 201) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			plan = JSON.readTree(response.body());
			if (i > 0) {
				times.add(ms);
			}
		}
		times.sort(null);
		System.out.printf(Locale.ROOT, "patrol plan, whole province (%d communes, %d candidates, 8 h): %.0f ms median"
				+ " of %d; %d stops, %.1f km, %.0f min, risk %.1f (%.1f%% of the province's)%n", communes.size(),
				plan.path("candidates").asInt(), times.get(times.size() / 2), runs, plan.path("stops").size(),
				plan.path("totalDistanceMeters").asDouble() / 1000, plan.path("totalMinutes").asDouble(),
				plan.path("riskCovered").asDouble(), 100 * plan.path("riskShare").asDouble());

		JsonNode list = JSON.readTree(get(http, base + "/api/v1/police/watchlist?limit=" + WatchList.MAX_LIMIT, auth));
		List<Orienteering.Candidate> candidates = new ArrayList<>();
		list.path("sites").forEach(s -> {
			if (s.path("risk").asDouble() > 0) {
				candidates.add(new Orienteering.Candidate(s.path("siteId").asLong(), s.path("lon").asDouble(),
						s.path("lat").asDouble(), s.path("risk").asDouble()));
			}
		});
		Orienteering.Problem problem = new Orienteering.Problem(lon, lat, candidates, new StraightLineTravel(1.4),
				25_000 / 60.0, 15, 8 * 60);
		double sampled = report("sampled plans (seeds 1-20, mean)", () -> {
			double sum = 0;
			for (long seed = 1; seed <= 20; seed++) {
				sum += Orienteering.plan(problem, seed).risk();
			}
			return sum / 20;
		}, 20, candidates.size());
		double greedy = report("greedy baseline", () -> Orienteering.greedy(problem).risk(), 1, candidates.size());
		System.out.printf(Locale.ROOT, "  sampled plans / greedy: %.0f %%%n", 100 * sampled / greedy);
		if (full) {
			double heuristic = report("heuristic over every candidate (no sampling)",
					() -> Orienteering.optimise(problem).risk(), 1, candidates.size());
			System.out.printf(Locale.ROOT, "  sampled plans / heuristic: %.0f %%%n", 100 * sampled / heuristic);
		}
	}

	private static double report(String what, java.util.function.DoubleSupplier risk, int runs, int n) {
		long start = System.nanoTime();
		double value = risk.getAsDouble();
		double ms = (System.nanoTime() - start) / 1e6 / runs;
		System.out.printf(Locale.ROOT, "  %-46s risk %7.1f, %6.0f ms each (%d candidates, solver only)%n", what + ":",
				value, ms, n);
		return value;
	}

	private static String xsrf(java.net.CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue).reduce((a, b) -> b).orElse("");
	}

	private static String get(HttpClient http, String url, String unused) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode());
		}
		return response.body();
	}
}
