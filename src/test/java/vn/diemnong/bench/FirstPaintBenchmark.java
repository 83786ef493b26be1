package vn.diemnong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;

import org.jspecify.annotations.Nullable;

import vn.diemnong.ui.Chromium;

/**
 * The map's first paint against a static Leaflet page of the 99 unsimplified communes and 1,000 markers
 * ({@link StaticMapPage}), in the same run and alternated, cold (a new browser context: empty cache, a new session)
 * and warm (the same context reloading: revalidated files). First paint is the time from navigation start until the
 * second frame after the one that first had every commune and the markers (for the map, its first frame counts:
 * js/early/first-frame.js draws them before Leaflet), timed in the page by its frames, and also as this process sees
 * it. The map's time until it is ready to use (Leaflet has drawn its own layers, the page's panels and controls are
 * there) is reported beside it. Run by {@code ./diemnong bench}; arguments: the map's URL, the number of loads of each
 * kind and, optionally, a demo account to sign in as first (without one: the public map).
 */
public final class FirstPaintBenchmark {

	private static final int WARM_UP = 3;

	private FirstPaintBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "http://localhost:8080/";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		String account = args.length > 2 ? args[2] : null;
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
				StaticMapPage reference = new StaticMapPage(Path.of("data/boundaries/bac-ninh_communes_2025.geojson"))) {
			Supplier<BrowserContext> mapContext = () -> {
				BrowserContext context = browser.newContext();
				if (account != null) {
					Chromium.signIn(context, url.replaceAll("/$", ""), account, "demo2026");
				}
				return context;
			};
			Supplier<BrowserContext> staticContext = browser::newContext;
			Loads map = new Loads(url, "document.querySelectorAll('path.commune-area').length >= 99"
					+ " && document.querySelectorAll('.site-marker').length > 0",
					"document.body?.dataset.ready === 'true' && !document.getElementById('first-frame')"
							+ " && document.querySelectorAll('.leaflet-communes-pane path.commune-area').length >= 99"
							+ " && document.querySelectorAll('.leaflet-sites-pane .site-marker').length > 0");
			Loads page = new Loads(reference.url(), "document.querySelectorAll('path.commune-area').length >= 99"
					+ " && document.querySelectorAll('path.site-marker').length >= " + StaticMapPage.MARKERS, "true");
			try (BrowserContext warmMap = mapContext.get(); BrowserContext warmStatic = staticContext.get()) {
				Page warmMapPage = warmMap.newPage();
				Page warmStaticPage = warmStatic.newPage();
				for (int i = 0; i < WARM_UP + runs; i++) {
					boolean kept = i >= WARM_UP;
					page.cold(staticContext, kept);
					map.cold(mapContext, kept);
					page.warm(warmStaticPage, kept);
					map.warm(warmMapPage, kept);
				}
			}
			System.out.printf("first paint in the page, from navigation start to the second frame after the shapes%n");
			System.out.printf("  static page (99 unsimplified communes, %d markers): cold %s, warm %s%n",
					StaticMapPage.MARKERS, median(page.cold), median(page.warm));
			System.out.printf("  the map (%s):%s cold %s, warm %s%n", url,
					account == null ? " public," : " signed in as " + account + ",", median(map.cold), median(map.warm));
			System.out.printf("  map / static page: cold %.2f, warm %.2f (goal <= 0.70), medians of %d loads each%n",
					middle(map.cold) / middle(page.cold), middle(map.warm) / middle(page.warm), runs);
			// each map load beside the static page's load just before it: steadier when the machine's load drifts
			System.out.printf("  map / static page, median of each map load over the static page's load before it:"
					+ " cold %.2f, warm %.2f%n", middle(ratios(map.cold, page.cold)), middle(ratios(map.warm, page.warm)));
			System.out.printf("the same seen from this process (its round trips to the browser wait for a free main thread)%n");
			System.out.printf("  static page: cold %s, warm %s; the map: cold %s, warm %s; map / static: cold %.2f, warm %.2f%n",
					median(page.coldSeen), median(page.warmSeen), median(map.coldSeen), median(map.warmSeen),
					middle(map.coldSeen) / middle(page.coldSeen), middle(map.warmSeen) / middle(page.warmSeen));
			map.stages.forEach((stage, times) -> System.out.printf("  the map, %s: %s%n", stage, median(times)));
			System.out.printf("the map ready to use (Leaflet's layers, panels and controls), in the page: cold %s, warm %s%n",
					median(map.coldReady), median(map.warmReady));
		}
	}

	/**
	 * Watches every frame of a page from its start: the time of the second frame after the one in whose
	 * requestAnimationFrame the shapes were first all there (by then that frame has been shown), and of the first
	 * frame in which the page was ready; both from navigation start, the clock of the frames' timestamps.
	 */
	private static final String WATCH = """
			(() => {
			  const painted = () => %s;
			  const ready = () => %s;
			  let after = null;
			  const watch = (time) => {
			    if (after === null) after = painted() ? 0 : null;
			    else if (window.firstPaint_ === undefined && ++after === 2) window.firstPaint_ = time;
			    if (window.ready_ === undefined && ready()) window.ready_ = time;
			    if (window.firstPaint_ === undefined || window.ready_ === undefined) requestAnimationFrame(watch);
			  };
			  requestAnimationFrame(watch);
			})()""";

	/** Where a load's time went, from navigation start: its page's answer, its DOM, the first frame's script. */
	private static final String STAGES = """
			() => {
			  const [nav] = performance.getEntriesByType('navigation');
			  const drawn = performance.getEntriesByName('first-frame-drawn')[0];
			  return { '1 page answered': nav.responseEnd, '2 DOM interactive': nav.domInteractive,
			           ...(drawn ? { '3 first frame drawn': drawn.startTime } : {}) };
			}""";

	/**
	 * The times of one page's loads, cold and warm: its first paint in the page (see WATCH) and as this process sees
	 * it (its wait for the shapes and its two frames after them are round trips that need the page's main thread),
	 * and when it is ready to use.
	 */
	private record Loads(String url, String painted, String ready, List<Double> cold, List<Double> warm,
			List<Double> coldSeen, List<Double> warmSeen, List<Double> coldReady, List<Double> warmReady,
			Map<String, List<Double>> stages) {

		Loads(String url, String painted, String ready) {
			this(url, painted, ready, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
					new ArrayList<>(), new ArrayList<>(), new TreeMap<>());
		}

		void cold(Supplier<BrowserContext> fresh, boolean kept) {
			try (BrowserContext context = fresh.get()) {
				Page page = context.newPage();
				page.addInitScript(WATCH.formatted(painted, ready));
				load(page, kept ? List.of(cold, coldSeen, coldReady) : null);
			}
		}

		void warm(Page page, boolean kept) {
			if (!page.url().startsWith("http")) {
				page.addInitScript(WATCH.formatted(painted, ready));
			}
			load(page, kept ? List.of(warm, warmSeen, warmReady) : null);
		}

		private void load(Page page, @Nullable List<List<Double>> kept) {
			long start = System.nanoTime();
			// watched from the page's commit on, not from its load event: a page may be drawn before it has loaded (the
			// map's first frame comes before its tiles and icons) or after (the static page fetches its data when loaded)
			page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
			page.waitForFunction("() => " + painted);
			// the frame after the shapes are in the DOM is the one that shows them
			page.evaluate("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
			double seen = (System.nanoTime() - start) / 1e6;
			double firstPaint = ((Number) page.waitForFunction("() => window.firstPaint_").jsonValue()).doubleValue();
			double ready = ((Number) page.waitForFunction("() => window.ready_").jsonValue()).doubleValue();
			if (kept != null) {
				kept.get(0).add(firstPaint);
				kept.get(1).add(seen);
				kept.get(2).add(ready);
				String load = kept.get(0) == cold ? "cold" : "warm";
				@SuppressWarnings("unchecked")
				Map<String, Number> times = (Map<String, Number>) page.evaluate(STAGES);
				times.forEach((stage, time) -> stages.computeIfAbsent(load + " " + stage, k -> new ArrayList<>())
					.add(time.doubleValue()));
			}
		}
	}

	private static List<Double> ratios(List<Double> map, List<Double> page) {
		return IntStream.range(0, map.size()).mapToObj(i -> map.get(i) / page.get(i)).toList();
	}

	private static double middle(List<Double> times) {
		List<Double> sorted = times.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String median(List<Double> times) {
		return String.format("%.0f ms (median; min %.0f, max %.0f)", middle(times),
				times.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
				times.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
	}
}
