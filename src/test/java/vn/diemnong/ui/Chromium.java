package vn.diemnong.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
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

	/**
	 * Signs a browser context in through the form endpoint, as the page's sign-in dialog does: the XSRF-TOKEN cookie
	 * from /api/v1/me goes back as a header. Returns the HTTP status of the sign-in.
	 */
	public static int signIn(BrowserContext context, String base, String username, String password) {
		context.request().get(base + "/api/v1/me");
		String token = context.cookies(base).stream().filter(c -> c.name.equals("XSRF-TOKEN")).findFirst()
			.orElseThrow().value;
		return context.request().post(base + "/login", RequestOptions.create().setHeader("X-XSRF-TOKEN", token)
			.setForm(FormData.create().set("username", username).set("password", password))).status();
	}
}
