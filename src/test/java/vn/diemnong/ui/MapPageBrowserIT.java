package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import vn.diemnong.IntegrationTest;

/** The map page in Chromium against the running service with the demo province (99 communes). */
@IntegrationTest
class MapPageBrowserIT extends BrowserTest {

	private static final String SITE_MARKERS = ".leaflet-sites-pane path.site-marker";

	// A point site with at least one history entry, found through the API the page itself uses.
	private static final String SITE_WITH_HISTORY = """
			async () => {
			  const json = (url) => fetch(url).then((r) => r.json());
			  const sites = await json('/api/v1/sites?kind=recycling_facility,household_workshop,waste_dump&limit=200');
			  for (const f of sites.features.filter((f) => f.geometry && f.geometry.type === 'Point')) {
			    const history = await json(`/api/v1/sites/${f.id}/history`);
			    if (history.entries.length) {
			      const [lng, lat] = f.geometry.coordinates;
			      return { id: String(f.id), name: f.properties.name, lat: String(lat), lng: String(lng) };
			    }
			  }
			  return null;
			}""";

	// The commune with the most violations in the default period, so the chart has bars.
	private static final String BUSIEST_COMMUNE = """
			async () => {
			  const config = await fetch('/api/v1/config').then((r) => r.json());
			  const { from, to } = config.defaultPeriod;
			  const communes = await fetch(`/api/v1/communes?from=${from}&to=${to}`).then((r) => r.json());
			  const busiest = communes.features.reduce((a, b) => (b.properties.violations > a.properties.violations ? b : a));
			  return String(busiest.id);
			}""";

	@Test
	void mapShowsEveryCommuneAndTheSites() {
		long started = System.nanoTime();
		open("");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(COMMUNES);
		long drawnMs = (System.nanoTime() - started) / 1_000_000;
		Object mark = page.evaluate("() => performance.getEntriesByName('communes-drawn')[0]?.startTime ?? null");
		System.out.printf("[first paint] commune layer drawn %s ms after navigation start (%d ms wall clock from navigate)%n",
				mark, drawnMs);
		assertThat(page.locator(SITE_MARKERS).first()).isAttached();
		assertThat(page.getByTestId("legend")).isVisible();
		assertThat(page.getByTestId("site-count")).isVisible();
		System.out.printf("[first paint] %d site markers drawn%n", page.locator(SITE_MARKERS).count());
	}

	@Test
	void clickingASiteOpensItsPanelWithItsHistory() {
		open("");
		Map<String, String> site = siteWithHistory();
		open("?map=16/" + site.get("lat") + "/" + site.get("lng"));
		Locator marker = page.locator(SITE_MARKERS + "[data-site-id='" + site.get("id") + "']");
		assertThat(marker).isAttached();
		// several sites can share a point (commune-level locations); dispatching on the element picks this one
		marker.dispatchEvent("click");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).isVisible();
		assertThat(panel).hasAttribute("data-site-id", site.get("id"));
		assertThat(panel.locator("h2")).hasText(site.get("name"));
		assertThat(panel.getByTestId("history-entry").first()).isVisible();
		assertThat(panel.getByTestId("site-facts")).isVisible();
		assertThat(page).hasURL(Pattern.compile("[?&]site=" + site.get("id") + "(&|$)"));
	}

	@Test
	void clickingACommuneOpensItsPanelWithTheMonthlyChart() {
		open("");
		String code = (String) page.evaluate(BUSIEST_COMMUNE);
		Locator commune = page.locator(COMMUNE_AREAS + "[data-code='" + code + "']");
		assertThat(commune).hasCount(1);
		commune.dispatchEvent("click");
		Locator panel = page.getByTestId("commune-panel");
		assertThat(panel).isVisible();
		assertThat(panel).hasAttribute("data-commune-code", code);
		Locator chart = page.locator("canvas#commune-monthly-chart");
		assertThat(chart).hasAttribute("data-rendered", "true");
		Object painted = chart.evaluate("""
				(canvas) => {
				  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
				  let n = 0;
				  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
				  return n;
				}""");
		Assertions.assertThat(((Number) painted).intValue()).as("painted pixels of the chart").isPositive();
		assertThat(panel.getByTestId("commune-totals")).isVisible();
		assertThat(panel.getByTestId("predecessors")).isVisible();
		assertThat(page).hasURL(Pattern.compile("[?&]commune=" + code + "(&|$)"));
	}

	@Test
	void searchingPhongKheFindsThePhongKheSites() {
		open("");
		assertThat(page.locator(SITE_MARKERS).first()).isAttached();
		int all = page.locator(SITE_MARKERS + ", .leaflet-siteAreas-pane path.site-area").count();
		page.getByTestId("filter-q").fill("phong khe");
		page.getByTestId("filter-q").press("Enter");
		Locator results = page.getByTestId("search-result");
		assertThat(results.first()).isVisible();
		assertThat(page.getByTestId("search-results")).containsText("Phong Khê");
		for (String name : page.locator("[data-testid=search-result] .result-name").allTextContents()) {
			Assertions.assertThat(fold(name)).contains("phong khe");
		}
		int shown = page.locator(SITE_MARKERS + ", .leaflet-siteAreas-pane path.site-area").count();
		Assertions.assertThat(shown).isPositive().isLessThan(all);
		assertThat(page).hasURL(Pattern.compile("[?&]q=phong(\\+|%20)khe"));
		results.first().click();
		assertThat(page.getByTestId("site-panel")).isVisible();
		assertThat(page.getByTestId("site-panel").getByTestId("location-precision")).isVisible();
	}

	@Test
	void theEnglishSwitchTranslatesThePage() {
		open("");
		assertThat(page.getByTestId("filter-q")).hasAttribute("placeholder", "VD: phong khe");
		page.getByTestId("lang-en").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByTestId("filter-bar")).containsText("Search by name");
		assertThat(page.getByTestId("legend")).containsText("Legend");
		assertThat(page.getByTestId("filter-q")).hasAttribute("placeholder", "e.g. phong khe");
		assertThat(page).hasURL(Pattern.compile("[?&]lang=en(&|$)"));
		page.reload();
		assertThat(page.getByTestId("filter-bar")).containsText("Search by name");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(COMMUNES);
	}

	@Test
	void aSharedLinkWithASiteReopensItsPanel() {
		open("");
		Map<String, String> site = siteWithHistory();
		open("?lang=en&site=" + site.get("id"));
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).isVisible();
		assertThat(panel).hasAttribute("data-site-id", site.get("id"));
		assertThat(panel.locator("h2")).hasText(site.get("name"));
		assertThat(panel.getByTestId("history-entry").first()).isVisible();
		assertThat(panel).containsText("History");
		assertThat(page.locator(SITE_MARKERS + "[data-site-id='" + site.get("id") + "']")).isAttached();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> siteWithHistory() {
		Object found = page.evaluate(SITE_WITH_HISTORY);
		Assertions.assertThat(found).as("a point site with history in the demo data").isNotNull();
		return (Map<String, String>) found;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replace('đ', 'd').replace('Đ', 'D').toLowerCase();
	}
}
