package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.photo.TestPhotos;
import tools.jackson.databind.JsonNode;

/** The public tip page on a phone (360 × 740, touch), and the queue of those who handle tips on the map page. */
@IntegrationTest
class TipFormBrowserIT extends BrowserTest {

	private static final String REFERENCE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

	@Test
	void anAnonymousReporterFilesATipFromAPhoneAndFollowsItByItsCode() {
		usePhoneAt(Fixtures.VO_CUONG);
		page.navigate("http://localhost:" + port + "/tip.html");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		// a tap on the map places the point …
		page.getByTestId("tip-map").tap();
		assertThat(page.getByTestId("tip-map")).hasAttribute("data-placed", "true");
		// … and so does the phone's own position
		page.getByTestId("tip-locate").tap();
		assertThat(page.getByTestId("tip-position")).containsText("21.16714");
		assertThat(page.getByTestId("tip-nearby")).isVisible();
		page.getByTestId("tip-send").tap();
		assertThat(page.locator("[data-problem=findings]")).isVisible();
		page.getByTestId("tip-finding-working").tap();
		page.getByTestId("tip-finding-scrap_brought_in").tap();
		page.getByTestId("tip-description").fill("Xe tải chở phế liệu vào lúc nửa đêm");
		page.getByTestId("tip-photos").setInputFiles(new FilePayload("xe.jpg", "image/jpeg", TestPhotos.jpeg(800, 600)));
		assertThat(page.getByTestId("tip-photo-list")).hasText("Đã chọn 1/3 ảnh.");
		Assertions.assertThat(Phone.smallTargets(page, "[data-testid=tip-form]")).as("touch targets under 44 px").isEmpty();
		// the phone's screen from the map down: the point placed, its position, what is already known near it
		page.locator("[data-field=position] h3").evaluate("el => el.scrollIntoView()");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tip-form.png")));

		page.getByTestId("tip-send").tap();
		String reference = page.getByTestId("tip-reference").innerText().strip();
		Assertions.assertThat(reference).matches(REFERENCE);
		page.getByTestId("tip-follow").tap();
		assertThat(page.getByTestId("tip-status-reference")).hasText(reference);
		assertThat(page.getByTestId("tip-status-state")).hasText("Đã nhận");

		// the code alone, typed in any case, finds it again; the reporter adds what they saw since
		page.navigate("http://localhost:" + port + "/tip.html?code=" + reference.toLowerCase());
		assertThat(page.getByTestId("tip-status-state")).hasText("Đã nhận");
		assertThat(page.getByTestId("tip-status-additions")).hasText("0");
		page.getByTestId("tip-addition").fill("Đêm nay xe lại đến");
		page.getByTestId("tip-add").tap();
		assertThat(page.getByTestId("tip-notice")).isVisible();
		assertThat(page.getByTestId("tip-status-additions")).hasText("1");
		Assertions.assertThat(page.getByTestId("tip-status").innerText()).doesNotContain("nửa đêm", "Võ Cường");
		// the tip arrived with its photo, which the public cannot read
		JsonNode tips = new Api(port, "moitruong").get("/api/v1/tips?limit=1000").json();
		JsonNode filed = tips.valueStream().filter(tip -> "Xe tải chở phế liệu vào lúc nửa đêm"
			.equals(tip.path("description").asString(null))).findFirst().orElseThrow();
		Assertions.assertThat(filed.get("photos")).hasSize(1);
		Assertions.assertThat(new Api(port).get("/api/v1/photos/" + filed.get("photos").get(0).asString()).status())
			.isIn(401, 404);
	}

	@Test
	void aCommuneHandlesItsTipsFromTheMap() {
		String text = Fixtures.unique("Có khói trong xóm");
		Api.Response filed = new Api(port).post("/api/v1/tips", Map.of("position", Map.of("lon", Fixtures.VO_CUONG[0],
				"lat", Fixtures.VO_CUONG[1]), "findings", List.of("smoke_or_smell"), "seenOn",
				LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "description", text), "X-Forwarded-For", "192.0.2.77");
		Assertions.assertThat(filed.status()).isEqualTo(201);
		signIn("xa.vocuong");
		openAsIs("", 1);
		page.getByTestId("tip-queue-button").click();
		var item = page.getByTestId("tip-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
		assertThat(item).isVisible();
		assertThat(item.locator("[data-testid=tip-show-contact]")).hasCount(0);
		item.locator("[data-action=verifying]").click();
		assertThat(page.getByTestId("tip-panel").locator(".tip-notice")).isVisible();
		assertThat(page.getByTestId("tip-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text))
			.locator(".badge").first()).hasText("Đang xác minh");
	}

	private void usePhoneAt(double[] lonLat) {
		context.close();
		context = browser.newContext(Phone.options().setGeolocation(new Geolocation(lonLat[1], lonLat[0]))
			.setPermissions(List.of("geolocation")));
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}
}
