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
 * printed (the README and the closing note quote them).
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
	 * The gap to the exhaustive optimum on 100 constructed instances of 12 candidates, for the heuristic alone and
	 * for the sampled plans (the price of being hard to predict).
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
				+ "  sampled plan (the price of being hard to predict): mean %.2f%%, max %.2f%%%n"
				+ "  greedy baseline: mean %.2f%%, max %.2f%%, optimal in %d%n",
				mean(heuristic), max(heuristic), zeros(heuristic), mean(sampled), max(sampled), mean(greedy),
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
	 * proportional-to-risk would give, {@code expected = visits × risk / Σ risk}. Tolerance: every site's count within
	 * 3 binomial standard deviations plus 30 % of the expected count (the route's geography and the choice inside
	 * the pool bend the proportion) for all but 5 % of the sites (3 of 60: a site far from the others costs more
	 * minutes and is left out more often than its risk alone says), and the Pearson correlation of count and risk at
	 * least 0.9.
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
		}
		double r = pearson(risks, counts);
		table.append(String.format(Locale.ROOT, "Pearson r(risk, visits) = %.3f, outside tolerance: %d%n", r, outside));
		System.out.print(table);
		report("patrol-frequency.txt", table.toString());
		assertThat(r).isGreaterThanOrEqualTo(0.9);
		assertThat(outside).isLessThanOrEqualTo(3);
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
