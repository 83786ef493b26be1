package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * Recording from the site panel: a status change and an inspection with samples and violations, the limit in force
 * and the exceedance shown while a value is typed (and equal to what the service stores), a refusal shown next to its
 * field in Vietnamese and in English, and a lost connection that loses nothing.
 */
@IntegrationTest
class RecordFormsBrowserIT extends BrowserTest {

	private static final String DRAFTS = "() => Object.keys(localStorage).filter((k) => k.startsWith('diemnong.draft.'))";

	Api api;
	long siteId;
	final List<String> pageErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void site() {
		api = new Api(port, "moitruong");
		siteId = Fixtures.site(api, Fixtures.unique("Xưởng ghi biên bản"), Fixtures.VO_CUONG);
		pageErrors.clear();
		page.onPageError(pageErrors::add);
	}

	@AfterEach
	void noScriptErrors() {
		Assertions.assertThat(pageErrors).as("uncaught errors in the page").isEmpty();
	}

	@Test
	void aStatusChangeIsSavedAndShownInTheHistory() {
		open("?site=" + siteId);
		Locator form = openForm("record-status", "status-form");
		assertThat(form.locator("[name=occurredOn]")).not().hasValue("");
		form.locator("[name=newStatus]").selectOption("suspended");
		form.locator("[name=reason]").fill("Đình chỉ theo quyết định của UBND tỉnh");
		form.locator("[name=evidence]").fill("Biên bản số 12/BB-STNMT, 5 ảnh");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("form-status.png")));
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		assertThat(page.getByTestId("toast")).containsText("Đã lưu trạng thái");
		Locator entry = page.getByTestId("site-panel").locator("[data-testid=history-entry][data-type=status]")
			.filter(new Locator.FilterOptions().setHasText("Đình chỉ theo quyết định"));
		assertThat(entry).hasCount(1);
		assertThat(entry).containsText("Bị đình chỉ");
		Assertions.assertThat(api.get("/api/v1/sites/" + siteId).json().get("properties").get("status").asString())
			.isEqualTo("suspended");
		Assertions.assertThat(drafts()).isEmpty();
	}

	@Test
	void anInspectionWithTwoSamplesAndAViolationIsSavedInOneGoWithTheLimitsShownWhileTyping() {
		open("?site=" + siteId);
		Locator form = openForm("record-inspection", "inspection-form");
		form.locator("[name=inspectedOn]").fill("2026-11-03");
		form.locator("[name=kind]").selectOption("unannounced");
		form.locator("[name='agency.environment']").check();
		form.locator("[name='agency.police']").check();
		form.locator("[name=legalBasis]").fill("QĐ 88/QĐ-STNMT");

		form.getByTestId("samples-add").click();
		form.getByTestId("samples-add").click();
		sample(form, 0, "wastewater", "COD", "410");
		Locator cod = form.getByTestId("sample-limit").nth(0);
		assertThat(cod).containsText("150");
		assertThat(cod).containsText("QCVN 40:2025/BTNMT");
		assertThat(cod).containsText("vượt 2,733 lần");
		assertThat(cod).hasAttribute("data-exceedance", "2.733");
		assertThat(form.locator("[name='samples[0].unit']")).hasValue("mg/L");
		// typed again: the factor follows the value
		form.locator("[name='samples[0].value']").pressSequentially("5");
		assertThat(cod).hasAttribute("data-exceedance", "27.367");
		form.locator("[name='samples[0].value']").fill("410");
		sample(form, 1, "emission", "dust", "150");
		assertThat(form.getByTestId("sample-limit").nth(1)).containsText("QCVN 19:2009/BTNMT");
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			shown.add(form.getByTestId("sample-limit").nth(i).getAttribute("data-exceedance"));
		}

		form.getByTestId("violations-add").click();
		String v = "violations[0].";
		form.locator("[name='" + v + "category']").selectOption("wastewater_exceedance");
		form.locator("[name='" + v + "severity']").selectOption("3");
		form.locator("[name='" + v + "legalReference']").fill("NĐ 45/2022/NĐ-CP Điều 18");
		form.locator("[name='" + v + "decisionNumber']").fill("77/QĐ-XPHC");
		form.locator("[name='" + v + "decidedOn']").fill("2026-11-05");
		form.locator("[name='" + v + "fineVnd']").fill("25.000.000");
		form.locator("[name='" + v + "remedialMeasures']").fill("Buộc xử lý nước thải đạt QCVN trước khi xả");
		form.locator("[name='" + v + "remedialDeadline']").fill("2027-01-05");
		// tall enough for the whole form in one picture
		page.setViewportSize(1400, 1700);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("form-inspection.png")));
		page.setViewportSize(1400, 900);
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		assertThat(page.getByTestId("toast")).containsText("Đã lưu biên bản");
		assertThat(page.getByTestId("site-panel").locator("[data-testid=history-entry][data-type=inspection]")).hasCount(1);
		JsonNode entries = api.get("/api/v1/sites/" + siteId + "/history").json().get("entries");
		JsonNode inspection = entries.valueStream().filter(e -> e.get("type").asString().equals("inspection"))
			.findFirst().orElseThrow();
		Assertions.assertThat(inspection.get("team").valueStream().map(JsonNode::asString))
			.containsExactly("environment", "police");
		JsonNode samples = inspection.get("samples");
		Assertions.assertThat(samples).hasSize(2);
		for (int i = 0; i < 2; i++) {
			Assertions.assertThat(samples.get(i).get("exceedance").decimalValue())
				.as("the factor the form showed for sample %d is the one stored", i)
				.isEqualByComparingTo(shown.get(i));
		}
		JsonNode violation = entries.valueStream().filter(e -> e.get("type").asString().equals("violation"))
			.findFirst().orElseThrow();
		Assertions.assertThat(violation.get("fineVnd").asLong()).isEqualTo(25_000_000L);
		Assertions.assertThat(violation.get("inspectionId").asLong()).isEqualTo(inspection.get("id").asLong());
		Assertions.assertThat(violation.get("remedialDeadline").asString()).isEqualTo("2027-01-05");
		Assertions.assertThat(drafts()).isEmpty();
	}

	@Test
	void aRefusalIsShownNextToItsFieldInVietnameseAndEnglishAndNothingIsLost() {
		open("?site=" + siteId);
		Locator form = openForm("record-status", "status-form");
		String future = LocalDate.now().plusDays(40).toString();
		form.locator("[name=occurredOn]").fill(future);
		form.locator("[name=newStatus]").selectOption("closed");
		form.locator("[name=reason]").fill("Đã tháo dỡ máy móc");
		form.getByTestId("form-submit").click();

		Locator date = form.locator("[name=occurredOn]");
		Locator error = form.locator("[data-field=occurredOn] .form-error");
		assertThat(error).hasText("ngày " + future + " nằm trong tương lai");
		assertThat(date).hasAttribute("aria-invalid", "true");
		assertThat(date).hasAttribute("aria-describedby", Pattern.compile(error.getAttribute("id")));
		assertThat(date).isFocused();
		assertThat(form.getByTestId("form-message")).containsText("hãy sửa các mục được đánh dấu");
		assertThat(form.locator("[name=reason]")).hasValue("Đã tháo dỡ máy móc");
		assertThat(form.locator("[name=newStatus]")).hasValue("closed");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("form-refusal.png")));

		// in English the form opens again with what was typed, and the service answers in English
		page.keyboard().press("Escape");
		page.getByTestId("lang-en").click();
		form = openForm("record-status", "status-form");
		assertThat(form.getByTestId("form-message")).containsText("draft was restored");
		assertThat(form.locator("[name=occurredOn]")).hasValue(future);
		assertThat(form.locator("[name=reason]")).hasValue("Đã tháo dỡ máy móc");
		form.getByTestId("form-submit").click();
		assertThat(form.locator("[data-field=occurredOn] .form-error")).hasText("the date " + future + " is in the future");
		assertThat(form.getByTestId("form-message")).containsText("correct the marked fields");
		form.getByTestId("form-close").click();

		// a value that is not a number, in a sample row: next to that row's value
		form = openForm("record-inspection", "inspection-form");
		form.locator("[name=kind]").selectOption("scheduled");
		form.locator("[name='agency.environment']").check();
		form.getByTestId("samples-add").click();
		sample(form, 0, "wastewater", "COD", "nhiều");
		form.getByTestId("form-submit").click();
		assertThat(form.locator("[data-field='samples[0].value'] .form-error")).isVisible();
		assertThat(form.locator("[name='samples[0].value']")).hasAttribute("aria-invalid", "true");
		assertThat(form.locator("[name='samples[0].value']")).hasValue("nhiều");
		Assertions.assertThat(api.get("/api/v1/sites/" + siteId + "/history").json().get("entries").valueStream()
			.filter(e -> e.get("type").asString().equals("inspection") || e.path("newStatus").asString().equals("closed"))
			.toList()).as("nothing refused was saved").isEmpty();
	}

	@Test
	void aLostConnectionKeepsTheValuesAndAReloadRestoresTheDraft() {
		open("?site=" + siteId);
		Locator form = openForm("record-inspection", "inspection-form");
		form.locator("[name=inspectedOn]").fill("2026-11-03");
		form.locator("[name=kind]").selectOption("follow_up");
		form.locator("[name='agency.commune']").check();
		form.getByTestId("samples-add").click();
		sample(form, 0, "wastewater", "COD", "90");
		assertThat(form.getByTestId("sample-limit")).hasAttribute("data-exceedance", "0.600");

		context.setOffline(true);
		form.getByTestId("form-submit").click();
		assertThat(form.getByTestId("form-message")).containsText("mất kết nối");
		assertThat(form.locator("[name='samples[0].value']")).hasValue("90");
		context.setOffline(false);

		page.reload();
		assertThat(page.getByTestId("site-panel")).hasAttribute("data-site-id", String.valueOf(siteId));
		form = openForm("record-inspection", "inspection-form");
		assertThat(form.getByTestId("form-message")).containsText("Đã khôi phục bản nháp");
		assertThat(form.locator("[name=inspectedOn]")).hasValue("2026-11-03");
		assertThat(form.locator("[name=kind]")).hasValue("follow_up");
		assertThat(form.locator("[name='agency.commune']")).isChecked();
		assertThat(form.locator("[name='samples[0].parameter']")).hasValue("COD");
		assertThat(form.locator("[name='samples[0].value']")).hasValue("90");
		assertThat(form.getByTestId("sample-limit")).hasAttribute("data-exceedance", "0.600");
		form.getByTestId("form-submit").click();
		assertThat(form).hasCount(0);
		Assertions.assertThat(drafts()).isEmpty();
	}

	@Test
	void onAPhoneTheFormsFillTheScreenWithTouchTargetsOf44Pixels() {
		Browser browser = context.browser();
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setHasTouch(true)
			.setIsMobile(true).setLocale("vi-VN"));
		page = context.newPage();
		page.onPageError(pageErrors::add);
		open("?site=" + siteId);
		Locator form = openForm("record-inspection", "inspection-form");
		form.getByTestId("samples-add").click();
		form.getByTestId("violations-add").click();
		List<String> small = new ArrayList<>();
		Locator targets = form.locator("input:not([type=checkbox]), select, textarea, button, .form-field-checkbox");
		for (int i = 0; i < targets.count(); i++) {
			var box = targets.nth(i).boundingBox();
			if (box != null && box.height < 44) {
				small.add(targets.nth(i).evaluate("el => el.name || el.textContent").toString() + " " + box.height);
			}
		}
		Assertions.assertThat(small).as("touch targets under 44 px").isEmpty();
		var dialog = form.boundingBox();
		Assertions.assertThat(dialog.width).isEqualTo(360);
	}

	private Locator openForm(String button, String testId) {
		page.getByTestId("site-panel").getByTestId(button).click();
		Locator form = page.getByTestId(testId);
		assertThat(form).isVisible();
		return form;
	}

	private static void sample(Locator form, int row, String medium, String parameter, String value) {
		String s = "samples[" + row + "].";
		form.locator("[name='" + s + "medium']").selectOption(medium);
		form.locator("[name='" + s + "parameter'] option[value='" + parameter + "']").waitFor(
				new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		form.locator("[name='" + s + "parameter']").selectOption(parameter);
		form.locator("[name='" + s + "value']").fill(value);
	}

	@SuppressWarnings("unchecked")
	private List<String> drafts() {
		return (List<String>) page.evaluate(DRAFTS);
	}
}
