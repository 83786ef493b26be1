package vn.diemnong.bench;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.diemnong.ui.Chromium;

/**
 * The map's first paint, warm: the time from navigation until every commune and the sites are drawn, in headless
 * Chromium. Run by {@code ./diemnong bench}; arguments: the page URL, the number of loads and, optionally, a demo
 * account to sign in as first (without one: the public map).
 */
public final class FirstPaintBenchmark {

	private FirstPaintBenchmark() {
	}

	public static void main(String[] args) {
		String url = args.length > 0 ? args[0] : "http://localhost:8080/";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
				BrowserContext context = browser.newContext()) {
			if (args.length > 2) {
				Chromium.signIn(context, url.replaceAll("/$", ""), args[2], "demo2026");
			}
			Page page = context.newPage();
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < runs + 3; i++) {
				double ms = firstPaint(page, url);
				if (i >= 3) {
					times.add(ms);
				}
			}
			times.sort(Double::compare);
			System.out.printf("map first paint, warm (communes + sites drawn): %.0f ms median of %d, min %.0f, max %.0f%n",
					times.get(times.size() / 2), runs, times.get(0), times.get(times.size() - 1));
		}
	}

	private static double firstPaint(Page page, String url) {
		long start = System.nanoTime();
		page.navigate(url);
		page.waitForFunction("() => document.querySelectorAll('path.commune-area').length >= 99"
				+ " && document.querySelectorAll('.site-marker').length > 0");
		return (System.nanoTime() - start) / 1e6;
	}
}
