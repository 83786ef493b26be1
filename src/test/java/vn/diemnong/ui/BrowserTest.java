package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

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
 * each test's last state in {@code target/screenshots/<test>.png}.
 */
abstract class BrowserTest {

	static final int COMMUNES = 99;
	static final String COMMUNE_AREAS = ".leaflet-communes-pane path.commune-area";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

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
	}

	@AfterEach
	void screenshotAndClose(TestInfo test) {
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
		context.close();
	}

	/** Opens the map with a query string (for example {@code "?site=12"}) and waits until every commune is drawn. */
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

	/** Opens the map with whatever session the context has (none: the public map). */
	void openAsIs(String query) {
		page.navigate("http://localhost:" + port + "/" + query);
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(COMMUNES);
	}
}
