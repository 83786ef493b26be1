package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** Registering, editing and relocating sites on the map page, with Leaflet.draw, as the department and a commune. */
@IntegrationTest
class SiteFormsBrowserIT extends BrowserTest {

	private static final String SITE_MARKERS = ".leaflet-sites-pane path.site-marker";
	private static final String SITE_AREAS = ".leaflet-siteAreas-pane path.site-area";

	/** Open ground in Võ Cường, a little east of its representative point (where the approximate sites are). */
	private static final String VO_CUONG_VIEW = "?map=16/21.16900/106.06400";

	/** In Văn Môn, which is not Võ Cường's. */
	private static final String VAN_MON_VIEW = "?map=16/21.18500/105.93400";

	@Test
	void drawingAPointRegistersASiteThatAppearsWithItsPanel() {
		open(VO_CUONG_VIEW);
		assertThat(page.locator(SITE_MARKERS).first()).isAttached();
		int before = page.locator(SITE_MARKERS).count();
		page.getByTestId("draw-point").click();
		assertThat(page.getByTestId("draw-hint")).isVisible();
		assertThat(page.getByTestId("draw-point")).isHidden();
		clickMapCentre(0, 0);

		Locator form = page.getByTestId("site-register-form");
		assertThat(form).isVisible();
		assertThat(form.getByTestId("geometry-summary")).containsText("21.16900");
		String name = Fixtures.unique("Xưởng tái chế giấy vẽ trên bản đồ");
		fillSite(form, name);
		form.getByLabel("Địa chỉ").fill("thôn Dương Ổ, phường Võ Cường");
		shot("form-site-draw");
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).containsText(name);
		assertThat(panel).containsText("Võ Cường");
		assertThat(page.locator(SITE_MARKERS)).hasCount(before + 1);
		assertThat(page.locator(SITE_MARKERS + "[data-site-id='" + panel.getAttribute("data-site-id") + "']"))
			.isAttached();
	}

	@Test
	void drawingAPolygonRegistersAnArea() {
		open(VO_CUONG_VIEW);
		page.getByTestId("draw-polygon").click();
		assertThat(page.getByTestId("draw-finish")).isVisible();
		// a person's clicks, not a machine's: Leaflet.draw takes no new corner within 50 ms of the last one
		for (double[] corner : new double[][] { { -120, -80 }, { 120, -80 }, { 60, 100 } }) {
			clickMapCentre(corner[0], corner[1]);
			page.waitForTimeout(200);
		}
		assertThat(page.locator(".leaflet-marker-pane .leaflet-editing-icon")).hasCount(3);
		page.getByTestId("draw-finish").click();

		Locator form = page.getByTestId("site-register-form");
		assertThat(form.getByTestId("geometry-summary")).containsText("3");
		String name = Fixtures.unique("Cụm xưởng vẽ vùng");
		fillSite(form, name);
		form.getByTestId("form-submit").click();

		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).containsText(name);
		assertThat(page.locator(SITE_AREAS + "[data-site-id='" + panel.getAttribute("data-site-id") + "']"))
			.isAttached();
	}

	@Test
	void aCommuneDrawingOutsideItsCommuneIsToldAtTheGeometry() {
		signIn("xa.vocuong");
		openAsIs(VAN_MON_VIEW, 1);
		page.getByTestId("draw-point").click();
		assertThat(page.getByTestId("draw-hint")).isVisible();
		clickMapCentre(0, 0);
		Locator form = page.getByTestId("site-register-form");
		fillSite(form, Fixtures.unique("Xưởng ngoài phường"));
		assertThat(form.getByLabel("Phân loại ô nhiễm")).hasCount(0);
		form.getByTestId("form-submit").click();

		Locator geometry = form.locator("fieldset[data-field='geometry']");
		assertThat(geometry).hasAttribute("aria-invalid", "true");
		assertThat(geometry.locator(".form-error")).containsText("không thuộc các xã/phường của bạn");
		assertThat(form.getByTestId("form-message")).isVisible();
		// nothing typed is lost
		assertThat(form.getByLabel("Tên cơ sở")).hasValue(java.util.regex.Pattern.compile("Xưởng ngoài phường .*"));
	}

	@Test
	void aStaleEditNamesWhoChangedWhatAndReloadsKeepingTheInput() {
		Api api = new Api(port, "moitruong");
		long id = Fixtures.site(api, Fixtures.unique("Xưởng sửa"), Fixtures.VO_CUONG);
		open("?site=" + id);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", String.valueOf(id));
		panel.getByTestId("site-edit").click();
		Locator form = page.getByTestId("site-edit-form");
		assertThat(form).isVisible();
		String mine = Fixtures.unique("Tên tôi sửa");
		form.getByLabel("Tên cơ sở").fill(mine);
		shot("form-site-edit");

		// meanwhile the commune changes the name and the address
		Api.Response other = api.as("xa.vocuong").patch("/api/v1/sites/" + id,
				Map.of("name", Fixtures.unique("Tên phường sửa"), "address", "thôn Châm Khê"), "If-Match", "\"0\"");
		org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(200);

		form.getByTestId("form-submit").click();
		Locator changes = form.getByTestId("stale-changes");
		assertThat(changes).containsText("xa.vocuong");
		assertThat(changes).containsText("đã sửa thông tin");
		assertThat(changes).containsText("Tên cơ sở");
		assertThat(changes).containsText("Địa chỉ");
		shot("form-site-stale");

		form.getByTestId("stale-reload").click();
		assertThat(form.getByTestId("stale-reloaded")).containsText("Tên cơ sở");
		assertThat(form.getByLabel("Tên cơ sở")).hasValue(mine);
		assertThat(form.getByLabel("Địa chỉ")).hasValue("thôn Châm Khê");
		form.getByTestId("form-submit").click();
		assertThat(form).hasCount(0);
		assertThat(panel.locator("h2")).containsText(mine);
		JsonNode site = api.get("/api/v1/sites/" + id).json().get("properties");
		org.assertj.core.api.Assertions.assertThat(site.get("address").asString()).isEqualTo("thôn Châm Khê");
		org.assertj.core.api.Assertions.assertThat(site.get("version").asInt()).isEqualTo(2);
	}

	@Test
	void correctingAnApproximateLocationIsKeptInTheHistory() {
		Api api = new Api(port, "moitruong");
		Api.Response created = api.post("/api/v1/sites", Map.of("name", Fixtures.unique("Xưởng vị trí gần đúng"),
				"kind", "recycling_facility", "trade", "paper_recycling", "geometry", Fixtures.point(Fixtures.VO_CUONG),
				"locationPrecision", "approx: representative point of 2025 commune polygon 09190"));
		long id = created.json().get("id").asLong();
		open("?site=" + id + "&map=16/" + Fixtures.VO_CUONG[1] + "/" + Fixtures.VO_CUONG[0]);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", String.valueOf(id));
		panel.getByTestId("site-locate").click();
		Locator form = page.getByTestId("site-location-form");
		assertThat(form.getByTestId("precision-now")).containsText("approx");

		Locator marker = page.locator(".leaflet-marker-icon.leaflet-marker-draggable");
		BoundingBox box = marker.boundingBox();
		double x = box.x + box.width / 2;
		double y = box.y + box.height - 4;
		page.mouse().move(x, y);
		page.mouse().down();
		page.mouse().move(x + 60, y - 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().move(x + 120, y - 80, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		assertThat(form.getByTestId("geometry-summary")).not().containsText(String.format("%.5f", Fixtures.VO_CUONG[1]));
		form.getByLabel("Độ chính xác của vị trí mới").selectOption("surveyed");
		form.getByLabel("Nguồn").fill("Biên bản kiểm tra hiện trường");
		shot("form-location");
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		assertThat(panel.getByTestId("location-precision")).containsText("đo tại hiện trường (GPS)");
		Locator entry = panel.locator("[data-testid='history-entry'][data-type='location']");
		assertThat(entry).containsText("Sửa vị trí");
		assertThat(entry).containsText("Biên bản kiểm tra hiện trường");
		JsonNode coordinates = api.get("/api/v1/sites/" + id).json().get("geometry").get("coordinates");
		org.assertj.core.api.Assertions.assertThat(coordinates.get(0).asDouble()).isGreaterThan(Fixtures.VO_CUONG[0]);
	}

	private void fillSite(Locator form, String name) {
		form.getByLabel("Tên cơ sở").fill(name);
		form.getByLabel("Loại hình").selectOption("recycling_facility");
		form.getByLabel("Ngành nghề").selectOption("paper_recycling");
	}

	/** A click on the map, offset in pixels from its centre (where the view of the address bar is). */
	private void clickMapCentre(double dx, double dy) {
		BoundingBox map = page.getByTestId("map").boundingBox();
		page.mouse().click(map.x + map.width / 2 + dx, map.y + map.height / 2 + dy);
	}

	/** A screenshot of the page now, for docs/screenshots. */
	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}
}
