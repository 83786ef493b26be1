package vn.diemnong.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java: no browser download, and none of the background connections a
 * closed network refuses.
 */
public final class Chromium {

	private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private Chromium() {
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(EXECUTABLE)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}
}
