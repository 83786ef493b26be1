package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import vn.diemnong.IntegrationTest;

/** The hotspot layers in Chromium: Gi* cells, emerging patterns, a cell's panel, and sites by risk with reasons. */
@IntegrationTest
class HotspotLayersBrowserIT extends BrowserTest {

	private static final String RISK_MARKERS = ".leaflet-sites-pane path.risk-marker";

	private static final String HOT_CELLS = ".leaflet-hotCells-pane path.hot-cell";

	// Hot cells drawn on the map (the coloured cells are SVG paths over the grid's canvas; their code is the class or
	// the emerging category).
	private static final String HOT_CELLS_DRAWN = """
			() => document.querySelectorAll('.leaflet-hotCells-pane path.hot-cell[data-code^=hot],'
			  + ' .leaflet-hotCells-pane path.hot-cell[data-code$=_hot_spot]').length""";

	// Hot cells whose centre shows the cell itself (no site marker above it), with that centre in page pixels.
	private static final String UNCOVERED_HOT_CELLS = """
			() => [...document.querySelectorAll('.leaflet-hotCells-pane path.hot-cell[data-code^=hot]')].map((p) => {
			  const r = p.getBoundingClientRect();
			  const x = r.x + r.width / 2, y = r.y + r.height / 2;
			  return { id: p.dataset.cellId, x, y, top: document.elementFromPoint(x, y) === p };
			}).filter((c) => c.top)""";

	// The hottest cell of the default period that has a site inside, found through the API the page uses.
	private static final String HOT_CELL_WITH_SITES = """
			async () => {
			  const json = (url) => fetch(url).then((r) => r.json());
			  const { from, to } = (await json('/api/v1/config')).defaultPeriod;
			  const gi = await json(`/api/v1/hotspots/gi?from=${from}&to=${to}&cell=500`);
			  const hot = gi.features.filter((f) => f.properties.class === 'hot99').sort((a, b) => b.properties.z - a.properties.z);
			  for (const f of hot) {
			    const cell = await json(`/api/v1/hotspots/cells/${f.id}?from=${from}&to=${to}&cell=500`);
			    if (!cell.sites.length) continue;
			    const ring = f.geometry.coordinates[0].slice(0, -1);
			    const mean = (k) => ring.reduce((sum, p) => sum + p[k], 0) / ring.length;
			    return { id: f.id, lng: String(mean(0)), lat: String(mean(1)), site: String(cell.sites[0].id) };
			  }
			  return null;
			}""";

	// The riskiest point site.
	private static final String RISKIEST_POINT_SITE = """
			async () => {
			  const sites = await fetch('/api/v1/sites?sort=risk&limit=50').then((r) => r.json());
			  const f = sites.features.find((s) => s.geometry && s.geometry.type === 'Point');
			  const [lng, lat] = f.geometry.coordinates;
			  return { id: String(f.id), lat: String(lat), lng: String(lng) };
			}""";

	@Test
	void theGiLayerDrawsHotCellsAndItsLegendStatesTheAnalysis() {
		open("");
		page.getByTestId("layer-gi").check();
		Locator legend = page.getByTestId("legend");
		assertThat(legend.getByTestId("legend-fdr")).hasText("Hiệu chỉnh FDR (Benjamini–Hochberg): bật");
		assertThat(legend).containsText("99 % (p < 0,01)");
		assertThat(legend).containsText("cạnh 500 m");
		assertThat(legend).containsText("≤ 866 m");
		Assertions.assertThat(Integer.parseInt(legend.locator("li[data-class=hot99] .legend-count").textContent().trim()))
			.as("hot cells at 99 %").isPositive();
		page.waitForFunction(HOT_CELLS_DRAWN);
		System.out.printf("[gi] %s hot cells drawn%n", page.evaluate(HOT_CELLS_DRAWN));
		assertThat(page).hasURL(Pattern.compile("[?&]layer=gi(&|$)"));

		page.getByTestId("fdr").uncheck();
		assertThat(legend.getByTestId("legend-fdr")).containsText("tắt");
		page.getByTestId("cell-size").selectOption("1000");
		assertThat(legend).containsText("cạnh 1.000 m");
		assertThat(page).hasURL(Pattern.compile("[?&]cell=1000(&|$)"));
		assertThat(page).hasURL(Pattern.compile("[?&]fdr=off(&|$)"));
	}

	@Test
	void theEmergingLayerNamesEveryPatternInTheLegend() {
		// a fixed window: the default one ends with last month in Asia/Ho_Chi_Minh, and this test counts its months
		open("?from=2023-01-01&to=2026-10-31");
		page.getByTestId("layer-emerging").check();
		Locator legend = page.getByTestId("legend");
		assertThat(legend.locator("li[data-category]")).hasCount(17);
		assertThat(legend).containsText("Điểm nóng rải rác");
		assertThat(legend).containsText("Sporadic Hot Spot");
		assertThat(legend).containsText("Điểm lạnh gia tăng");
		assertThat(legend).containsText("46 tháng");
		Assertions.assertThat(Integer.parseInt(legend.locator("li[data-category=sporadic_hot_spot] .legend-count")
			.textContent().trim())).as("sporadic hot spots over 46 months").isPositive();
		page.waitForFunction(HOT_CELLS_DRAWN);
		assertThat(page).hasURL(Pattern.compile("[?&]layer=emerging(&|$)"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void clickingAHotCellOpensItsPanelWithTheZChartAndItsSites() {
		open("");
		Map<String, String> cell = (Map<String, String>) page.evaluate(HOT_CELL_WITH_SITES);
		Assertions.assertThat(cell).as("a hot cell with a site in the demo data").isNotNull();
		// sites hidden, so the click at the cell's centre lands on the cell and not on a site marker
		open("?layer=gi&sites=none&map=15/" + cell.get("lat") + "/" + cell.get("lng"));
		page.waitForFunction(HOT_CELLS_DRAWN);
		BoundingBox map = page.getByTestId("map").boundingBox();
		page.mouse().click(map.x + map.width / 2, map.y + map.height / 2);

		Locator panel = page.getByTestId("cell-panel");
		assertThat(panel).isVisible();
		assertThat(panel).hasAttribute("data-cell-id", cell.get("id"));
		assertThat(panel.getByTestId("cell-class")).hasText(Pattern.compile("Điểm nóng, tin cậy 99 %"));
		assertThat(panel.getByTestId("cell-gi")).containsText("Khoảng cách lân cận");
		assertThat(panel).containsText("z > 1,65");
		assertThat(panel).containsText("FDR bật");
		Locator chart = panel.getByTestId("cell-z-chart");
		assertThat(chart).hasAttribute("data-rendered", "true");
		Assertions.assertThat(((Number) chart.evaluate("""
				(canvas) => {
				  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
				  let n = 0;
				  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
				  return n;
				}""")).intValue()).as("painted pixels of the z chart").isPositive();
		assertThat(panel.getByTestId("cell-violation").first()).isVisible();
		assertThat(page).hasURL(Pattern.compile("[?&]hex=" + cell.get("id") + "(&|$)"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("clickingAHotCellOpensItsPanel-cellPanel.png")));

		panel.locator("[data-testid=cell-site][data-site-id='" + cell.get("site") + "']").click();
		assertThat(page.getByTestId("site-panel")).hasAttribute("data-site-id", cell.get("site"));
		assertThat(panel).isHidden();
	}

	@Test
	@SuppressWarnings("unchecked")
	void hotCellsShowAndOpenWithTheSitesOn() {
		open("?layer=gi&cell=250");
		Locator legend = page.getByTestId("legend");
		assertThat(legend.locator("li[data-class=hot99] .legend-count")).not().hasText("0");
		int counted = Integer.parseInt(legend.locator("li[data-class=hot99] .legend-count").textContent().trim());
		assertThat(page.locator(HOT_CELLS + "[data-code=hot99]")).hasCount(counted);
		Assertions.assertThat(page.locator(".leaflet-sites-pane path.site-marker").count()).as("sites on").isPositive();

		// with the sites on, hot cells are painted and some are not under any marker
		List<Map<String, Object>> uncovered = (List<Map<String, Object>>) page.evaluate(UNCOVERED_HOT_CELLS);
		System.out.printf("[gi 250 m] %d hot cells drawn, %d with no site marker over their centre%n", counted,
				uncovered.size());
		Assertions.assertThat(uncovered).as("hot cells seen at their centre, sites on").isNotEmpty();
		Assertions.assertThat(page.locator(HOT_CELLS + "[data-code=hot99]").first().evaluate(
				"(p) => getComputedStyle(p).fillOpacity")).isEqualTo("0.75");

		Map<String, Object> cell = uncovered.get(0);
		page.mouse().click(((Number) cell.get("x")).doubleValue(), ((Number) cell.get("y")).doubleValue());
		Locator panel = page.getByTestId("cell-panel");
		assertThat(panel).isVisible();
		assertThat(panel).hasAttribute("data-cell-id", (String) cell.get("id"));
		assertThat(panel.getByTestId("cell-class")).hasText(Pattern.compile("Điểm nóng, tin cậy 99 %"));
		page.getByTestId("panel-close").click();
		assertThat(panel).isHidden();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hot-cells-with-sites.png")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void sitesColouredByRiskOpenWithTheReasonsForTheirScore() {
		open("");
		page.getByTestId("sites-risk").check();
		assertThat(page.locator(RISK_MARKERS).first()).isAttached();
		assertThat(page.getByTestId("legend")).containsText("80–100");
		assertThat(page).hasURL(Pattern.compile("[?&]sites=risk(&|$)"));

		Map<String, String> site = (Map<String, String>) page.evaluate(RISKIEST_POINT_SITE);
		open("?sites=risk&map=16/" + site.get("lat") + "/" + site.get("lng"));
		Locator marker = page.locator(RISK_MARKERS + "[data-site-id='" + site.get("id") + "']");
		assertThat(marker).isAttached();
		marker.dispatchEvent("click");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", site.get("id"));
		assertThat(panel.getByTestId("risk-score")).containsText("/ 100");
		assertThat(panel.getByTestId("risk-reason").first()).isVisible();
		for (String points : panel.locator(".risk-points").allTextContents()) {
			Assertions.assertThat(points).matches("\\+[\\d.,]+ điểm");
		}
		assertThat(panel.getByTestId("risk-reasons")).containsText("Vi phạm #");
		assertThat(panel).containsText("phiên bản");

		panel.locator("button[data-testid=risk-record]").first().click();
		assertThat(panel.locator(".history-entry.flash")).hasCount(1);
	}

}
