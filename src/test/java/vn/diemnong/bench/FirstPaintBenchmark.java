package vn.diemnong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.diemnong.ui.Chromium;

/**
 * The map's first paint against a static Leaflet page of the 99 unsimplified communes and 1,000 markers
 * ({@link StaticMapPage}), in the same run and alternated, cold (a new browser context: empty cache, a new session)
 * and warm (the same context reloading: revalidated files). First paint is the time from navigation until every commune
 * and the markers are drawn. Run by {@code ./diemnong bench}; arguments: the map's URL, the number of loads of each
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
					+ " && document.querySelectorAll('.site-marker').length > 0");
			Loads page = new Loads(reference.url(), "document.querySelectorAll('path.commune-area').length >= 99"
					+ " && document.querySelectorAll('path.site-marker').length >= " + StaticMapPage.MARKERS);
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
			System.out.printf("first paint, static page (99 unsimplified communes, %d markers): cold %s, warm %s%n",
					StaticMapPage.MARKERS, median(page.cold), median(page.warm));
			System.out.printf("first paint, the map (%s):%s cold %s, warm %s%n", url,
					account == null ? " public," : " signed in as " + account + ",", median(map.cold), median(map.warm));
			System.out.printf("map / static page: cold %.2f, warm %.2f (goal <= 0.70), medians of %d loads each%n",
					middle(map.cold) / middle(page.cold), middle(map.warm) / middle(page.warm), runs);
		}
	}

	/** The times of one page's loads, cold and warm. */
	private record Loads(String url, String painted, List<Double> cold, List<Double> warm) {

		Loads(String url, String painted) {
			this(url, painted, new ArrayList<>(), new ArrayList<>());
		}

		void cold(Supplier<BrowserContext> fresh, boolean kept) {
			try (BrowserContext context = fresh.get()) {
				double ms = firstPaint(context.newPage());
				if (kept) {
					cold.add(ms);
				}
			}
		}

		void warm(Page page, boolean kept) {
			double ms = firstPaint(page);
			if (kept) {
				warm.add(ms);
			}
		}

		private double firstPaint(Page page) {
			long start = System.nanoTime();
			page.navigate(url);
			page.waitForFunction("() => " + painted);
			// the frame after the shapes are in the DOM is the one that shows them
			page.evaluate("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
			return (System.nanoTime() - start) / 1e6;
		}
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
