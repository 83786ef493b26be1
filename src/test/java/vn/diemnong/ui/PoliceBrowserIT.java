package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;

import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * The police page: the watch list, a plan made from the form and drawn on the map, on a desktop and on a phone; a
 * plan for an area drawn on the map.
 */
@IntegrationTest
class PoliceBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void aPlanForAnAreaDrawnOnTheMapKeepsEveryStopInsideIt() {
		signIn("congan");
		page.navigate("http://localhost:" + port + "/police.html");
		assertThat(page.locator("body[data-ready=true]")).hasCount(1);
		// zoomed in on Phong Khê (Võ Cường), where the sites are many, with the wheel at the place (it stays under the
		// pointer), then a quadrilateral around it, as a person clicks its corners
		BoundingBox map = page.getByTestId("police-map").boundingBox();
		double[] at = pixelOf(map, Fixtures.VO_CUONG);
		page.mouse().move(at[0], at[1]);
		for (int i = 0; i < 3; i++) {
			page.mouse().wheel(0, -120);
			page.waitForTimeout(300);
			page.waitForFunction("() => !document.querySelector('.leaflet-zoom-anim')");
		}
		page.getByTestId("police-draw-area").click();
		assertThat(page.getByTestId("police-area-hint")).isVisible();
		double[][] corners = { { -70, -60 }, { 80, -50 }, { 70, 70 }, { -60, 60 } };
		Locator vertices = page.locator(".leaflet-marker-pane .leaflet-editing-icon");
		for (int i = 0; i < corners.length; i++) {
			// Leaflet.draw takes no new corner until 50 ms (a timer, late on a busy machine) after the last one: a
			// click it let pass is made again, as a person would
			for (int attempt = 0; vertices.count() <= i && attempt < 5; attempt++) {
				page.waitForTimeout(200);
				page.mouse().click(at[0] + corners[i][0], at[1] + corners[i][1]);
				try {
					vertices.nth(i).waitFor(new Locator.WaitForOptions().setTimeout(1_000)
						.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
				}
				catch (com.microsoft.playwright.TimeoutError missed) {
					System.out.printf("[police] corner %d not taken, clicked again%n", i + 1);
				}
			}
		}
		assertThat(vertices).hasCount(4);
		page.getByTestId("police-area-finish").click();
		Locator drawn = page.getByTestId("police-area-drawn");
		assertThat(drawn).containsText("4 đỉnh");
		assertThat(page.locator("#police-plan-communes")).isDisabled();
		String area = drawn.getAttribute("data-geometry");

		page.locator("#police-plan-start").selectOption(new SelectOption().setValue("09190"));
		page.locator("#police-hours").fill("4");
		page.locator("#police-seed").fill("5");
		page.getByTestId("police-make-plan").click();
		assertThat(page.getByTestId("police-plan-summary")).isVisible();
		long plan = Long.parseLong(page.getByTestId("police-plan-pdf").getAttribute("href").replaceAll("\\D+", " ").trim()
			.split(" ")[1]);
		int stops = page.getByTestId("police-stops").locator("li").count();
		Assertions.assertThat(stops).as("stops in the drawn area").isPositive();
		java.util.Map<String, Object> inside = jdbc.sql("""
				SELECT count(*) AS stops,
				       count(*) FILTER (WHERE ST_Covers(ST_SetSRID(ST_GeomFromGeoJSON(:area), 4326), s.geom)) AS inside,
				       bool_and(ST_Equals(p.geom, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(:area), 4326)))) AS same_area
				FROM patrol_plan_stop s JOIN patrol_plan p ON p.id = s.plan_id WHERE s.plan_id = :plan""")
			.param("area", area).param("plan", plan).query().singleRow();
		Assertions.assertThat(((Number) inside.get("stops")).intValue()).isEqualTo(stops);
		Assertions.assertThat(((Number) inside.get("inside")).intValue()).as("stops inside the drawn polygon").isEqualTo(stops);
		System.out.printf("[police] a plan for a drawn area: %d stops, all inside; stored area the drawn one: %s%n", stops,
				inside.get("same_area"));
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("police-drawn-area.png")));
	}

	/**
	 * Where [lon, lat] is on the police map as it opens: the province's box fitted to the map (Leaflet's fitBounds,
	 * no zoom snapping, Web Mercator).
	 */
	private double[] pixelOf(BoundingBox map, double[] lonLat) {
		tools.jackson.databind.JsonNode box = new vn.diemnong.Api(port, "congan").get("/api/v1/config").json()
			.get("province").get("bbox");
		double x1 = mercX(box.get(0).asDouble());
		double x2 = mercX(box.get(2).asDouble());
		double y1 = mercY(box.get(3).asDouble());
		double y2 = mercY(box.get(1).asDouble());
		double scale = Math.min(map.width / (x2 - x1), map.height / (y2 - y1));
		return new double[] { map.x + map.width / 2 + (mercX(lonLat[0]) - (x1 + x2) / 2) * scale,
				map.y + map.height / 2 + (mercY(lonLat[1]) - (y1 + y2) / 2) * scale };
	}

	private static double mercX(double lon) {
		return Math.toRadians(lon);
	}

	private static double mercY(double lat) {
		// down the screen as y grows
		return -Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
	}
}
