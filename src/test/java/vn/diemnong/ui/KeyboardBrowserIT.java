package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import vn.diemnong.IntegrationTest;

/**
 * The map by keyboard: the shapes are no tab stops, the filters and the list of what is in view come within a few
 * stops, Enter opens a site, the focus goes into its panel, Escape closes it and the focus comes back; the browser's
 * Back closes a panel before it leaves the page.
 */
@IntegrationTest
class KeyboardBrowserIT extends BrowserTest {

	// Võ Cường, around Phong Khê: many sites and a few communes in view.
	private static final String PHONG_KHE = "?map=14/21.16714/106.06056";

	// What has the focus: its test id, the id of the closest element with one, or its tag.
	private static final String FOCUSED = """
			() => {
			  const el = document.activeElement;
			  if (!el || el === document.body) return 'body';
			  const named = el.closest('[data-testid], [id]');
			  const where = el.closest('.leaflet-pane') ? 'map-pane:' : '';
			  return where + (el.dataset.testid || (named && (named.dataset.testid || named.id)) || el.tagName.toLowerCase());
			}""";

	// The focus is on the entry, or on the list's summary when the list no longer has it.
	private static final String BACK_IN_THE_LIST = """
			(selector) => document.activeElement
			  === (document.querySelector(selector) || document.querySelector('[data-testid=in-view-summary]'))""";

	@Test
	void tabbingReachesTheFiltersAndTheListInViewWithoutTheShapes() {
		open(PHONG_KHE);
		assertThat(page.getByTestId("in-view-summary")).containsText("cơ sở");
		Object tabbable = page.evaluate("() => [...document.querySelectorAll('.leaflet-pane *')].filter((el) => el.tabIndex >= 0).length");
		Assertions.assertThat(((Number) tabbable).intValue()).as("tab stops among the map's shapes").isZero();
		List<String> stops = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			page.keyboard().press("Tab");
			stops.add((String) page.evaluate(FOCUSED));
		}
		System.out.println("[keyboard] tab stops: " + stops);
		Assertions.assertThat(stops).noneMatch(stop -> stop.startsWith("map-pane:"));
		int filters = stops.indexOf("filter-q") + 1;
		int inView = stops.indexOf("in-view-summary") + 1;
		System.out.printf("[keyboard] the search field is tab stop %d, the list in view stop %d%n", filters, inView);
		Assertions.assertThat(filters).isBetween(1, 6);
		Assertions.assertThat(inView).isBetween(1, 15);
	}

	// Tooltips are bound at the first pointer on a shape (site-features.js): the pointer still gets each one, and a
	// shape that has one is still no tab stop.
	@Test
	void pointingAtASiteShowsItsTooltipAndTheShapeStaysNoTabStop() {
		open(PHONG_KHE);
		Locator marker = page.locator(".leaflet-sites-pane path.site-marker").first();
		String id = marker.getAttribute("data-site-id");
		String name = (String) page.evaluate("(id) => fetch('/api/v1/sites/' + id).then((r) => r.json())"
				+ ".then((s) => s.properties.name)", id);
		marker.dispatchEvent("mouseover");
		Locator tooltip = page.locator(".leaflet-tooltip-pane .leaflet-tooltip");
		assertThat(tooltip).isVisible();
		assertThat(tooltip).containsText(name);
		marker.dispatchEvent("mouseout");
		assertThat(tooltip).hasCount(0);
		marker.dispatchEvent("mouseover");
		assertThat(tooltip).containsText(name);
		Assertions.assertThat(marker.getAttribute("tabindex")).isEqualTo("-1");
	}

	@Test
	void enterOnASiteInViewOpensItAndEscapeReturnsTheFocus() {
		open(PHONG_KHE);
		Locator summary = page.getByTestId("in-view-summary");
		summary.focus();
		page.keyboard().press("Enter");
		Locator first = page.getByTestId("in-view-site").first();
		assertThat(first).isVisible();
		assertThat(page.getByTestId("in-view-sites-more")).containsText("Còn");
		page.keyboard().press("Tab");
		assertThat(first).isFocused();
		page.keyboard().press("Tab");
		Locator second = page.getByTestId("in-view-site").nth(1);
		assertThat(second).isFocused();
		String id = second.getAttribute("data-site-id");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("keyboard-in-view.png")));
		page.keyboard().press("Enter");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(panel.locator(".panel-header h2")).isFocused();
		assertThat(page).hasURL(Pattern.compile("[?&]site=" + id + "(&|$)"));
		page.keyboard().press("Escape");
		assertThat(panel).isHidden();
		// back on the same entry, or on the list's summary when the wider map no longer lists it among the nearest
		page.waitForFunction(BACK_IN_THE_LIST, "[data-testid=in-view-site][data-site-id='" + id + "']");
		assertThat(page).not().hasURL(Pattern.compile("[?&]site="));

		// a commune of the list too
		Locator commune = page.getByTestId("in-view-commune").first();
		String code = commune.getAttribute("data-code");
		commune.focus();
		page.keyboard().press("Enter");
		assertThat(page.getByTestId("commune-panel")).hasAttribute("data-commune-code", code);
		assertThat(page.getByTestId("commune-panel").locator(".panel-header h2")).isFocused();
		page.keyboard().press("Escape");
		assertThat(page.getByTestId("commune-panel")).isHidden();
		page.waitForFunction(BACK_IN_THE_LIST, "[data-testid=in-view-commune][data-code='" + code + "']");
	}

	@Test
	void enterOnASearchResultOpensItAndEscapeLeavesTheListOpen() {
		open("");
		page.getByTestId("filter-q").fill("phong khe");
		page.getByTestId("filter-q").press("Enter");
		Locator result = page.getByTestId("search-result").first();
		assertThat(result).isVisible();
		String id = result.getAttribute("data-site-id");
		result.focus();
		page.keyboard().press("Enter");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(panel.locator(".panel-header h2")).isFocused();
		page.keyboard().press("Escape");
		assertThat(panel).isHidden();
		assertThat(page.getByTestId("search-results")).isVisible();
		assertThat(page.locator("[data-testid=search-result][data-site-id='" + id + "']")).isFocused();
	}

	@Test
	void backClosesThePanelBeforeItLeavesThePage() {
		open(PHONG_KHE);
		page.getByTestId("in-view-summary").click();
		Locator site = page.getByTestId("in-view-site").first();
		String id = site.getAttribute("data-site-id");
		site.click();
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(page).hasURL(Pattern.compile("[?&]site=" + id + "(&|$)"));
		page.goBack();
		assertThat(panel).isHidden();
		assertThat(page).not().hasURL(Pattern.compile("[?&]site="));
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		Assertions.assertThat(page.url()).startsWith("http://localhost:" + port + "/");
		// forward opens it again
		page.goForward();
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(panel).isVisible();

		// a panel closed on the page leaves no dead entry: the next Back leaves the page
		page.getByTestId("panel-close").click();
		assertThat(panel).isHidden();
		page.waitForFunction("() => !location.search.includes('site=')");
		page.goBack();
		page.waitForURL("about:blank");
	}

	@Test
	void aSharedLinkWithAPanelClosesWithBackToTheSameView() {
		open("");
		Object id = page.evaluate("async () => (await fetch('/api/v1/sites?q=phong%20khe&limit=1').then((r) => r.json())).features[0].id");
		open("?site=" + id);
		assertThat(page.getByTestId("site-panel")).hasAttribute("data-site-id", String.valueOf(id));
		page.goBack();
		assertThat(page.getByTestId("site-panel")).isHidden();
		Assertions.assertThat(page.url()).startsWith("http://localhost:" + port + "/");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(COMMUNES);
	}
}
