package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;
import vn.diemnong.photo.TestPhotos;

/**
 * Issue 12's evidence from the map page: the inspection form cites a field observation and its photo by hash (the
 * picker shows the site's observations with their thumbnails), the decision says who signed it, the site panel shows
 * both; and a tip is verified from the queue with the observation that confirmed it.
 */
@IntegrationTest
class EvidenceBrowserIT extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Api api;
	final List<String> pageErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void api() {
		api = new Api(port, "moitruong");
		api.get("/api/v1/me");
		pageErrors.clear();
		page.onPageError(pageErrors::add);
	}

	@AfterEach
	void noScriptErrors() {
		Assertions.assertThat(pageErrors).as("uncaught errors in the page").isEmpty();
	}

	private JsonNode observe(long site, byte[]... photos) {
		Map<String, Object> o = Map.of("findings", List.of("working", "scrap_stockpiled"), "note", "Khói đen buổi sáng",
				"position", Fixtures.point(Fixtures.VO_CUONG), "accuracyM", 9, "observedAt",
				OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).withNano(0).toString());
		Multipart request = new Multipart().json("observation", JSON.writeValueAsString(o));
		for (byte[] photo : photos) {
			request.file("photos", "IMG.jpg", "image/jpeg", photo);
		}
		Api.Response filed = request.post(port, "/api/v1/sites/" + site + "/observations", "xa.vocuong",
				"Idempotency-Key", UUID.randomUUID().toString());
		Assertions.assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		return filed.json();
	}

	@Test
	void theInspectionFormCitesAnObservationAndItsPhotoByHash() throws Exception {
		long siteId = Fixtures.site(api, Fixtures.unique("Xưởng có chứng cứ"), Fixtures.VO_CUONG);
		JsonNode seen = observe(siteId, TestPhotos.jpeg(320, 240), TestPhotos.jpeg(240, 320));
		long observation = seen.get("id").asLong();
		String sha = seen.get("photos").get(1).get("sha256").asString();

		open("?site=" + siteId);
		page.getByTestId("site-panel").getByTestId("record-inspection").click();
		Locator form = page.getByTestId("inspection-form");
		assertThat(form).isVisible();
		form.locator("[name=kind]").selectOption("follow_up");
		form.locator("[name='agency.environment']").check();
		form.locator("[name=outcome]").fill("Cơ sở vẫn hoạt động, phế liệu chất đống");
		Locator picker = form.locator("[data-field=evidence]").getByTestId("evidence-picker");
		assertThat(picker.getByTestId("evidence-observation")).hasCount(1);
		assertThat(picker.getByTestId("evidence-observation")).containsText("Ghi nhận hiện trường số " + observation);
		assertThat(picker.getByTestId("evidence-photo")).hasCount(2);
		assertThat(picker.locator("img").nth(1)).hasAttribute("src", "/api/v1/photos/" + sha + "?size=thumb");
		picker.locator("[name='cite.p" + observation + "_" + sha + "']").check();

		form.getByTestId("violations-add").click();
		String v = "violations[0].";
		form.locator("[name='" + v + "category']").selectOption("illegal_scrap_recycling");
		form.locator("[name='" + v + "decisionNumber']").fill("21/QĐ-XPHC");
		form.locator("[name='" + v + "decidedOn']").fill(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		form.locator("[name='" + v + "fineVnd']").fill("15.000.000");
		form.locator("[name='" + v + "issuingAuthority']").selectOption("commune_chair");
		form.locator("[name='" + v + "issuingAuthorityName']").fill("Chủ tịch UBND phường Võ Cường");
		form.locator("[name='" + v + "cite.o" + observation + "']").check();

		page.setViewportSize(1400, 2000);
		form.locator("[data-field=evidence]").scrollIntoViewIfNeeded();
		Path shot = SCREENSHOTS.resolve("form-inspection-evidence.png");
		page.screenshot(new Page.ScreenshotOptions().setPath(shot));
		Assertions.assertThat(Files.size(shot)).isPositive();
		page.setViewportSize(1400, 900);

		// "other" needs the wording on the decision: refused next to the field, nothing stored
		form.locator("[name='" + v + "issuingAuthority']").selectOption("other");
		form.locator("[name='" + v + "issuingAuthorityName']").fill("");
		form.getByTestId("form-submit").click();
		Locator nameField = form.locator("[data-field='" + v + "issuingAuthorityName']");
		assertThat(nameField.locator(".form-error")).containsText("hãy ghi chức danh");
		Assertions.assertThat(api.get("/api/v1/sites/" + siteId + "/history").json().get("entries").valueStream()
			.filter(e -> e.get("type").asString().equals("inspection")).count()).isZero();
		form.locator("[name='" + v + "issuingAuthority']").selectOption("commune_chair");
		form.locator("[name='" + v + "issuingAuthorityName']").fill("Chủ tịch UBND phường Võ Cường");
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		JsonNode entries = api.get("/api/v1/sites/" + siteId + "/history").json().get("entries");
		JsonNode inspection = entries.valueStream().filter(e -> e.get("type").asString().equals("inspection"))
			.findFirst().orElseThrow();
		Assertions.assertThat(inspection.get("evidence")).hasSize(1);
		Assertions.assertThat(inspection.get("evidence").get(0).get("observationId").asLong()).isEqualTo(observation);
		Assertions.assertThat(inspection.get("evidence").get(0).get("photoSha256").asString()).isEqualTo(sha);
		JsonNode violation = entries.valueStream().filter(e -> e.get("type").asString().equals("violation"))
			.findFirst().orElseThrow();
		Assertions.assertThat(violation.get("evidence").get(0).get("photoSha256").isNull()).isTrue();
		Assertions.assertThat(violation.get("issuingAuthority").asString()).isEqualTo("commune_chair");

		// the site panel shows the evidence with the hash (short, copyable) and who signed the decision
		Locator panel = page.getByTestId("site-panel");
		Locator cited = panel.locator("[data-testid=history-entry][data-type=inspection]").getByTestId("evidence-item");
		assertThat(cited).hasCount(1);
		assertThat(cited.getByTestId("evidence-sha")).hasText(sha.substring(0, 8) + "…" + sha.substring(60));
		assertThat(cited.getByTestId("evidence-sha")).hasAttribute("title", sha);
		Locator decision = panel.locator("[data-testid=history-entry][data-type=violation]");
		assertThat(decision).containsText("Chủ tịch UBND cấp xã — Chủ tịch UBND phường Võ Cường");
		assertThat(decision.getByTestId("evidence-item")).containsText("Ghi nhận hiện trường số " + observation);
		decision.scrollIntoViewIfNeeded();
		panel.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("site-panel-evidence.png")));
	}

	@Test
	void aTipIsVerifiedFromTheQueueWithTheObservationThatConfirmedIt() {
		long siteId = Fixtures.site(api, Fixtures.unique("Xưởng bị báo"), Fixtures.VO_CUONG);
		long observation = observe(siteId).get("id").asLong();
		String text = Fixtures.unique("Đốt dây điện ban đêm");
		Api.Response filed = new Api(port).post("/api/v1/tips", Map.of("position", Map.of("lon", Fixtures.VO_CUONG[0],
				"lat", Fixtures.VO_CUONG[1]), "findings", List.of("smoke_or_smell"), "seenOn",
				LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "description", text), "X-Forwarded-For",
				"192.0.2." + (100 + Math.abs(text.hashCode()) % 100));
		Assertions.assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		long tip = api.get("/api/v1/tips?limit=1000").json().valueStream()
			.filter(t -> text.equals(t.path("description").asString(null))).findFirst().orElseThrow().get("id").asLong();
		Assertions.assertThat(api.patch("/api/v1/tips/" + tip, Map.of("status", "verifying", "siteId", siteId),
				"If-Match", "\"0\"").status()).isEqualTo(200);

		signIn("xa.vocuong");
		openAsIs("", 1);
		page.getByTestId("tip-queue-button").click();
		Locator item = page.locator("[data-testid=tip-item][data-tip-id='" + tip + "']");
		item.locator("[data-action=verifiedEvidence]").click();
		Locator choice = item.getByTestId("tip-confirmation-choice")
			.filter(new Locator.FilterOptions().setHasText("ghi nhận hiện trường số " + observation));
		choice.locator("input").check();
		item.getByTestId("tip-verify-submit").click();

		Locator verified = page.locator("[data-testid=tip-item][data-tip-id='" + tip + "']");
		assertThat(verified.getByTestId("tip-confirmed")).containsText("ghi nhận hiện trường số " + observation);
		assertThat(verified.locator(".badge").first()).hasText("Đã xác minh");
		JsonNode stored = api.get("/api/v1/tips?limit=1000").json().valueStream()
			.filter(t -> t.get("id").asLong() == tip).findFirst().orElseThrow();
		Assertions.assertThat(stored.get("confirmations").get(0).get("id").asLong()).isEqualTo(observation);
	}
}
