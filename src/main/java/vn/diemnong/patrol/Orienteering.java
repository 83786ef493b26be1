package vn.diemnong.patrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The orienteering problem of a patrol: from a start point, visit the candidates whose risk adds up to the most and
 * come back within the time budget (travel plus the minutes spent at each stop).
 * <p>
 * The plan is made hard to predict in two steps. First a <em>pool</em> of candidates is drawn by risk with the seed
 * (Efraimidis–Spirakis weighted sampling without replacement: each candidate gets the key u^(1/risk), u uniform in
 * (0, 1), and the pool is the {@link #poolSize} largest keys), so a site's chance to be in the pool grows with its
 * risk and every site with some risk can come up. Then the route is optimised over the pool only: cheapest insertion
 * by risk per added minute, 2-opt to shorten it, and drop/add moves (a stop out, others in) while they raise the risk
 * collected, all within the budget. The same seed draws the same pool and so gives the same route. With
 * {@link #optimise} (no sampling) the same heuristic serves as the deterministic solver the optimality gap is
 * measured on.
 */
final class Orienteering {

	/** The version of the method, stored with each plan. */
	static final String METHOD = "es-sample+insertion+2opt+drop-add/v1";

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
	 */
	record Route(List<Integer> stops, double[] legs, double meters, double minutes, double risk) {
	}

	private Orienteering() {
	}

	/** The pool's size: twice the stops a route could hold if every leg took 5 minutes, 12 at least, 150 at most. */
	static int poolSize(Problem problem) {
		double perStop = problem.minutesPerStop() + 5;
		int fit = (int) Math.ceil(problem.budgetMinutes() / perStop);
		return Math.min(problem.candidates().size(), Math.max(12, Math.min(150, 2 * fit)));
	}

	/**
	 * A plan: the candidates ordered by their sampling keys; a first route over the first {@link #poolSize} of them
	 * says how many stops fit (k); the route is then optimised over the first ⌈1.25 k⌉ only, so that the stops are
	 * mostly the sample itself and the optimisation chooses little, and the time left, if any, is filled from the
	 * rest of the first pool.
	 */
	static Route plan(Problem problem, long seed) {
		int[] order = sample(problem.candidates(), poolSize(problem), seed);
		int fit = solve(problem, order).stops().size();
		int size = Math.min(order.length, Math.max(1, (int) Math.ceil(1.25 * fit)));
		if (size >= order.length) {
			return solve(problem, order);
		}
		Route first = solve(problem, Arrays.copyOf(order, size));
		return fill(problem, order, first);
	}

	/** Adds to a route, by cheapest insertion, the pool members that still fit, in pool order. */
	private static Route fill(Problem problem, int[] pool, Route route) {
		Matrix m = new Matrix(problem, pool);
		List<Integer> stops = new ArrayList<>();
		boolean[] in = new boolean[pool.length + 1];
		for (int candidate : route.stops()) {
			for (int i = 0; i < pool.length; i++) {
				if (pool[i] == candidate) {
					stops.add(i + 1);
					in[i + 1] = true;
				}
			}
		}
		double time = m.minutes(stops);
		for (int c = 1; c <= m.size; c++) {
			if (in[c] || m.risk[c] <= 0) {
				continue;
			}
			int at = -1;
			double added = Double.POSITIVE_INFINITY;
			for (int p = 0; p <= stops.size(); p++) {
				int a = p == 0 ? 0 : stops.get(p - 1);
				int b = p == stops.size() ? 0 : stops.get(p);
				double delta = m.t[a][c] + m.t[c][b] - m.t[a][b];
				if (delta < added) {
					added = delta;
					at = p;
				}
			}
			if (time + added + m.service <= m.budget + 1e-9) {
				stops.add(at, c);
				in[c] = true;
				time += added + m.service;
			}
		}
		return m.route(stops);
	}

	/** The heuristic over every candidate, without sampling. */
	static Route optimise(Problem problem) {
		return solve(problem, IntStream.range(0, problem.candidates().size()).toArray());
	}

	/**
	 * Efraimidis–Spirakis (2006) weighted sampling without replacement: the {@code size} candidates with the largest
	 * keys u^(1/w), computed as log(u)/w to stay exact for small weights. Candidates without risk are never drawn
	 * before every candidate with some risk.
	 */
	static int[] sample(List<Candidate> candidates, int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = candidates.size();
		double[] keys = new double[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			double w = candidates.get(i).risk();
			keys[i] = w > 0 ? Math.log(u == 0 ? Double.MIN_VALUE : u) / w : Double.NEGATIVE_INFINITY;
		}
		return IntStream.range(0, n).boxed()
			.sorted(Comparator.<Integer>comparingDouble(i -> -keys[i]).thenComparingInt(i -> i))
			.limit(size)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The route over the pool (indexes into the candidates). */
	static Route solve(Problem problem, int[] pool) {
		Matrix m = new Matrix(problem, pool);
		List<Integer> route = new ArrayList<>();
		boolean[] in = new boolean[pool.length + 1];
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
				int at = -1;
				double added = Double.POSITIVE_INFINITY;
				for (int p = 0; p <= route.size(); p++) {
					int a = p == 0 ? 0 : route.get(p - 1);
					int b = p == route.size() ? 0 : route.get(p);
					double delta = m.t[a][c] + m.t[c][b] - m.t[a][b];
					if (delta < added) {
						added = delta;
						at = p;
					}
				}
				added += m.service;
				if (time + added <= m.budget + 1e-9) {
					double ratio = m.risk[c] / Math.max(added, 1e-6);
					if (ratio > bestRatio) {
						bestRatio = ratio;
						best = c;
						bestAt = at;
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
		Matrix m = new Matrix(problem, IntStream.range(0, problem.candidates().size()).toArray());
		List<Integer> route = new ArrayList<>();
		boolean[] in = new boolean[m.size + 1];
		int at = 0;
		double time = 0;
		while (true) {
			int best = -1;
			double bestRatio = 0;
			for (int c = 1; c <= m.size; c++) {
				double cost = m.t[at][c] + m.service;
				if (!in[c] && m.risk[c] > 0 && time + cost + m.t[c][0] <= m.budget + 1e-9
						&& m.risk[c] / Math.max(cost, 1e-6) > bestRatio) {
					bestRatio = m.risk[c] / Math.max(cost, 1e-6);
					best = c;
				}
			}
			if (best < 0) {
				return m.route(route);
			}
			time += m.t[at][best] + m.service;
			in[best] = true;
			route.add(best);
			at = best;
		}
	}

	/** Travel minutes between the start (0) and the pool's members (1..n); routes hold these 1-based indexes. */
	private static final class Matrix {

		final int size;
		final int[] pool;
		final double[][] meters;
		final double[][] t;
		final double[] risk;
		final double service;
		final double budget;

		Matrix(Problem problem, int[] pool) {
			this.size = pool.length;
			this.pool = pool;
			this.service = problem.minutesPerStop();
			this.budget = problem.budgetMinutes();
			double[] lon = new double[size + 1];
			double[] lat = new double[size + 1];
			risk = new double[size + 1];
			lon[0] = problem.startLon();
			lat[0] = problem.startLat();
			for (int i = 0; i < size; i++) {
				Candidate c = problem.candidates().get(pool[i]);
				lon[i + 1] = c.lon();
				lat[i + 1] = c.lat();
				risk[i + 1] = c.risk();
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
					risk(route));
		}
	}
}
