package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;

import vn.diemnong.IntegrationTest;

/** What the map says: the choropleth's measure and what it counts, print, list exports, the base map offline. */
@IntegrationTest
class MapSaysBrowserIT extends BrowserTest {

	private static final String FILLS = "() => [...document.querySelectorAll('" + COMMUNE_AREAS
			+ "')].map((p) => p.getAttribute('fill')).join(',')";

	// The addresses of the communes layer's requests so far.
	private static final String COMMUNE_REQUESTS = """
			() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/api/v1/communes?'))""";

	// A point site with an address, found through the API the page uses.
	private static final String SITE_WITH_ADDRESS = """
			async () => {
			  const json = (url) => fetch(url).then((r) => r.json());
			  const sites = await json('/api/v1/sites?kind=recycling_facility,waste_dump&limit=200');
			  for (const f of sites.features.filter((s) => s.geometry && s.geometry.type === 'Point')) {
			    const site = await json(`/api/v1/sites/${f.id}`);
			    if (site.properties.address) {
			      return { id: String(f.id), name: site.properties.name, address: site.properties.address,
			               lat: site.geometry.coordinates[1].toFixed(5).replace('.', ','),
			               lng: site.geometry.coordinates[0].toFixed(5).replace('.', ',') };
			    }
			  }
			  return null;
			}""";

	private static final String PRINT_WHILE_THE_LEGEND_REDRAWS = """
			() => ['[data-testid=site-panel] [data-testid=print]', '[data-testid=lang-en]', '[data-testid=lang-vi]']
			  .forEach((selector) => document.querySelector(selector).click())""";

	@Test
	@SuppressWarnings("unchecked")
	void aSitePrintsOnA4WithItsMapAddressAndCoordinatesAndNoButtons() throws Exception {
		open("");
		Map<String, String> site = (Map<String, String>) page.evaluate(SITE_WITH_ADDRESS);
		Assertions.assertThat(site).as("a point site with an address in the demo data").isNotNull();
		// the browser's print dialog is counted rather than opened; the test prints to PDF itself
		page.addInitScript("""
				window.print = () => {
				  window.printed = (window.printed || 0) + 1;
				  window.legendOpenWhenPrinted = Boolean(document.querySelector('[data-testid=legend] details')?.open);
				};""");
		open("?site=" + site.get("id"));
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel.locator("h2")).hasText(site.get("name"));
		// whatever redraws the legend as printing starts (on CI the finer commune outlines for the fitted zoom; here a
		// language switch there and back, in the same task as the click) must not fold it again
		page.evaluate(PRINT_WHILE_THE_LEGEND_REDRAWS);
		assertThat(page.locator("body")).hasAttribute("data-print-ready", "true");
		Assertions.assertThat(page.evaluate("() => window.printed")).isEqualTo(1);
		Assertions.assertThat(page.evaluate("() => window.legendOpenWhenPrinted")).as("the legend open as it prints").isEqualTo(true);
		assertThat(page.getByTestId("legend").locator("details")).hasAttribute("open", "");
		assertThat(page.getByTestId("layer-switch")).isHidden();
		// the map was fitted to the site: its marker lies inside the printed map
		BoundingBox map = page.getByTestId("map").boundingBox();
		BoundingBox marker = page.locator(".leaflet-sites-pane path[data-site-id='" + site.get("id") + "']").boundingBox();
		Assertions.assertThat(marker.x).isBetween(map.x, map.x + map.width);
		Assertions.assertThat(marker.y).isBetween(map.y, map.y + map.height);

		Path pdf = SCREENSHOTS.resolve("print-site.pdf");
		page.pdf(new Page.PdfOptions().setPath(pdf).setPreferCSSPageSize(true).setPrintBackground(true));
		String info = run("pdfinfo", pdf.toString());
		Assertions.assertThat(info).as("pdfinfo").contains("(A4)");
		String text = run("pdftotext", "-layout", pdf.toString(), "-");
		Assertions.assertThat(text).contains(site.get("name"), site.get("address"),
				site.get("lat") + "; " + site.get("lng"));
		for (String button : List.of("Đóng bản in", "Đăng xuất", "Đặt lại", "Lớp bản đồ", "Tô màu theo")) {
			Assertions.assertThat(text).as("printed text").doesNotContain(button);
		}
		Assertions.assertThat(text.lines()).as("the print button").noneMatch(line -> line.strip().equals("In"));
		run("pdftoppm", "-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile", pdf.toString(),
				SCREENSHOTS.resolve("print-site").toString());

		page.getByTestId("print-exit").click();
		assertThat(page.getByTestId("filter-bar")).isVisible();
	}

	@Test
	void withoutInternetTilesTheMapNamesTheCommunesAndLogsOneError() {
		List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.text());
			}
		});
		// a base map whose tiles do not load (the tests have no internet; a path of this service that answers 404
		// stands for the tile server, so the page's Content-Security-Policy lets the request go)
		page.route("**/api/v1/config", route -> {
			APIResponse config = route.fetch();
			String body = config.text().replaceFirst("\"baseMap\":\\{\"url\":\"[^\"]*\"",
					"\"baseMap\":{\"url\":\"/no-tiles/{z}/{x}/{y}.png\"");
			route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json").setBody(body));
		});
		// the page comes with its configuration written in (map/MapPage.java): the same base map there
		page.route("http://localhost:" + port + "/", route -> {
			APIResponse served = route.fetch();
			java.util.Map<String, String> headers = new java.util.HashMap<>(served.headers());
			headers.remove("content-encoding");
			headers.remove("content-length");
			String body = served.text().replaceFirst("\"baseMap\":\\{\"url\":\"[^\"]*\"",
					"\"baseMap\":{\"url\":\"/no-tiles/{z}/{x}/{y}.png\"");
			route.fulfill(new Route.FulfillOptions().setStatus(served.status()).setHeaders(headers).setBody(body));
		});
		open("");
		assertThat(page.getByTestId("base-map-notice"))
			.hasText("Không tải được bản đồ nền: bản đồ hiện ranh giới và tên xã/phường.");
		assertThat(page.locator(".leaflet-tile")).hasCount(0);
		Locator labels = page.locator("[data-testid=commune-label]:visible");
		assertThat(labels.first()).isVisible();
		int shown = labels.count();
		Assertions.assertThat(shown).as("commune names drawn at the province's zoom").isBetween(20, COMMUNES);
		Assertions.assertThat(labels.allTextContents()).contains("Trường Sơn");
		page.mouse().wheel(0, -600);
		page.waitForTimeout(1500);
		System.out.printf("[offline] %d commune names at the province's zoom; console errors: %s%n", shown, errors);
		Assertions.assertThat(errors).as("console errors without tiles").hasSizeLessThanOrEqualTo(2);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("base-map-offline.png")));
	}

	@Test
	void theSiteCountAndACommunesPanelOfferTheListAsCsvAndXlsx() throws Exception {
		open("?kind=craft_village");
		Download csv = page.waitForDownload(() -> page.getByTestId("site-count").getByTestId("export-csv").click());
		Assertions.assertThat(csv.suggestedFilename()).isEqualTo("danh-sach-co-so.csv");
		String text = new String(java.nio.file.Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
		Assertions.assertThat(text).startsWith("\uFEFFMã,Tên cơ sở,Loại hình");
		Assertions.assertThat(text.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains(",Làng nghề,"));

		open("?commune=09190");
		Download xlsx = page.waitForDownload(() -> page.getByTestId("commune-panel").getByTestId("export-xlsx").click());
		Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("co-so-xa-09190.xlsx");
		Assertions.assertThat(java.nio.file.Files.size(xlsx.path())).isPositive();
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Assertions.assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
		return out;
	}

	@Test
	@SuppressWarnings("unchecked")
	void theChoroplethIsNormalisedAndSaysWhatItCounts() {
		open("");
		Locator legend = page.getByTestId("legend");
		assertThat(legend.getByTestId("choropleth-title")).hasText("Số vi phạm phát hiện trong kỳ, theo xã/phường");
		assertThat(legend.getByTestId("choropleth-counts")).containsText("Mọi vi phạm phát hiện qua các đợt kiểm tra từ");
		assertThat(legend.getByTestId("choropleth-filters")).hasText("Tính mọi loại hình, ngành nghề và trạng thái cơ sở.");
		String counts = (String) page.evaluate(FILLS);

		legend.getByTestId("choropleth-measure").selectOption("km2");
		assertThat(legend.getByTestId("choropleth-title"))
			.hasText("Vi phạm phát hiện trong kỳ trên 1 km² diện tích xã/phường");
		Assertions.assertThat((String) page.evaluate(FILLS)).as("communes shaded per km²").isNotEqualTo(counts);
		Assertions.assertThat(legend.locator("[data-testid=choropleth-legend] li").allTextContents())
			.as("rate classes").anyMatch(label -> label.contains(","));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("choropleth-per-km2.png")));
		legend.getByTestId("choropleth-measure").selectOption("site");
		assertThat(legend.getByTestId("choropleth-title")).hasText("Vi phạm phát hiện trong kỳ trên 1 cơ sở của xã/phường");

		// the kind and trade filters act on the communes' counts too, and the legend says so
		open("?kind=craft_village&trade=paper_recycling");
		assertThat(legend.getByTestId("choropleth-filters"))
			.hasText("Chỉ tính các cơ sở khớp bộ lọc loại hình, ngành nghề và trạng thái.");
		Assertions.assertThat((List<String>) page.evaluate(COMMUNE_REQUESTS)).as("communes requests")
			.anyMatch(url -> url.contains("kind=craft_village") && url.contains("trade=paper_recycling"));
	}
}
