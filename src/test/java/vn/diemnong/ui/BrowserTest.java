package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.assertj.core.api.Assertions;

import vn.diemnong.Api;

/**
 * The map page in Debian's Chromium: one browser per test class, a fresh context per test, and a screenshot of
 * each test's last state in {@code target/screenshots/<test>.png}. A test fails when the browser reports a
 * Content-Security-Policy violation (an inline style or script the page's policy refuses).
 */
abstract class BrowserTest {

	static final int COMMUNES = 99;
	static final String COMMUNE_AREAS = ".leaflet-communes-pane path.commune-area";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;
	final List<String> cspViolations = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchChromium() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("vi-VN"));
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		cspViolations.clear();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}

	static boolean isCspViolation(String text) {
		return text.contains("Content Security Policy") || text.startsWith("Refused to");
	}

	@AfterEach
	void screenshotAndClose(TestInfo test) {
		try {
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
		}
		finally {
			context.close();
		}
		Assertions.assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	/** Signs the context in through the form endpoint, as the page's sign-in dialog does. */
	void signIn(String username) {
		Assertions.assertThat(Chromium.signIn(context, "http://localhost:" + port, username, Api.DEMO_PASSWORD))
			.as("sign-in of " + username).isEqualTo(200);
	}

	/** Opens the map signed in as the environment department, which sees every layer. */
	void open(String query) {
		signIn("moitruong");
		openAsIs(query);
	}

	/** Opens the map with whatever session the context has (none: the public map), with every commune drawn. */
	void openAsIs(String query) {
		openAsIs(query, COMMUNES);
	}

	/** The same for a user who sees only some communes (a commune's own staff). */
	void openAsIs(String query, int communes) {
		page.navigate("http://localhost:" + port + "/" + query);
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(communes);
	}
}
