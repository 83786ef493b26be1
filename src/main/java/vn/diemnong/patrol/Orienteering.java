package vn.diemnong.patrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The orienteering problem of a patrol: from a start point, visit the candidates whose risk adds up to the most and
 * come back within the time budget (travel plus the minutes spent at each stop).
 * <p>
 * A plan is made hard to predict with the seed in two steps, so that it is both short and random where it can be:
 * <ol>
 * <li><b>Where to go.</b> Each candidate's risk r is perturbed, w = r · E^(−{@value #REGION_NOISE}) with E drawn from
 * the exponential distribution, and the route heuristic (cheapest insertion by weight per added minute, 2-opt,
 * drop/add) maximises the weight collected. The noise is light, so this route is nearly as good as the unperturbed
 * one, and it still differs from plan to plan. Its <em>corridor</em> is the candidates whose detour into it is at most
 * {@value #CORRIDOR_STOPS} times the minutes per stop.</li>
 * <li><b>Which stops.</b> The corridor's candidates are put in a random order weighted by risk: by r · E^(−γ) with
 * fresh draws of E, which is Efraimidis–Spirakis sampling order with weights r^(1/γ), γ = {@value #STOP_NOISE}. They are
 * taken in that order by cheapest insertion whenever they still fit the budget, in two passes with 2-opt between
 * them. No optimisation chooses among them, so a site's chance to be a stop follows its place in the weighted order.
 * (The sites that fill the last minutes are taken whatever their risk, which flattens the frequencies a little; γ
 * slightly below 1 makes up for it.)</li>
 * </ol>
 * Over an area a patrol can cross (a commune or a few) the corridor holds nearly every site, so the visit frequency is
 * roughly proportional to risk (OrienteeringTest states the tolerance). Over a whole province it is proportional to
 * risk among the sites near the routes the first step tends to choose, that is, discounted by the time it takes to
 * get there; a single far site no longer drags a plan across the province. The same seed draws the same numbers and
 * so gives the same route. {@link #optimise} (no noise) is the deterministic heuristic the optimality gap is measured
 * on.
 */
final class Orienteering {

	/** The version of the method, stored with each plan. */
	static final String METHOD = "perturbed-route+corridor+es-order-insertion/v3";

	/** γ of the first step (where to go): light noise, so the route is nearly the best one. */
	static final double REGION_NOISE = 0.25;
	/** γ of the second step (which stops); 1 would be Efraimidis–Spirakis by risk exactly. */
	static final double STOP_NOISE = 0.8;
	/** The corridor of the first step's route: the detour allowed, in stops' worth of minutes. */
	static final double CORRIDOR_STOPS = 2;
	/** The most candidates the first step optimises over: those with the most weight per minute from the start. */
	static final int REGION_POOL = 150;
	/** The most candidates the second step goes through: the first in the weighted order. */
	static final int STOP_POOL = 400;

	/** A site that may be visited. */
	record Candidate(long id, double lon, double lat, double risk) {
	}

	/**
	 * @param metersPerMinute the mean speed
	 * @param minutesPerStop  time spent at each stop
	 * @param budgetMinutes   the whole patrol, travel and stops, start to return
	 */
	record Problem(double startLon, double startLat, List<Candidate> candidates, TravelTimes travel,
			double metersPerMinute, double minutesPerStop, double budgetMinutes) {
	}

	/**
	 * @param stops   indexes into the problem's candidates, in visiting order
	 * @param legs    metres of each leg, the last one back to the start (one more than the stops; none when empty)
	 * @param minutes travel and stops, start to return
	 * @param risk    the (true, unperturbed) risk the stops collect
	 */
	record Route(List<Integer> stops, double[] legs, double meters, double minutes, double risk) {
	}

	private Orienteering() {
	}

	/** A plan for the seed: where to go over lightly perturbed risks, then which stops in that route's corridor. */
	static Route plan(Problem problem, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = problem.candidates().size();
		// one draw per candidate and step, in candidate order, so the seed alone decides the plan
		double[] regionNoise = new double[n];
		double[] stopNoise = new double[n];
		for (int i = 0; i < n; i++) {
			regionNoise[i] = exponential(random);
			stopNoise[i] = exponential(random);
		}
		double[] fromStart = new double[n];
		List<Integer> reachable = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Candidate c = problem.candidates().get(i);
			fromStart[i] = problem.travel().meters(problem.startLon(), problem.startLat(), c.lon(), c.lat())
					/ problem.metersPerMinute();
			if (c.risk() > 0 && 2 * fromStart[i] + problem.minutesPerStop() <= problem.budgetMinutes() + 1e-9) {
				reachable.add(i);
			}
		}
		Route region = perturbed(problem, reachable, fromStart, regionNoise, REGION_NOISE);
		if (region.stops().isEmpty()) {
			return region;
		}
		Detours detours = new Detours(problem, region);
		double corridor = CORRIDOR_STOPS * problem.minutesPerStop() + 1e-9;
		return inWeightedOrder(problem, reachable, stopNoise, i -> detours.minutes(i) <= corridor);
	}

	/** A standard exponential draw. */
	private static double exponential(SplittableRandom random) {
		return -Math.log(1 - random.nextDouble());
	}

	/**
	 * The route maximising w = risk · noise^(−γ) over the candidates given, or rather over the {@link #REGION_POOL} of
	 * them with the most weight per minute (the stop and the way there from the start).
	 */
	private static Route perturbed(Problem problem, List<Integer> among, double[] fromStart, double[] noise,
			double gamma) {
		double[] weight = weights(problem, among, noise, gamma);
		double[] perMinute = new double[weight.length];
		for (int i : among) {
			perMinute[i] = weight[i] / (problem.minutesPerStop() + fromStart[i]);
		}
		int[] pool = first(among, perMinute, REGION_POOL, i -> true);
		return solve(new Matrix(problem, pool, weight));
	}

	/** risk · noise^(−γ) for the candidates given (by candidate index), 0 for the others. */
	private static double[] weights(Problem problem, List<Integer> among, double[] noise, double gamma) {
		double[] weight = new double[problem.candidates().size()];
		for (int i : among) {
			weight[i] = problem.candidates().get(i).risk() * Math.pow(noise[i], -gamma);
		}
		return weight;
	}

	/**
	 * The candidates given that pass the test, in the order of their weights risk · noise^(−{@link #STOP_NOISE}) (the
	 * first {@link #STOP_POOL}), each inserted where it adds the fewest minutes if it still fits; twice, with 2-opt
	 * after each pass, as 2-opt frees time.
	 */
	private static Route inWeightedOrder(Problem problem, List<Integer> among, double[] noise, IntPredicate test) {
		int[] order = first(among, weights(problem, among, noise, STOP_NOISE), STOP_POOL, test);
		Matrix m = new Matrix(problem, order);
		List<Integer> route = new ArrayList<>();
		boolean[] in = new boolean[m.size + 1];
		for (int pass = 0; pass < 2; pass++) {
			double time = m.minutes(route);
			for (int c = 1; c <= m.size; c++) {
				if (in[c]) {
					continue;
				}
				Insertion cheapest = m.cheapestInsertion(route, c);
				if (time + cheapest.minutes() + m.service <= m.budget + 1e-9) {
					route.add(cheapest.at(), c);
					in[c] = true;
					time += cheapest.minutes() + m.service;
				}
			}
			twoOpt(m, route);
		}
		return m.route(route);
	}

	/**
	 * The first {@code wanted} of the candidates given that pass the test, by decreasing key (ties: the lower index
	 * first). A binary heap over all of them, popped only as far as needed, so that the test (a detour) is computed
	 * for few candidates even among 100,000.
	 */
	static int[] first(List<Integer> among, double[] key, int wanted, IntPredicate test) {
		int n = among.size();
		int[] heap = among.stream().mapToInt(Integer::intValue).toArray();
		for (int i = n / 2 - 1; i >= 0; i--) {
			siftDown(heap, n, i, key);
		}
		int[] out = new int[Math.min(wanted, n)];
		int found = 0;
		while (n > 0 && found < out.length) {
			int top = heap[0];
			heap[0] = heap[--n];
			siftDown(heap, n, 0, key);
			if (test.test(top)) {
				out[found++] = top;
			}
		}
		return Arrays.copyOf(out, found);
	}

	/** Whether candidate a comes before b: the larger key, or the lower index on a tie. */
	private static boolean before(int a, int b, double[] key) {
		return key[a] > key[b] || (key[a] == key[b] && a < b);
	}

	private static void siftDown(int[] heap, int n, int i, double[] key) {
		while (true) {
			int first = i;
			int left = 2 * i + 1;
			int right = left + 1;
			if (left < n && before(heap[left], heap[first], key)) {
				first = left;
			}
			if (right < n && before(heap[right], heap[first], key)) {
				first = right;
			}
			if (first == i) {
				return;
			}
			int swap = heap[i];
			heap[i] = heap[first];
			heap[first] = swap;
			i = first;
		}
	}

	/** A candidate's least detour, in minutes, to be inserted into a route (start and return included). */
	private static final class Detours {

		private final Problem problem;
		private final double[] lon;
		private final double[] lat;
		private final double[] legs;

		Detours(Problem problem, Route route) {
			this.problem = problem;
			int k = route.stops().size();
			lon = new double[k + 2];
			lat = new double[k + 2];
			lon[0] = lon[k + 1] = problem.startLon();
			lat[0] = lat[k + 1] = problem.startLat();
			for (int j = 0; j < k; j++) {
				lon[j + 1] = problem.candidates().get(route.stops().get(j)).lon();
				lat[j + 1] = problem.candidates().get(route.stops().get(j)).lat();
			}
			legs = route.legs();
		}

		double minutes(int candidate) {
			Candidate c = problem.candidates().get(candidate);
			double best = Double.POSITIVE_INFINITY;
			double toPrevious = problem.travel().meters(lon[0], lat[0], c.lon(), c.lat());
			for (int j = 0; j < legs.length; j++) {
				double toNext = problem.travel().meters(c.lon(), c.lat(), lon[j + 1], lat[j + 1]);
				best = Math.min(best, toPrevious + toNext - legs[j]);
				toPrevious = toNext;
			}
			return best / problem.metersPerMinute();
		}
	}

	/** The heuristic over every candidate, without noise. */
	static Route optimise(Problem problem) {
		return solve(problem, IntStream.range(0, problem.candidates().size()).toArray());
	}

	/** The route over the pool (indexes into the candidates), maximising risk. */
	static Route solve(Problem problem, int[] pool) {
		return solve(new Matrix(problem, pool));
	}

	/** The route over the matrix's pool, maximising its weights. */
	private static Route solve(Matrix m) {
		List<Integer> route = new ArrayList<>();
		boolean[] in = new boolean[m.size + 1];
		insertGreedily(m, route, in);
		twoOpt(m, route);
		insertGreedily(m, route, in);
		for (int round = 0; round < 20 && dropAdd(m, route, in); round++) {
			twoOpt(m, route);
			insertGreedily(m, route, in);
		}
		return m.route(route);
	}

	/** Inserts, one at a time, the pool member with the most risk per added minute that still fits the budget. */
	private static void insertGreedily(Matrix m, List<Integer> route, boolean[] in) {
		double time = m.minutes(route);
		while (true) {
			int best = -1;
			int bestAt = -1;
			double bestRatio = 0;
			double bestAdded = 0;
			for (int c = 1; c <= m.size; c++) {
				if (in[c] || m.risk[c] <= 0) {
					continue;
				}
				Insertion cheapest = m.cheapestInsertion(route, c);
				double added = cheapest.minutes() + m.service;
				if (time + added <= m.budget + 1e-9) {
					double ratio = m.risk[c] / Math.max(added, 1e-6);
					if (ratio > bestRatio) {
						bestRatio = ratio;
						best = c;
						bestAt = cheapest.at();
						bestAdded = added;
					}
				}
			}
			if (best < 0) {
				return;
			}
			route.add(bestAt, best);
			in[best] = true;
			time += bestAdded;
		}
	}

	/** 2-opt: reverses a segment while that shortens the route (the travel matrix is symmetric). */
	private static void twoOpt(Matrix m, List<Integer> route) {
		int n = route.size();
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int i = 0; i < n - 1; i++) {
				for (int k = i + 1; k < n; k++) {
					int a = i == 0 ? 0 : route.get(i - 1);
					int b = route.get(i);
					int c = route.get(k);
					int d = k == n - 1 ? 0 : route.get(k + 1);
					if (m.t[a][c] + m.t[b][d] < m.t[a][b] + m.t[c][d] - 1e-9) {
						java.util.Collections.reverse(route.subList(i, k + 1));
						improved = true;
					}
				}
			}
		}
	}

	/**
	 * Drop/add: takes each stop, or each two consecutive stops, out in turn, refills the time freed greedily (2-opt
	 * first), and keeps the change when the risk collected rises. @return whether anything changed
	 */
	private static boolean dropAdd(Matrix m, List<Integer> route, boolean[] in) {
		double risk = m.risk(route);
		for (int width = 1; width <= 2; width++) {
			for (int i = 0; i + width <= route.size(); i++) {
				List<Integer> trial = new ArrayList<>(route);
				boolean[] trialIn = in.clone();
				List<Integer> dropped = new ArrayList<>(trial.subList(i, i + width));
				trial.subList(i, i + width).clear();
				// the dropped stops stay marked as in for the refill, so it has to find something else
				twoOpt(m, trial);
				insertGreedily(m, trial, trialIn);
				if (m.risk(trial) > risk + 1e-9) {
					dropped.forEach(d -> trialIn[d] = false);
					route.clear();
					route.addAll(trial);
					System.arraycopy(trialIn, 0, in, 0, in.length);
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The exact optimum by exhaustive search over every subset (Held-Karp for each subset's shortest tour), for
	 * instances of up to 16 candidates: the reference the heuristic's gap is measured against.
	 */
	static Route exact(Problem problem) {
		int n = problem.candidates().size();
		if (n > 16) {
			throw new IllegalArgumentException("exhaustive search is for 16 candidates at most, not " + n);
		}
		Matrix m = new Matrix(problem, IntStream.range(0, n).toArray());
		int full = 1 << n;
		// best[mask][j]: the shortest travel from the start through the members of mask, ending at j (in mask)
		double[][] best = new double[full][n];
		int[][] previous = new int[full][n];
		for (double[] row : best) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		for (int j = 0; j < n; j++) {
			best[1 << j][j] = m.t[0][j + 1];
			previous[1 << j][j] = -1;
		}
		for (int mask = 1; mask < full; mask++) {
			for (int j = 0; j < n; j++) {
				double here = best[mask][j];
				if (here == Double.POSITIVE_INFINITY) {
					continue;
				}
				for (int k = 0; k < n; k++) {
					if ((mask & (1 << k)) == 0) {
						int next = mask | (1 << k);
						double via = here + m.t[j + 1][k + 1];
						if (via < best[next][k]) {
							best[next][k] = via;
							previous[next][k] = j;
						}
					}
				}
			}
		}
		int bestMask = 0;
		int bestEnd = -1;
		double bestRisk = 0;
		for (int mask = 1; mask < full; mask++) {
			double service = Integer.bitCount(mask) * m.service;
			double risk = 0;
			for (int j = 0; j < n; j++) {
				if ((mask & (1 << j)) != 0) {
					risk += m.risk[j + 1];
				}
			}
			if (risk <= bestRisk) {
				continue;
			}
			for (int j = 0; j < n; j++) {
				if ((mask & (1 << j)) != 0 && best[mask][j] + m.t[j + 1][0] + service <= m.budget + 1e-9) {
					bestRisk = risk;
					bestMask = mask;
					bestEnd = j;
					break;
				}
			}
		}
		List<Integer> route = new ArrayList<>();
		int mask = bestMask;
		for (int j = bestEnd; j >= 0;) {
			route.add(0, j + 1);
			int before = previous[mask][j];
			mask &= ~(1 << j);
			j = before;
		}
		return m.route(route);
	}

	/**
	 * The greedy baseline: from where it is, go to the candidate with the most risk per minute (travel and stop)
	 * among those that still leave time to return, until none does.
	 */
	static Route greedy(Problem problem) {
		// travel computed as needed, not as a matrix, so that it runs over 100,000 candidates
		List<Candidate> cs = problem.candidates();
		int n = cs.size();
		double[] back = new double[n];
		for (int c = 0; c < n; c++) {
			back[c] = problem.travel().meters(cs.get(c).lon(), cs.get(c).lat(), problem.startLon(), problem.startLat())
					/ problem.metersPerMinute();
		}
		boolean[] in = new boolean[n];
		List<Integer> chosen = new ArrayList<>();
		double lon = problem.startLon();
		double lat = problem.startLat();
		double time = 0;
		while (true) {
			int best = -1;
			double bestRatio = 0;
			double bestCost = 0;
			for (int c = 0; c < n; c++) {
				Candidate candidate = cs.get(c);
				if (in[c] || candidate.risk() <= 0) {
					continue;
				}
				double cost = problem.travel().meters(lon, lat, candidate.lon(), candidate.lat())
						/ problem.metersPerMinute() + problem.minutesPerStop();
				if (time + cost + back[c] <= problem.budgetMinutes() + 1e-9
						&& candidate.risk() / Math.max(cost, 1e-6) > bestRatio) {
					bestRatio = candidate.risk() / Math.max(cost, 1e-6);
					best = c;
					bestCost = cost;
				}
			}
			if (best < 0) {
				Matrix m = new Matrix(problem, chosen.stream().mapToInt(Integer::intValue).toArray());
				return m.route(IntStream.rangeClosed(1, chosen.size()).boxed().toList());
			}
			time += bestCost;
			in[best] = true;
			chosen.add(best);
			lon = cs.get(best).lon();
			lat = cs.get(best).lat();
		}
	}

	/**
	 * Travel minutes between the start (0) and the pool's members (1..n); routes hold these 1-based indexes. The
	 * heuristic maximises {@code risk}, the weights (the candidates' risks unless others are given); routes report the
	 * candidates' own risk.
	 */
	/** A place in a route (before its stop at) and the travel minutes a stop there adds. */
	private record Insertion(int at, double minutes) {
	}

	private static final class Matrix {

		final int size;
		final int[] pool;
		final double[][] meters;
		final double[][] t;
		final double[] risk;
		final double[] trueRisk;
		final double service;
		final double budget;

		Matrix(Problem problem, int[] pool) {
			this(problem, pool, null);
		}

		/** @param weight the weight of each candidate (by candidate index), or null for their risk */
		Matrix(Problem problem, int[] pool, double @Nullable [] weight) {
			this.size = pool.length;
			this.pool = pool;
			this.service = problem.minutesPerStop();
			this.budget = problem.budgetMinutes();
			double[] lon = new double[size + 1];
			double[] lat = new double[size + 1];
			risk = new double[size + 1];
			trueRisk = new double[size + 1];
			lon[0] = problem.startLon();
			lat[0] = problem.startLat();
			for (int i = 0; i < size; i++) {
				Candidate c = problem.candidates().get(pool[i]);
				lon[i + 1] = c.lon();
				lat[i + 1] = c.lat();
				trueRisk[i + 1] = c.risk();
				risk[i + 1] = weight == null ? c.risk() : weight[pool[i]];
			}
			meters = new double[size + 1][size + 1];
			t = new double[size + 1][size + 1];
			for (int i = 0; i <= size; i++) {
				for (int j = i + 1; j <= size; j++) {
					double d = problem.travel().meters(lon[i], lat[i], lon[j], lat[j]);
					meters[i][j] = meters[j][i] = d;
					t[i][j] = t[j][i] = d / problem.metersPerMinute();
				}
			}
		}

		/** Where in the route candidate c adds the fewest travel minutes, and how many. */
		Insertion cheapestInsertion(List<Integer> route, int c) {
			int at = -1;
			double added = Double.POSITIVE_INFINITY;
			for (int p = 0; p <= route.size(); p++) {
				int a = p == 0 ? 0 : route.get(p - 1);
				int b = p == route.size() ? 0 : route.get(p);
				double delta = t[a][c] + t[c][b] - t[a][b];
				if (delta < added) {
					added = delta;
					at = p;
				}
			}
			return new Insertion(at, added);
		}

		double minutes(List<Integer> route) {
			double total = 0;
			int at = 0;
			for (int stop : route) {
				total += t[at][stop] + service;
				at = stop;
			}
			return total + t[at][0];
		}

		double risk(List<Integer> route) {
			return route.stream().mapToDouble(stop -> risk[stop]).sum();
		}

		/** The route with candidate indexes, its legs in metres and its totals. */
		Route route(List<Integer> route) {
			double[] legs = new double[route.isEmpty() ? 0 : route.size() + 1];
			int at = 0;
			double total = 0;
			for (int i = 0; i < route.size(); i++) {
				legs[i] = meters[at][route.get(i)];
				total += legs[i];
				at = route.get(i);
			}
			if (!route.isEmpty()) {
				legs[route.size()] = meters[at][0];
				total += legs[route.size()];
			}
			return new Route(route.stream().map(stop -> pool[stop - 1]).toList(), legs, total, minutes(route),
					route.stream().mapToDouble(stop -> trueRisk[stop]).sum());
		}
	}
}
