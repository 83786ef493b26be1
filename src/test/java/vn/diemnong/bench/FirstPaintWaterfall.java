package vn.diemnong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;

import vn.diemnong.ui.Chromium;

/**
 * Where a warm first paint of the map spends its time, to find what to make faster: every request's start and end
 * and the page's marks, in ms from navigation, after a few warm-up loads; then a CPU profile
 * (target/first-paint.cpuprofile) and a Chromium trace (target/first-paint.trace.json) of one more load each, to
 * open in Chromium's DevTools. Arguments: the map's URL and, optionally, a demo account to sign in as. Run by
 * {@code BENCH_WATERFALL=1 bench/first-paint.sh}.
 */
public final class FirstPaintWaterfall {

	private static final String PAINTED = "() => document.querySelectorAll('path.commune-area').length >= 99"
			+ " && document.querySelectorAll('.site-marker').length > 0";

	private FirstPaintWaterfall() {
	}

	@SuppressWarnings("unchecked")
	public static void main(String[] args) {
		String url = args[0];
		String account = args.length > 1 && !args[1].isEmpty() ? args[1] : null;
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
				BrowserContext context = browser.newContext()) {
			if (account != null) {
				Chromium.signIn(context, url.replaceAll("/$", ""), account, "demo2026");
			}
			Page page = context.newPage();
			// when the browser ran its frames: a frame only comes when the main thread is free
			page.addInitScript("window.frames_ = []; (function next(t) { if (t) window.frames_.push(t); "
					+ "if (window.frames_.length < 200) requestAnimationFrame(next); })()");
			for (int i = 0; i < 4; i++) {
				paint(page, url);
			}
			page.evaluate("() => performance.mark('painted')");
			List<Map<String, Object>> entries = (List<Map<String, Object>>) page.evaluate("""
					() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource'),
					       ...performance.getEntriesByType('mark'),
					       ...window.frames_.map((t) => ({ name: '', entryType: 'frame', startTime: t }))]
					  .map((e) => ({ name: e.name.replace(location.origin, ''), type: e.entryType,
					                 start: e.startTime, end: e.responseEnd ?? e.startTime, size: e.transferSize ?? 0 }))
					  .sort((a, b) => a.start - b.start)""");
			System.out.println("  start     end    bytes  what");
			for (Map<String, Object> e : entries) {
				System.out.printf("%7.1f %7.1f %8s  %s %s%n", ((Number) e.get("start")).doubleValue(),
						((Number) e.get("end")).doubleValue(), e.get("size"), e.get("type"), e.get("name"));
			}
			write("target/first-paint.cpuprofile", profile(context, page, url).getBytes());
			browser.startTracing(page, new Browser.StartTracingOptions());
			paint(page, url);
			write("target/first-paint.trace.json", browser.stopTracing());
			System.out.println("written: target/first-paint.cpuprofile, target/first-paint.trace.json");
		}
	}

	private static void paint(Page page, String url) {
		// watched from the page's commit on, not from its load event: a page may be drawn before it has loaded (the
		// map's first frame comes before its tiles and icons) or after (the static page fetches its data when loaded)
		page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
		page.waitForFunction(PAINTED);
		page.evaluate("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
	}

	private static String profile(BrowserContext context, Page page, String url) {
		CDPSession cdp = context.newCDPSession(page);
		cdp.send("Profiler.enable");
		JsonObject interval = new JsonObject();
		interval.addProperty("interval", 100);
		cdp.send("Profiler.setSamplingInterval", interval);
		cdp.send("Profiler.start");
		paint(page, url);
		return cdp.send("Profiler.stop").get("profile").toString();
	}

	private static void write(String file, byte[] bytes) {
		try {
			Files.write(Path.of(file), bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
