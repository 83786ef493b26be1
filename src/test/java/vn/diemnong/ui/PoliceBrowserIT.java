package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

import vn.diemnong.IntegrationTest;

/** The police page: the watch list, a plan made from the form and drawn on the map, on a desktop and on a phone. */
@IntegrationTest
class PoliceBrowserIT extends BrowserTest {

	private void planVanMon() {
		page.navigate("http://localhost:" + port + "/police.html");
		assertThat(page.locator("body[data-ready=true]")).hasCount(1);
		assertThat(page.getByTestId("police-watchlist").locator("tbody tr").first()).isVisible();
		page.locator("#police-plan-communes").selectOption(new SelectOption().setValue("09238"));
		page.locator("#police-plan-communes").dispatchEvent("change");
		page.locator("#police-hours").fill("3");
		page.locator("#police-seed").fill("11");
		page.getByTestId("police-make-plan").click();
		assertThat(page.getByTestId("police-plan-summary")).isVisible();
	}

	@Test
	void aPlanIsDrawnOnTheMapWithNumberedStopsAndReasonsOnClick() {
		signIn("congan");
		planVanMon();
		Locator stops = page.getByTestId("police-stops").locator("li");
		int count = stops.count();
		Assertions.assertThat(count).isPositive();
		Locator markers = page.locator(".police-stop");
		assertThat(markers).hasCount(count);
		List<String> numbers = markers.allInnerTexts();
		Assertions.assertThat(numbers).containsExactlyInAnyOrderElementsOf(
				java.util.stream.IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList());
		// the legs: one per stop and the way back
		Assertions.assertThat(page.locator(".leaflet-overlay-pane path[stroke='#c0392b']").count()).isEqualTo(count + 1);
		markers.filter(new Locator.FilterOptions().setHasText("1")).first().click();
		Locator popup = page.getByTestId("police-stop-popup");
		assertThat(popup).isVisible();
		assertThat(popup).containsText("Điểm 1:");
		assertThat(popup).containsText("Cần kiểm tra");
		assertThat(page.getByTestId("police-plan-pdf")).hasAttribute("href",
				java.util.regex.Pattern.compile("/api/v1/patrol-plans/\\d+/pdf"));
		// every signal has its source (observations, commitments, tips, patrol visits): none is listed as absent
		assertThat(page.getByTestId("police-absent")).isEmpty();
	}

	@Test
	void onAPhoneThePlanFollowsTheFormAndTheMapFitsTheScreen() {
		context.close();
		context = browser.newContext(Phone.options());
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		signIn("congan");
		planVanMon();
		var map = page.getByTestId("police-map").boundingBox();
		Assertions.assertThat(map.width).isLessThanOrEqualTo(Phone.WIDTH);
		assertThat(page.getByTestId("police-stops")).isVisible();
		page.getByTestId("police-map").scrollIntoViewIfNeeded();
	}
}
