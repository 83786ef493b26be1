package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * The session ends on the phone page while an observation waits: the page keeps it, says to sign in again and offers
 * the sign-in, comes back to /field and sends it, once.
 */
@IntegrationTest
class FieldSessionBrowserIT extends BrowserTest {

	@Test
	void aSendRefusedForWantOfASessionAsksToSignInAgainAndSendsOnceAfterIt() {
		String site = Long.toString(Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng phiên hết hạn"),
				Fixtures.VO_CUONG));
		String note = "Gửi sau khi đăng nhập lại " + UUID.randomUUID();
		usePhone();
		signIn("xa.vocuong");
		page.navigate("http://localhost:" + port + "/field");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");

		// the session ends (as after 30 minutes without a request): the browser no longer has it
		context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
		page.getByTestId("field-search").fill(FieldPageBrowserIT.withoutAccents("Xưởng phiên hết hạn"));
		page.locator("[data-testid=field-site][data-site-id='" + site + "']").tap();
		page.getByTestId("field-finding-working").tap();
		page.getByTestId("field-note").fill(note);
		page.getByTestId("field-photos").setInputFiles(FieldPageBrowserIT.photo("anh-phien.jpg"));
		assertThat(page.getByTestId("field-thumbs").locator("img")).hasCount(1);
		page.getByTestId("field-save").tap();

		Locator prompt = page.getByTestId("field-sign-in-again");
		assertThat(prompt).isVisible();
		assertThat(prompt).containsText("Phiên đăng nhập đã hết hạn");
		assertThat(prompt).containsText("1 quan sát đang chờ");
		Locator item = page.getByTestId("field-item").first();
		assertThat(item).hasAttribute("data-state", "waiting");
		assertThat(page.getByTestId("field-send-now")).hasCount(0);
		Assertions.assertThat(observationsWith(site, note)).as("nothing stored without a session").isZero();
		Assertions.assertThat(Phone.smallTargets(page, "[data-testid=field-sign-in-again]")).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("field-sign-in-again.png")));

		page.getByTestId("field-sign-in-again-button").tap();
		page.getByTestId("sign-in-username").fill("xa.vocuong");
		page.getByTestId("sign-in-password").fill(Api.DEMO_PASSWORD);
		page.getByTestId("sign-in-submit").tap();

		// back on /field, signed in: the waiting observation goes, with the key it was given when recorded
		assertThat(page.getByTestId("field-item").first()).hasAttribute("data-state", "sent");
		Assertions.assertThat(page.url()).endsWith("/field");
		assertThat(page.getByTestId("field-sign-in-again")).hasCount(0);
		Assertions.assertThat(observationsWith(site, note)).as("stored once").isEqualTo(1);
		page.reload();
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-item").first()).hasAttribute("data-state", "sent");
		Assertions.assertThat(observationsWith(site, note)).as("still once").isEqualTo(1);
	}

	private long observationsWith(String siteId, String note) {
		JsonNode entries = new Api(port, "moitruong").get("/api/v1/sites/" + siteId + "/history").json().get("entries");
		long count = 0;
		for (JsonNode entry : entries) {
			count += entry.toString().contains(note) ? 1 : 0;
		}
		return count;
	}

	private void usePhone() {
		context.close();
		context = browser.newContext(Phone.options());
		context.setDefaultTimeout(20_000);
		context.grantPermissions(List.of("geolocation"));
		context.setGeolocation(new Geolocation(Fixtures.VO_CUONG[1] + 0.0002, Fixtures.VO_CUONG[0] + 0.0002).setAccuracy(12));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}
}
