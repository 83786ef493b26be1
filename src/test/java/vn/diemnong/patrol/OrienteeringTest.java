package vn.diemnong.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The patrol route: within budget, back at the start, reproducible by seed, close to the exact optimum on small
 * instances, and visiting sites about as often as their risk over many seeded plans. The measured figures are
 * printed (the README and the issue's closing note quote them).
 */
class OrienteeringTest {

	private static final TravelTimes TRAVEL = new StraightLineTravel(1.4);
	/** 25 km/h */
	private static final double METERS_PER_MINUTE = 25_000 / 60.0;

	/** n candidates spread over a square of {@code km} around the start (Bắc Ninh's latitude), risks 5–95. */
	static Orienteering.Problem instance(long seed, int n, double km, double budgetMinutes, double perStop) {
		SplittableRandom random = new SplittableRandom(seed);
		double lon0 = 106.06;
		double lat0 = 21.17;
		double dLat = km / 111.0;
		double dLon = km / (111.0 * Math.cos(Math.toRadians(lat0)));
		List<Orienteering.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			candidates.add(new Orienteering.Candidate(i + 1, lon0 + (random.nextDouble() - 0.5) * dLon,
					lat0 + (random.nextDouble() - 0.5) * dLat, Math.round(5 + 90 * random.nextDouble())));
		}
		return new Orienteering.Problem(lon0, lat0, candidates, TRAVEL, METERS_PER_MINUTE, perStop, budgetMinutes);
	}

	/** The route's time computed again from the candidates, independently of the solver's bookkeeping. */
	static double minutes(Orienteering.Problem p, Orienteering.Route route) {
		double lon = p.startLon();
		double lat = p.startLat();
		double total = 0;
		for (int i : route.stops()) {
			Orienteering.Candidate c = p.candidates().get(i);
			total += TRAVEL.meters(lon, lat, c.lon(), c.lat()) / p.metersPerMinute() + p.minutesPerStop();
			lon = c.lon();
			lat = c.lat();
		}
		return total + TRAVEL.meters(lon, lat, p.startLon(), p.startLat()) / p.metersPerMinute();
	}

	@Test
	void routesNeverExceedTheBudgetAndReturnToTheStart() {
		for (long seed = 1; seed <= 60; seed++) {
			Orienteering.Problem p = instance(seed, 80, 20, 60 + seed * 6, 5 + seed % 20);
			for (Orienteering.Route route : List.of(Orienteering.plan(p, seed), Orienteering.optimise(p),
					Orienteering.greedy(p))) {
				assertThat(minutes(p, route)).isLessThanOrEqualTo(p.budgetMinutes() + 1e-6);
				assertThat(route.minutes()).isCloseTo(minutes(p, route), org.assertj.core.data.Offset.offset(1e-6));
				assertThat(new HashSet<>(route.stops())).hasSameSizeAs(route.stops());
				if (!route.stops().isEmpty()) {
					Orienteering.Candidate last = p.candidates().get(route.stops().get(route.stops().size() - 1));
					assertThat(route.legs()[route.legs().length - 1])
						.isEqualTo(TRAVEL.meters(last.lon(), last.lat(), p.startLon(), p.startLat()));
				}
			}
		}
	}

	@Test
	void theSameSeedGivesTheSamePlanAndOtherSeedsOtherPlans() {
		Orienteering.Problem p = instance(3, 200, 25, 240, 15);
		assertThat(Orienteering.plan(p, 42).stops()).isEqualTo(Orienteering.plan(p, 42).stops());
		List<List<Integer>> plans = new ArrayList<>();
		for (long seed = 1; seed <= 10; seed++) {
			plans.add(Orienteering.plan(p, seed).stops());
		}
		assertThat(new HashSet<>(plans)).hasSize(10);
	}

	/**
	 * The gap to the exhaustive optimum on 100 constructed instances of 12 candidates, for the heuristic alone, the
	 * greedy baseline and the sampled plans (the price of being hard to predict).
	 */
	@Test
	void theHeuristicIsCloseToTheExactOptimumOnSmallInstances() {
		List<Double> heuristic = new ArrayList<>();
		List<Double> sampled = new ArrayList<>();
		List<Double> greedy = new ArrayList<>();
		for (long seed = 1; seed <= 100; seed++) {
			Orienteering.Problem p = instance(seed, 12, 12, 60 + seed % 5 * 30, 10);
			Orienteering.Route exact = Orienteering.exact(p);
			assertThat(exact.minutes()).isLessThanOrEqualTo(p.budgetMinutes() + 1e-6);
			heuristic.add(gap(exact, Orienteering.optimise(p)));
			sampled.add(gap(exact, Orienteering.plan(p, seed)));
			greedy.add(gap(exact, Orienteering.greedy(p)));
		}
		String gaps = String.format(Locale.ROOT, "patrol gap vs exact optimum, 100 instances of 12 candidates:%n"
				+ "  heuristic (no sampling): mean %.2f%%, max %.2f%%, optimal in %d%n"
				+ "  sampled plan (the price of being hard to predict): mean %.2f%%, max %.2f%%, optimal in %d%n"
				+ "  greedy baseline: mean %.2f%%, max %.2f%%, optimal in %d%n",
				mean(heuristic), max(heuristic), zeros(heuristic), mean(sampled), max(sampled), zeros(sampled), mean(greedy),
				max(greedy), zeros(greedy));
		System.out.print(gaps);
		report("patrol-gaps.txt", gaps);
		assertThat(heuristic).allMatch(g -> g >= -1e-9);
		assertThat(mean(heuristic)).isLessThan(3);
		assertThat(max(heuristic)).isLessThan(15);
		assertThat(mean(heuristic)).isLessThanOrEqualTo(mean(greedy));
	}

	/**
	 * 200 seeded plans over 60 sites, each with 4 hours for about 10 stops: each site's visit count against what
	 * proportional-to-risk would give, {@code expected = visits × risk / Σ risk}. Tolerances:
	 * <ul>
	 * <li>by risk band (< 20, 20–40, 40–60, 60–80, ≥ 80): the band's visits within 3 Poisson standard deviations plus
	 * 25 % of the band's expected visits, |observed − expected| ≤ 3 √expected + 0.25 expected (for the lowest band,
	 * about 33 expected, that is 8 to 58: the 2 that risk-per-minute optimisation over a risk-drawn pool gave fail it);</li>
	 * <li>each site's count within 3 binomial standard deviations plus 30 % of its expected count for all but 5 % of the
	 * sites (3 of 60: a site far from the others costs more minutes and is left out more often than its risk alone
	 * says);</li>
	 * <li>the Pearson correlation of count and risk at least 0.9.</li>
	 * </ul>
	 */
	@Test
	void visitFrequencyFollowsRiskOverTwoHundredSeededPlans() {
		Orienteering.Problem p = instance(11, 60, 8, 240, 15);
		int[] visits = new int[60];
		int total = 0;
		for (long seed = 1; seed <= 200; seed++) {
			for (int i : Orienteering.plan(p, seed * 7919).stops()) {
				visits[i]++;
				total++;
			}
		}
		double riskSum = p.candidates().stream().mapToDouble(Orienteering.Candidate::risk).sum();
		StringBuilder table = new StringBuilder("patrol visit frequency, 200 plans, 60 sites, " + total
				+ " visits\nsite risk expected observed\n");
		List<Double> risks = new ArrayList<>();
		List<Double> counts = new ArrayList<>();
		double[] bandExpected = new double[5];
		int[] bandObserved = new int[5];
		int outside = 0;
		for (int i = 0; i < 60; i++) {
			double risk = p.candidates().get(i).risk();
			double expected = total * risk / riskSum;
			double share = expected / 200;
			double sd = Math.sqrt(200 * Math.min(share, 1) * Math.max(0, 1 - share));
			boolean within = Math.abs(visits[i] - expected) <= 3 * sd + 0.3 * expected;
			outside += within ? 0 : 1;
			table.append(String.format(Locale.ROOT, "%4d %4.0f %8.1f %8d%s%n", i + 1, risk, expected, visits[i],
					within ? "" : "  outside"));
			risks.add(risk);
			counts.add((double) visits[i]);
			int band = Math.min(4, (int) (risk / 20));
			bandExpected[band] += expected;
			bandObserved[band] += visits[i];
		}
		double r = pearson(risks, counts);
		table.append(String.format(Locale.ROOT, "Pearson r(risk, visits) = %.3f, outside tolerance: %d%n", r, outside));
		table.append("risk band: expected -> observed visits (tolerance 3 sqrt(expected) + 25 %)\n");
		List<String> bandsOutside = new ArrayList<>();
		for (int band = 0; band < 5; band++) {
			double expected = bandExpected[band];
			double tolerance = 3 * Math.sqrt(expected) + 0.25 * expected;
			String name = band == 0 ? "< 20" : band == 4 ? ">= 80" : (20 * band) + "-" + (20 * band + 20);
			boolean within = Math.abs(bandObserved[band] - expected) <= tolerance;
			table.append(String.format(Locale.ROOT, "  %-6s %6.1f -> %4d  (%.2f, allowed %.0f-%.0f)%s%n", name, expected,
					bandObserved[band], bandObserved[band] / expected, expected - tolerance, expected + tolerance,
					within ? "" : "  outside"));
			if (!within) {
				bandsOutside.add(name);
			}
		}
		System.out.print(table);
		report("patrol-frequency.txt", table.toString());
		assertThat(bandsOutside).as("risk bands outside the tolerance").isEmpty();
		assertThat(r).isGreaterThanOrEqualTo(0.9);
		assertThat(outside).isLessThanOrEqualTo(3);
	}

	/**
	 * The demo province (627 candidates, src/test/resources/patrol/demo-province.csv) planned whole, 8 hours, from its
	 * first police post, which lies far from most sites, as {@code ./diemnong bench} plans it: the mean risk of 20
	 * seeded plans against the heuristic without noise and the greedy baseline. Drawing the candidate pool by risk alone
	 * gave 58 against 155 and 137 (3 scattered stops, 180 km for seed 1). Target: at least 85 % of the heuristic's risk,
	 * and more than greedy. From a post among the sites (Tam Sơn) the figures are printed too: there proportional visit
	 * frequencies cost more (see the README).
	 */
	@Test
	void wholeProvincePlansCollectMostOfTheHeuristicsRisk() throws java.io.IOException {
		StringBuilder text = new StringBuilder("patrol plans over the whole demo province, 8 h, 20 seeds\n");
		double share = 0;
		double greedyShare = 0;
		for (double[] start : List.of(new double[0], new double[] {105.97822988270926, 21.145533999999998})) {
			Orienteering.Problem p = demoProvince(start);
			double heuristic = Orienteering.optimise(p).risk();
			double greedy = Orienteering.greedy(p).risk();
			double sum = 0;
			int stops = 0;
			double km = 0;
			for (long seed = 1; seed <= 20; seed++) {
				Orienteering.Route route = Orienteering.plan(p, seed);
				assertThat(minutes(p, route)).isLessThanOrEqualTo(p.budgetMinutes() + 1e-6);
				sum += route.risk();
				stops += route.stops().size();
				km += route.meters() / 1000;
			}
			text.append(String.format(Locale.ROOT, "  start %s: sampled plans risk %.1f (mean; %.1f stops, %.0f km), "
					+ "%.0f %% of the heuristic without noise %.1f; greedy %.1f%n", start.length == 0 ? "first post"
							: "Tam Son post", sum / 20, stops / 20.0, km / 20, 100 * sum / 20 / heuristic, heuristic,
					greedy));
			if (start.length == 0) {
				share = sum / 20 / heuristic;
				greedyShare = sum / 20 / greedy;
			}
		}
		System.out.print(text);
		report("patrol-province.txt", text.toString());
		assertThat(share).isGreaterThanOrEqualTo(0.85);
		assertThat(greedyShare).isGreaterThan(1);
	}

	/** The demo province's candidates, from its first post or the start given (lon, lat). */
	static Orienteering.Problem demoProvince(double[] start) throws java.io.IOException {
		List<String> lines;
		try (var in = OrienteeringTest.class.getResourceAsStream("/patrol/demo-province.csv")) {
			lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(l -> !l.startsWith("#"))
				.toList();
		}
		String[] first = lines.get(0).split(",");
		List<Orienteering.Candidate> candidates = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			candidates.add(new Orienteering.Candidate(Long.parseLong(f[0]), Double.parseDouble(f[1]),
					Double.parseDouble(f[2]), Double.parseDouble(f[3])));
		}
		return new Orienteering.Problem(start.length == 0 ? Double.parseDouble(first[0]) : start[0],
				start.length == 0 ? Double.parseDouble(first[1]) : start[1], candidates, TRAVEL, METERS_PER_MINUTE,
				15, 8 * 60);
	}

	static void report(String name, String text) {
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
			java.nio.file.Files.writeString(java.nio.file.Path.of("target", name), text);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static double gap(Orienteering.Route exact, Orienteering.Route route) {
		return exact.risk() == 0 ? 0 : 100 * (exact.risk() - route.risk()) / exact.risk();
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	private static long zeros(List<Double> values) {
		return values.stream().filter(v -> Math.abs(v) < 1e-9).count();
	}

	private static double pearson(List<Double> x, List<Double> y) {
		double mx = mean(x);
		double my = mean(y);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.size(); i++) {
			sxy += (x.get(i) - mx) * (y.get(i) - my);
			sxx += (x.get(i) - mx) * (x.get(i) - mx);
			syy += (y.get(i) - my) * (y.get(i) - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}
}
