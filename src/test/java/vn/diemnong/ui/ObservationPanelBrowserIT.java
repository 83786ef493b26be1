package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.observation.Multipart;
import vn.diemnong.photo.Photos;
import vn.diemnong.photo.TestPhotos;

/** The site panel on the province map shows a field observation in the history: findings, distance flag, photos. */
@IntegrationTest
class ObservationPanelBrowserIT extends BrowserTest {

	@Test
	void anObservationIsInTheSitePanelsHistoryWithItsPhotoAndHash() {
		long id = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng có ảnh hiện trường"), Fixtures.VO_CUONG);
		byte[] photo = TestPhotos.jpeg(640, 480);
		String observation = """
				{"findings": ["working", "scrap_stockpiled"], "note": "Xe tải chở phế liệu vào lúc 9 giờ",
				 "position": {"type": "Point", "coordinates": [%s, %s]}, "accuracyM": 9,
				 "observedAt": "%s"}""".formatted(Fixtures.VO_CUONG[0] + 0.005, Fixtures.VO_CUONG[1],
				OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(30).withNano(0));
		Api.Response filed = new Multipart().json("observation", observation).file("photos", "anh.jpg", "image/jpeg", photo)
			.post(port, "/api/v1/sites/" + id + "/observations", "xa.vocuong", "Idempotency-Key", UUID.randomUUID().toString());
		org.assertj.core.api.Assertions.assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String sha = Photos.sha256Of(photo);

		open("?site=" + id + "&map=16/" + Fixtures.VO_CUONG[1] + "/" + Fixtures.VO_CUONG[0]);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", String.valueOf(id));
		Locator entry = panel.locator("[data-testid='history-entry'][data-type='observation']");
		assertThat(entry).containsText("Quan sát hiện trường");
		assertThat(entry).containsText("Đang hoạt động, Tập kết phế liệu");
		assertThat(entry).containsText("Xe tải chở phế liệu vào lúc 9 giờ");
		assertThat(entry.getByTestId("observation-far")).containsText("quá 300 m");
		assertThat(entry.getByTestId("observation-sha")).hasText(sha.substring(0, 8) + "…" + sha.substring(60));
		assertThat(entry.getByTestId("observation-sha")).hasAttribute("title", sha);
		Locator thumbnail = entry.locator("img");
		assertThat(thumbnail).hasAttribute("src", "/api/v1/photos/" + sha + "?size=thumb");
		thumbnail.scrollIntoViewIfNeeded();
		page.waitForFunction("img => img.complete && img.naturalWidth === 320", thumbnail.elementHandle());
		assertThat(entry.locator("a")).hasAttribute("href", "/api/v1/photos/" + sha);
		assertThat(panel.locator("[data-testid='risk-reason'][data-code='observation-stockpile']")).hasCount(1);
		assertThat(panel.locator("[data-testid='risk-reason'][data-code='observation-stockpile']"))
			.containsText("tập kết phế liệu");
	}
}
