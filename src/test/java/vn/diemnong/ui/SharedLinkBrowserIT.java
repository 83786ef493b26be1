package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/**
 * A shared link restores exactly the view: a fractional zoom and the centre of the part of the map no panel covers,
 * on a desktop (the panel narrows the map) and on a phone (the sheet covers its lower part), round trip into a new
 * browser context. An anonymous person opening an internal link is told that signing in shows more.
 */
@IntegrationTest
class SharedLinkBrowserIT extends BrowserTest {

	private static final String POINT_SITE = """
			async () => {
			  const sites = await fetch('/api/v1/sites?kind=recycling_facility,household_workshop,waste_dump&limit=50').then((r) => r.json());
			  const f = sites.features.find((f) => f.geometry && f.geometry.type === 'Point');
			  const [lng, lat] = f.geometry.coordinates;
			  return { id: String(f.id), lat: String(lat), lng: String(lng) };
			}""";

	// The site's marker centre and the centre of the map's free area (left of a desktop panel, above a phone sheet).
	private static final String MARKER_AND_CENTRE = """
			(id) => {
			  const marker = document.querySelector(`.leaflet-sites-pane path[data-site-id='${id}']`).getBoundingClientRect();
			  const map = document.querySelector('[data-testid=map]').getBoundingClientRect();
			  const side = document.getElementById('side').getBoundingClientRect();
			  const bottom = side.height && side.top > map.top && side.left <= map.left ? side.top : map.bottom;
			  return { mx: (marker.left + marker.right) / 2, my: (marker.top + marker.bottom) / 2,
			           cx: (map.left + map.right) / 2, cy: (map.top + bottom) / 2 };
			}""";

	@Test
	void aLinkWithAFractionalZoomAndAPanelReopensTheSameViewOnADesktop() {
		roundTrip(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("vi-VN"), "desktop");
	}

	@Test
	void aLinkWithAFractionalZoomAndASheetReopensTheSameViewOnAPhone() {
		roundTrip(Phone.options(), "phone");
	}

	@Test
	void anAnonymousInternalLinkSaysThatSigningInShowsMore() {
		openAsIs("?layer=gi&sites=risk");
		Locator notice = page.getByTestId("internal-link-notice");
		assertThat(notice).isVisible();
		assertThat(notice).containsText("Đăng nhập để xem thêm");
		assertThat(notice).containsText("Lớp điểm nóng");
		assertThat(notice).containsText("rủi ro");
		notice.getByTestId("internal-link-sign-in").click();
		assertThat(page.getByTestId("sign-in-dialog")).isVisible();
		page.getByTestId("sign-in-cancel").click();
		notice.getByTestId("internal-link-dismiss").click();
		assertThat(notice).isHidden();

		String hidden = siteNotOnThePublicMap();
		openAsIs("?site=" + hidden);
		assertThat(notice).isVisible();
		assertThat(notice).containsText("không có trên bản đồ công khai");
		assertThat(page.getByTestId("site-panel")).isHidden();

		// signed in, a layer link has nothing to say
		signIn("moitruong");
		openAsIs("?layer=gi");
		assertThat(page.getByTestId("layer-gi")).isChecked();
		assertThat(notice).isHidden();
	}

	private void roundTrip(Browser.NewContextOptions options, String what) {
		Page first = signedIn(options);
		first.navigate(base() + "/");
		assertThat(first.locator("body")).hasAttribute("data-ready", "true");
		@SuppressWarnings("unchecked")
		Map<String, String> site = (Map<String, String>) first.evaluate(POINT_SITE);
		String link = "/?map=15.37/" + site.get("lat") + "/" + site.get("lng") + "&site=" + site.get("id");
		first.navigate(base() + link);
		String opened = settledUrl(first, site.get("id"));
		double[] asLinked = view(link);
		double[] asOpened = view(opened);
		System.out.printf("[shared link, %s] %s → %s (%.2f m apart)%n", what, link, opened, metres(asLinked, asOpened));
		Assertions.assertThat(asOpened[0]).isEqualTo(15.37);
		Assertions.assertThat(metres(asLinked, asOpened)).as("centre moved by opening the panel").isLessThan(3);
		@SuppressWarnings("unchecked")
		Map<String, Number> centred = (Map<String, Number>) first.evaluate(MARKER_AND_CENTRE, site.get("id"));
		Assertions.assertThat(Math.abs(centred.get("mx").doubleValue() - centred.get("cx").doubleValue())).isLessThan(2);
		Assertions.assertThat(Math.abs(centred.get("my").doubleValue() - centred.get("cy").doubleValue())).isLessThan(2);

		// the person zooms by a fraction with the wheel; that view goes round a new context
		Map<String, Number> c = centred;
		first.mouse().move(c.get("cx").doubleValue() - 40, c.get("cy").doubleValue() - 30);
		first.mouse().wheel(0, -45);
		first.waitForFunction("() => !location.search.includes('map=15.37/')");
		String moved = settledUrl(first, site.get("id"));
		double[] before = view(moved);
		@SuppressWarnings("unchecked")
		Map<String, Number> there = (Map<String, Number>) first.evaluate(MARKER_AND_CENTRE, site.get("id"));
		first.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sharedLink-" + what + "-first.png")));

		Page second = signedIn(options);
		second.navigate(base() + URI.create(moved).getRawPath() + "?" + URI.create(moved).getRawQuery());
		String reopened = settledUrl(second, site.get("id"));
		double[] after = view(reopened);
		@SuppressWarnings("unchecked")
		Map<String, Number> again = (Map<String, Number>) second.evaluate(MARKER_AND_CENTRE, site.get("id"));
		second.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sharedLink-" + what + "-second.png")));
		System.out.printf("[shared link, %s] zoomed %s → reopened %s (%.2f m apart; marker %.1f,%.1f → %.1f,%.1f)%n", what, moved,
				reopened, metres(before, after), there.get("mx").doubleValue(), there.get("my").doubleValue(),
				again.get("mx").doubleValue(), again.get("my").doubleValue());
		Assertions.assertThat(before[0]).as("a fractional zoom").isNotEqualTo(Math.rint(before[0]));
		Assertions.assertThat(after[0]).isEqualTo(before[0]);
		Assertions.assertThat(metres(before, after)).isLessThan(3);
		Assertions.assertThat(Math.abs(again.get("mx").doubleValue() - there.get("mx").doubleValue())).isLessThan(2);
		Assertions.assertThat(Math.abs(again.get("my").doubleValue() - there.get("my").doubleValue())).isLessThan(2);
		second.context().close();
		first.context().close();
	}

	private Page signedIn(Browser.NewContextOptions options) {
		BrowserContext other = browser.newContext(options);
		other.setDefaultTimeout(20_000);
		Assertions.assertThat(Chromium.signIn(other, base(), "moitruong", Api.DEMO_PASSWORD)).isEqualTo(200);
		Page opened = other.newPage();
		opened.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
		return opened;
	}

	/** The address once the panel has its content and the map has stopped moving. */
	private static String settledUrl(Page page, String id) {
		assertThat(page.getByTestId("site-panel")).hasAttribute("data-site-id", id);
		assertThat(page.getByTestId("site-panel").getByTestId("site-facts")).isVisible();
		String url = page.url();
		for (int i = 0; i < 20; i++) {
			page.waitForTimeout(250);
			String now = page.url();
			if (now.equals(url)) {
				return now;
			}
			url = now;
		}
		return url;
	}

	/** {zoom, lat, lng} of the map= parameter of an address. */
	private static double[] view(String url) {
		String query = url.substring(url.indexOf('?') + 1);
		for (String pair : query.split("&")) {
			if (pair.startsWith("map=")) {
				String[] parts = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8).split("/");
				return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
			}
		}
		throw new AssertionError("no map= in " + url);
	}

	private static double metres(double[] a, double[] b) {
		double dLat = Math.toRadians(b[1] - a[1]);
		double dLng = Math.toRadians(b[2] - a[2]) * Math.cos(Math.toRadians((a[1] + b[1]) / 2));
		return 6_371_000 * Math.hypot(dLat, dLng);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** A site id the public map does not have (in the demo every site is published: one past the last). */
	private String siteNotOnThePublicMap() {
		long last = 0;
		for (JsonNode f : new Api(port).get("/api/v1/public/sites?limit=10000").json().get("features")) {
			last = Math.max(last, f.get("id").asLong());
		}
		Assertions.assertThat(new Api(port).get("/api/v1/public/sites/" + (last + 1)).status()).isEqualTo(404);
		return String.valueOf(last + 1);
	}
}
