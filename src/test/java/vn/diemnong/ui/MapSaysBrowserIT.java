package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import vn.diemnong.IntegrationTest;

/** What the map says: the choropleth's measure and what it counts, print, list exports, the base map offline. */
@IntegrationTest
class MapSaysBrowserIT extends BrowserTest {

	private static final String FILLS = "() => [...document.querySelectorAll('" + COMMUNE_AREAS
			+ "')].map((p) => p.getAttribute('fill')).join(',')";

	// The addresses of the communes layer's requests so far.
	private static final String COMMUNE_REQUESTS = """
			() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/api/v1/communes?'))""";

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
