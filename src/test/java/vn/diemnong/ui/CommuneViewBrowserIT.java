package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * A commune's own view (its map fitted to it, the neighbours outlined, its hot cells, trend and to-do list, a site
 * outside it in its public view) and, for everybody, a site's history with its filters and its coordinates.
 */
@IntegrationTest
class CommuneViewBrowserIT extends BrowserTest {

	private static final String VO_CUONG = "09190";
	private static final String NEIGHBOURS = ".leaflet-communes-pane path.commune-neighbour";
	private static final String VILLAGE = "Làng nghề tái chế giấy Phong Khê (thôn Dương Ổ, Châm Khê, Đào Xá)";

	// Where the commune is drawn and where the map is, in pixels.
	private static final String OWN_AND_MAP = """
			() => {
			  const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
			  return { own: box(document.querySelector('.leaflet-communes-pane path.commune-area')),
			           map: box(document.querySelector('#map')) };
			}""";

	@Test
	void aCommuneOpensFittedToItselfWithItsNeighboursOutlinedAndItsHotCellsAndTrend() {
		signIn("xa.vocuong");
		openAsIs("", 1);
		assertThat(page.getByTestId("map")).hasAttribute("data-commune-view", "ready");

		@SuppressWarnings("unchecked")
		Map<String, Map<String, Number>> boxes = (Map<String, Map<String, Number>>) page.evaluate(OWN_AND_MAP);
		Map<String, Number> own = boxes.get("own");
		Map<String, Number> map = boxes.get("map");
		Assertions.assertThat(own.get("x").doubleValue()).as("left edge in view").isGreaterThanOrEqualTo(map.get("x").doubleValue() - 1);
		Assertions.assertThat(own.get("y").doubleValue()).as("top edge in view").isGreaterThanOrEqualTo(map.get("y").doubleValue() - 1);
		Assertions.assertThat(own.get("x").doubleValue() + own.get("w").doubleValue())
			.isLessThanOrEqualTo(map.get("x").doubleValue() + map.get("w").doubleValue() + 1);
		Assertions.assertThat(own.get("y").doubleValue() + own.get("h").doubleValue())
			.isLessThanOrEqualTo(map.get("y").doubleValue() + map.get("h").doubleValue() + 1);
		Assertions.assertThat(Math.max(own.get("w").doubleValue() / map.get("w").doubleValue(),
				own.get("h").doubleValue() / map.get("h").doubleValue()))
			.as("the commune fills the map").isGreaterThan(0.6);

		Api voCuong = new Api(port, "xa.vocuong");
		int neighbours = voCuong.get("/api/v1/communes/" + VO_CUONG + "/todo").json().get("neighbours").size();
		Assertions.assertThat(neighbours).isGreaterThan(1);
		assertThat(page.locator(NEIGHBOURS)).hasCount(neighbours);
		Assertions.assertThat(page.locator(NEIGHBOURS).first().getAttribute("class")).doesNotContain("leaflet-interactive");
		Assertions.assertThat(page.locator(NEIGHBOURS).first().getAttribute("fill")).isEqualTo("none");
		assertThat(page.locator(NEIGHBOURS + "[data-code='" + VO_CUONG + "']")).hasCount(0);

		Locator box = page.getByTestId("commune-box");
		assertThat(box).isVisible();
		assertThat(box).containsText("Võ Cường");
		assertThat(box.getByTestId("commune-hot-cells")).containsText("Ô điểm nóng");
		assertThat(box.getByTestId("commune-trend")).containsText("Xu hướng vi phạm");
		assertThat(box.getByTestId("commune-trend").locator("svg.sparkline")).isVisible();
		assertThat(box.getByTestId("neighbours-note")).isVisible();
		System.out.println("commune view requests (ms): " + page.evaluate("""
				() => performance.getEntriesByType('resource').filter((e) => /todo|hotspots|public.communes/.test(e.name))
				  .map((e) => `${new URL(e.name).pathname} ${Math.round(e.duration)}`).join(', ')"""));
	}

	@Test
	void theToDoListNamesDeadlinesAndSitesToCheckAndEachEntryOpensItsSite() {
		Api env = new Api(port, "moitruong");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String name = Fixtures.unique("Xưởng sắp đến hạn");
		long site = Fixtures.site(env, name, Fixtures.VO_CUONG);
		Map<String, Object> violation = new HashMap<>(Map.of("category", "wastewater_exceedance", "severity", 2,
				"remedialMeasures", "Buộc khắc phục", "remedialDeadline", today.plusDays(7).toString(), "status", "open"));
		Assertions.assertThat(env.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn",
				today.minusDays(10).toString(), "kind", "unannounced", "team", List.of("environment"), "samples", List.of(),
				"violations", List.of(violation))).status()).isEqualTo(201);

		signIn("xa.vocuong");
		openAsIs("", 1);
		Locator todo = page.getByTestId("commune-todo");
		assertThat(todo).containsText("Việc cần làm");
		Locator soon = todo.locator("[data-testid=todo-group][data-kind=deadline-soon]");
		assertThat(soon).containsText("Sắp đến hạn khắc phục");
		Locator entry = soon.locator("[data-testid=todo-item][data-site-id='" + site + "']");
		assertThat(entry).hasText(name);
		assertThat(entry.locator("xpath=..")).containsText("còn 7 ngày");
		Locator overdue = todo.locator("[data-testid=todo-group][data-kind=deadline-overdue]");
		assertThat(overdue.getByTestId("todo-item").first()).isVisible();

		entry.click();
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", String.valueOf(site));
		assertThat(panel.locator(".panel-header h2")).hasText(name);
		assertThat(page).hasURL(java.util.regex.Pattern.compile("site=" + site));

		String overdueSite = overdue.getByTestId("todo-item").first().getAttribute("data-site-id");
		overdue.getByTestId("todo-item").first().click();
		assertThat(panel).hasAttribute("data-site-id", overdueSite);
		assertThat(panel.getByTestId("history")).isVisible();
		page.getByTestId("commune-todo").evaluate("el => el.scrollIntoView({ block: 'start' })");
	}

	@Test
	void aSiteOutsideTheCommuneOpensInItsPublicViewSayingSo() {
		String outside = new Api(port).get("/api/v1/public/sites?limit=10000").json().get("features").valueStream()
			.filter(f -> "09238".equals(f.get("properties").get("communeCode").asString())
					&& !f.get("properties").get("name").isNull())
			.map(f -> f.get("id").asString())
			.findFirst().orElseThrow();
		signIn("xa.vocuong");
		openAsIs("?site=" + outside, 1);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", outside);
		assertThat(panel.getByTestId("outside-scope")).containsText("ngoài địa bàn của bạn");
		assertThat(panel.getByTestId("public-notice")).isVisible();
		assertThat(panel.getByTestId("site-facts")).isVisible();
		assertThat(panel.locator(".error")).hasCount(0);
		assertThat(panel.getByTestId("history")).hasCount(0);
		assertThat(panel.getByTestId("site-risk")).hasCount(0);

		openAsIs("?site=987654321", 1);
		assertThat(panel.locator(".error")).isVisible();
		assertThat(panel.getByTestId("outside-scope")).hasCount(0);
	}

	@Test
	void aVillagesHistoryIsNewestFirstFilteredByKindAndMemberWithRegistrationsFolded() {
		Locator panel = openVillage();
		Locator rows = panel.locator("[data-testid=history] > li");
		assertThat(rows.first()).isVisible();
		List<String> dates = panel.locator("[data-testid=history] > li.history-entry:not(.history-fold) > .entry-meta time")
			.all().stream().map(time -> time.getAttribute("datetime")).toList();
		Assertions.assertThat(dates).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// the members were registered when the inventory began: oldest first, their registrations are one line at the top
		panel.getByTestId("history-order").click();
		Locator fold = panel.getByTestId("history-fold");
		assertThat(fold).hasCount(1);
		assertThat(fold).containsText("cơ sở thành viên được đưa vào danh mục");
		assertThat(fold.getByTestId("history-entry").first()).isHidden();
		fold.locator("summary").click();
		assertThat(fold.getByTestId("history-entry").first()).isVisible();
		Assertions.assertThat(fold.getByTestId("history-entry").count()).isGreaterThan(10);
		panel.getByTestId("history-order").click();

		panel.getByTestId("history-filter-violation").click();
		assertThat(panel.getByTestId("history-filter-violation")).hasAttribute("aria-pressed", "true");
		Assertions.assertThat(rows.all()).isNotEmpty()
			.allSatisfy(row -> Assertions.assertThat(row.getAttribute("data-type")).isEqualTo("violation"));

		Locator member = panel.getByTestId("history-member");
		String memberName = rows.locator(".badge-member").first().textContent().replaceFirst("^[^:]*: ", "");
		member.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(memberName));
		Assertions.assertThat(rows.all()).isNotEmpty().allSatisfy(row -> {
			Assertions.assertThat(row.getAttribute("data-type")).isEqualTo("violation");
			Assertions.assertThat(row.locator(".badge-member").textContent()).endsWith(memberName);
		});
		panel.getByTestId("history-filter-all").click();
		assertThat(panel.getByTestId("history-filter-all")).hasText(java.util.regex.Pattern.compile("\\(" + rows.count() + "\\)"));
		Assertions.assertThat(rows.all()).allSatisfy(row ->
			Assertions.assertThat(row.locator(".badge-member").textContent()).endsWith(memberName));
		panel.getByTestId("history-filter-violation").scrollIntoViewIfNeeded();
	}

	@Test
	void theCoordinatesOpenInAMapsAppAndCopy() {
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		Locator panel = openVillage();
		// the village is drawn as an area: its coordinates are the centre of the area's bounding box
		double[] centre = centre(new Api(port, "moitruong").get("/api/v1/sites/" + panel.getAttribute("data-site-id"))
			.json().get("geometry"));
		String shown = String.format(Locale.ROOT, "%.5f, %.5f", centre[1], centre[0]);
		Locator coords = panel.getByTestId("site-coords");
		assertThat(coords.getByTestId("coords-value")).hasText(shown);
		assertThat(coords).containsText("tâm khu vực");
		assertThat(coords.getByTestId("coords-metres")).containsText("2.400 m");
		assertThat(coords.getByTestId("location-precision")).containsText("bán kính");
		Assertions.assertThat(coords.getByTestId("coords-geo").getAttribute("href"))
			.isEqualTo(String.format(Locale.ROOT, "geo:%.6f,%.6f;u=2400?z=11", centre[1], centre[0]));
		assertThat(coords.getByTestId("coords-geo")).hasText("Mở trong ứng dụng bản đồ");

		coords.getByTestId("coords-copy").click();
		assertThat(coords.getByTestId("coords-copy")).hasText("Đã sao chép");
		Assertions.assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(shown);
	}

	/** [lon, lat] of the centre of a GeoJSON geometry's bounding box. */
	private static double[] centre(JsonNode geometry) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(List.of(geometry.get("coordinates")));
		while (!todo.isEmpty()) {
			JsonNode node = todo.pop();
			if (node.get(0).isNumber()) {
				box[0] = Math.min(box[0], node.get(0).asDouble());
				box[1] = Math.min(box[1], node.get(1).asDouble());
				box[2] = Math.max(box[2], node.get(0).asDouble());
				box[3] = Math.max(box[3], node.get(1).asDouble());
			}
			else {
				node.forEach(todo::push);
			}
		}
		return new double[] { (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 };
	}

	private Locator openVillage() {
		signIn("moitruong");
		String id = new Api(port, "moitruong").get("/api/v1/sites?q=Phong%20Kh%C3%AA&limit=50").json().get("features")
			.valueStream().filter(f -> VILLAGE.equals(f.get("properties").get("name").asString()))
			.map(f -> f.get("id").asString()).findFirst().orElseThrow();
		page.navigate("http://localhost:" + port + "/?site=" + id);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(panel.getByTestId("history")).isVisible();
		return panel;
	}
}
