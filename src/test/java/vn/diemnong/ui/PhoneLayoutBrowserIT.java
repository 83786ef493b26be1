package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import vn.diemnong.IntegrationTest;

/**
 * The map page on a phone (360 × 740, touch): the map fills the screen, the filters wait behind one button, the map's
 * boxes are folded and apart, panels open as a bottom sheet in sight, and every touch target is at least 44 px.
 * On a desktop the page stays as it was.
 */
@IntegrationTest
class PhoneLayoutBrowserIT extends BrowserTest {

	private static final String SITE_MARKERS = ".leaflet-sites-pane path.site-marker";

	// A point site with history, found through the API the page uses.
	private static final String POINT_SITE = """
			async () => {
			  const json = (url) => fetch(url).then((r) => r.json());
			  const sites = await json('/api/v1/sites?kind=recycling_facility,household_workshop,waste_dump&limit=200');
			  for (const f of sites.features.filter((f) => f.geometry && f.geometry.type === 'Point')) {
			    const history = await json(`/api/v1/sites/${f.id}/history`);
			    if (history.entries.length > 3) {
			      const [lng, lat] = f.geometry.coordinates;
			      return { id: String(f.id), lat: String(lat), lng: String(lng) };
			    }
			  }
			  return null;
			}""";

	@Test
	void onAPhoneTheMapFillsTheScreenAndItsBoxesStayApart() {
		usePhone();
		open("");
		BoundingBox map = page.getByTestId("map").boundingBox();
		System.out.printf("[phone] map %.0f × %.0f at y %.0f of %d × %d%n", map.width, map.height, map.y, Phone.WIDTH, Phone.HEIGHT);
		Assertions.assertThat(map.width).isEqualTo((double) Phone.WIDTH);
		Assertions.assertThat(map.height).as("map height").isGreaterThan(0.8 * Phone.HEIGHT);
		Assertions.assertThat(map.y + map.height).isLessThanOrEqualTo(Phone.HEIGHT);
		assertThat(page.getByTestId("filter-bar")).isHidden();
		assertThat(page.getByTestId("filters-toggle")).isVisible();
		assertThat(page.locator("[data-testid=layer-switch] details")).not().hasAttribute("open", "");
		assertThat(page.locator("[data-testid=legend] details")).not().hasAttribute("open", "");

		Map<String, BoundingBox> boxes = boxes(Map.of(
				"filters button", "[data-testid=filters-toggle]",
				"layer switch", "[data-testid=layer-switch]",
				"legend", "[data-testid=legend]",
				"zoom", ".leaflet-control-zoom",
				"attribution", ".leaflet-control-attribution",
				"scale", ".leaflet-control-scale",
				"in view", "[data-testid=in-view]",
				"site count", "[data-testid=site-count]"));
		assertApart(boxes);
		for (BoundingBox box : boxes.values()) {
			assertInViewport(box);
		}
		assertBigEnough(null);
		System.out.printf("[phone] %d touch targets on the map page, all ≥ 44 px%n", Phone.targets(page, null));

		// the legend and the layer switch open one at a time, and open they stay within the screen
		page.locator("[data-testid=legend] summary").tap();
		assertThat(page.locator("[data-testid=legend] details")).hasAttribute("open", "");
		assertInViewport(page.getByTestId("legend").boundingBox());
		page.locator("[data-testid=layer-switch] summary").tap();
		assertThat(page.locator("[data-testid=layer-switch] details")).hasAttribute("open", "");
		assertThat(page.locator("[data-testid=legend] details")).not().hasAttribute("open", "");
		assertApart(boxes(Map.of("layer switch", "[data-testid=layer-switch]", "legend", "[data-testid=legend]",
				"zoom", ".leaflet-control-zoom")));
		assertBigEnough("[data-testid=layer-switch]");
		page.locator("[data-testid=layer-switch] summary").tap();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-map.png")));
	}

	@Test
	void onAPhoneTheFiltersOpenAsASheetBehindOneButton() {
		usePhone();
		open("");
		page.getByTestId("filters-toggle").tap();
		Locator sheet = page.locator(".filter-sheet-card");
		assertThat(sheet).isVisible();
		assertInViewport(sheet.boundingBox());
		assertThat(page.getByTestId("filter-q")).isVisible();
		assertThat(page.getByTestId("filter-q")).isFocused();
		page.locator("[data-testid=filter-kind] summary").tap();
		assertBigEnough(".filter-sheet-card");
		System.out.printf("[phone] %d touch targets in the filter sheet, all ≥ 44 px%n", Phone.targets(page, ".filter-sheet-card"));
		page.getByTestId("filter-q").fill("phong khe");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-filters.png")));
		page.getByTestId("filter-q").press("Enter");
		assertThat(sheet).isHidden();
		assertThat(page.getByTestId("search-result").first()).isVisible();
		assertThat(page.getByTestId("filters-toggle").locator(".filters-count")).hasText("1");
		assertInViewport(page.getByTestId("search-results").boundingBox());
	}

	@Test
	void onAPhoneASiteOpensAsABottomSheetInSight() {
		usePhone();
		open("");
		@SuppressWarnings("unchecked")
		Map<String, String> site = (Map<String, String>) page.evaluate(POINT_SITE);
		Assertions.assertThat(site).as("a point site with history").isNotNull();
		open("?map=16/" + site.get("lat") + "/" + site.get("lng"));
		Locator marker = page.locator(SITE_MARKERS + "[data-site-id='" + site.get("id") + "']");
		assertThat(marker).isAttached();
		marker.dispatchEvent("click");
		Locator side = page.locator("#side");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", site.get("id"));
		assertThat(panel.getByTestId("history-entry").first()).isAttached();
		BoundingBox sheet = side.boundingBox();
		System.out.printf("[phone] site sheet %.0f × %.0f at y %.0f%n", sheet.width, sheet.height, sheet.y);
		assertInViewport(sheet);
		Assertions.assertThat(sheet.height).as("the sheet leaves some map").isLessThan(0.7 * Phone.HEIGHT);
		Locator close = panel.getByTestId("panel-close");
		assertThat(close).isVisible();
		assertInViewport(close.boundingBox());
		// the chosen site is in the part of the map above the sheet
		page.waitForFunction("(id) => { const m = document.querySelector(`.leaflet-sites-pane path[data-site-id='${id}']`);"
				+ " const r = m && m.getBoundingClientRect(); const top = document.getElementById('side').getBoundingClientRect().top;"
				+ " return r && r.bottom < top && r.top > 0; }", site.get("id"));
		// the sheet scrolls; its heading and close button stay in sight
		Object scrolled = side.evaluate("(el) => { el.scrollTop = 400; return { top: el.scrollTop, more: el.scrollHeight > el.clientHeight }; }");
		Assertions.assertThat(((Map<?, ?>) scrolled).get("more")).isEqualTo(true);
		Assertions.assertThat(((Number) ((Map<?, ?>) scrolled).get("top")).intValue()).isPositive();
		assertInViewport(close.boundingBox());
		Assertions.assertThat(close.boundingBox().y).isGreaterThanOrEqualTo(sheet.y);
		assertBigEnough("#side");
		System.out.printf("[phone] %d touch targets in sight in the site sheet, all ≥ 44 px%n", Phone.targets(page, "#side"));
		side.evaluate("(el) => { el.scrollTop = 0; }");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-site-sheet.png")));
		close.tap();
		assertThat(panel).isHidden();
		assertThat(side).isHidden();
	}

	@Test
	void onADesktopThePageStaysAsItWas() {
		open("");
		assertThat(page.getByTestId("filter-bar")).isVisible();
		assertThat(page.getByTestId("filters-toggle")).isHidden();
		assertThat(page.locator("[data-testid=layer-switch] details")).hasAttribute("open", "");
		assertThat(page.locator("[data-testid=legend] details")).hasAttribute("open", "");
		BoundingBox bar = page.getByTestId("filter-bar").boundingBox();
		BoundingBox map = page.getByTestId("map").boundingBox();
		Assertions.assertThat(map.width).isEqualTo(1400.0);
		Assertions.assertThat(map.y).isGreaterThanOrEqualTo(bar.y + bar.height - 1);
		page.getByTestId("filter-q").fill("phong khe");
		page.getByTestId("filter-q").press("Enter");
		page.getByTestId("search-result").first().click();
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).isVisible();
		// the panel sits beside the map, which narrows
		BoundingBox side = page.locator("#side").boundingBox();
		page.waitForFunction("() => document.querySelector('[data-testid=map]').getBoundingClientRect().width < 1000");
		BoundingBox narrowed = page.getByTestId("map").boundingBox();
		Assertions.assertThat(narrowed.x + narrowed.width).isLessThanOrEqualTo(side.x + 1);
		assertThat(page.locator(".sheet-bar")).isHidden();
	}

	private void usePhone() {
		context.close();
		context = browser.newContext(Phone.options());
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}

	private Map<String, BoundingBox> boxes(Map<String, String> selectors) {
		Map<String, BoundingBox> boxes = new LinkedHashMap<>();
		selectors.forEach((name, selector) -> {
			Locator locator = page.locator(selector).first();
			assertThat(locator).isVisible();
			boxes.put(name, locator.boundingBox());
		});
		return boxes;
	}

	private static void assertApart(Map<String, BoundingBox> boxes) {
		List<String> names = List.copyOf(boxes.keySet());
		for (int i = 0; i < names.size(); i++) {
			for (int j = i + 1; j < names.size(); j++) {
				BoundingBox a = boxes.get(names.get(i));
				BoundingBox b = boxes.get(names.get(j));
				double w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
				double h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
				Assertions.assertThat(w > 0.5 && h > 0.5).as(names.get(i) + " overlaps " + names.get(j) + ": "
						+ describe(a) + " and " + describe(b)).isFalse();
			}
		}
	}

	private static void assertInViewport(BoundingBox box) {
		Assertions.assertThat(box.x).as("left of " + describe(box)).isGreaterThanOrEqualTo(-0.5);
		Assertions.assertThat(box.y).as("top of " + describe(box)).isGreaterThanOrEqualTo(-0.5);
		Assertions.assertThat(box.x + box.width).as("right of " + describe(box)).isLessThanOrEqualTo(Phone.WIDTH + 0.5);
		Assertions.assertThat(box.y + box.height).as("bottom of " + describe(box)).isLessThanOrEqualTo(Phone.HEIGHT + 0.5);
	}

	private void assertBigEnough(String selector) {
		Assertions.assertThat(Phone.smallTargets(page, selector)).as("touch targets under 44 px").isEmpty();
	}

	private static String describe(BoundingBox box) {
		return "%.0f,%.0f %.0f×%.0f".formatted(box.x, box.y, box.width, box.height);
	}
}
